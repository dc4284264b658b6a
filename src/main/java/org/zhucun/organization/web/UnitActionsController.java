package org.zhucun.organization.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhucun.identity.Allowed;
import org.zhucun.organization.AidUnitService;
import org.zhucun.organization.UnitExcel;
import org.zhucun.shared.web.ImportPages;

/** Aid units: deactivate and reactivate, Excel import (units and their leadership members) and its template. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/units")
class UnitActionsController extends RecordActions {

	private final UnitExcel excel;

	UnitActionsController(AidUnitService units, UnitExcel excel, ImportPages imports) {
		super("/units", "unit", units, excel, imports);
		this.excel = excel;
	}

	@Override
	ImportPages.Setup setup() {
		return ImportPages.setup("unit.import.title", "nav.units", "/units",
				List.of(this.excel.unitSheet(), this.excel.leaderSheet()), List.of("excel.unit.", "excel.leader."))
			.withKey("unit.import.key");
	}
}
