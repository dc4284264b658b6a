package org.zhucun.organization.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhucun.identity.Allowed;
import org.zhucun.organization.CadreExcel;
import org.zhucun.organization.CadreService;
import org.zhucun.shared.web.ImportPages;

/** Cadres: deactivate and reactivate, Excel import and its template. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/cadres")
class CadreActionsController extends RecordActions {

	private final CadreExcel excel;

	CadreActionsController(CadreService cadres, CadreExcel excel, ImportPages imports) {
		super("/cadres", "cadre", cadres, excel, imports);
		this.excel = excel;
	}

	@Override
	ImportPages.Setup setup() {
		return ImportPages.setup("cadre.import.title", "nav.cadres", "/cadres", List.of(this.excel.sheet()),
				List.of("excel.cadre.")).withKey("cadre.import.key");
	}
}
