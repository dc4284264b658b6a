package org.zhucun.unitduties.web;

import java.io.IOException;
import java.time.YearMonth;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.identity.Allowed;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.RequestedMonth;
import org.zhucun.unitduties.AllowanceService;
import org.zhucun.unitduties.AllowanceSheet;

/**
 * The monthly allowance sheets (驻村工作补助): a unit's sheet, its print view with signature lines and its Excel file;
 * and a stationed cadre's own line.
 */
@Controller
class AllowanceController {

	private final AllowanceService allowances;

	AllowanceController(AllowanceService allowances) {
		this.allowances = allowances;
	}

	@PreAuthorize(Allowed.DESK)
	@GetMapping("/unit-duties/units/{unitId}/allowances")
	String sheet(@PathVariable Long unitId, @RequestParam(required = false) String month, Model model) {
		model.addAttribute("own", false);
		return page(month, m -> this.allowances.unitSheet(unitId, m), "unitduties/allowances", model);
	}

	@PreAuthorize(Allowed.DESK)
	@GetMapping("/unit-duties/units/{unitId}/allowances/print")
	String print(@PathVariable Long unitId, @RequestParam(required = false) String month, Model model) {
		return page(month, m -> this.allowances.unitSheet(unitId, m), "unitduties/allowances-print", model);
	}

	@PreAuthorize(Allowed.DESK)
	@GetMapping("/unit-duties/units/{unitId}/allowances/export")
	void export(@PathVariable Long unitId, @RequestParam(required = false) String month, HttpServletResponse response)
			throws IOException {
		AllowanceSheet sheet = this.allowances.unitSheet(unitId, asked(month).value());
		this.allowances.write(sheet, ExcelDownloads.start(response, this.allowances.fileName(sheet)));
	}

	@PreAuthorize(Allowed.TEAM)
	@GetMapping("/unit-duties/allowances/mine")
	String mine(@RequestParam(required = false) String month, Model model) {
		model.addAttribute("own", true);
		return page(month, this.allowances::ownSheet, "unitduties/allowances", model);
	}

	private String page(String month, Function<YearMonth, AllowanceSheet> sheet, String view, Model model) {
		RequestedMonth asked = asked(month);
		model.addAttribute("sheet", sheet.apply(asked.value()));
		model.addAttribute("month", asked.value().toString());
		model.addAttribute("monthInvalid", asked.invalid());
		return view;
	}

	private RequestedMonth asked(String month) {
		return RequestedMonth.of(month, this.allowances.currentMonth());
	}
}
