package org.zhucun.organization.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhucun.identity.Allowed;
import org.zhucun.organization.VillageExcel;
import org.zhucun.organization.VillageService;
import org.zhucun.shared.web.ImportPages;

/** Villages: deactivate and reactivate, Excel import and its template. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/villages")
class VillageActionsController extends RecordActions {

	private final VillageExcel excel;

	VillageActionsController(VillageService villages, VillageExcel excel, ImportPages imports) {
		super("/villages", "village", villages, excel, imports);
		this.excel = excel;
	}

	@Override
	ImportPages.Setup setup() {
		return ImportPages.setup("village.import.title", "nav.villages", "/villages", List.of(this.excel.sheet()),
				List.of("excel.village.")).withKey("village.import.key");
	}
}
