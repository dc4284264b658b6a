package org.zhucun.unitduties.web;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Organization;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.RequestedMonth;
import org.zhucun.unitduties.DutyOverview;
import org.zhucun.unitduties.DutyOverviewService;

/**
 * The office's and the towns' overview of the units' duties: the units short of the month's rule or of the quarter's
 * meeting, with the reasons; its print view and its Excel file.
 */
@PreAuthorize(Allowed.OFFICE_OR_TOWN)
@Controller
class DutyOverviewController {

	private final DutyOverviewService overviews;

	private final Organization organization;

	private final ScopeService scopes;

	DutyOverviewController(DutyOverviewService overviews, Organization organization, ScopeService scopes) {
		this.overviews = overviews;
		this.organization = organization;
		this.scopes = scopes;
	}

	@GetMapping("/unit-duties")
	String overview(@RequestParam(required = false) String month, @RequestParam(required = false) Long townId,
			Model model) {
		return page(month, townId, model, "unitduties/overview");
	}

	@GetMapping("/unit-duties/print")
	String print(@RequestParam(required = false) String month, @RequestParam(required = false) Long townId,
			Model model) {
		return page(month, townId, model, "unitduties/overview-print");
	}

	@GetMapping("/unit-duties/export")
	void export(@RequestParam(required = false) String month, @RequestParam(required = false) Long townId,
			HttpServletResponse response) throws IOException {
		DutyOverview overview = this.overviews.overview(asked(month).value(), townId);
		OutputStream out = ExcelDownloads.start(response, this.overviews.fileName(overview));
		this.overviews.write(overview, out);
	}

	private String page(String month, Long townId, Model model, String view) {
		RequestedMonth asked = asked(month);
		DutyOverview overview = this.overviews.overview(asked.value(), townId);
		model.addAttribute("overview", overview);
		model.addAttribute("month", asked.value().toString());
		model.addAttribute("monthInvalid", asked.invalid());
		model.addAttribute("townChoices",
				this.scopes.current().isOffice() ? this.organization.townChoices() : java.util.List.of());
		model.addAttribute("townId", townId);
		return view;
	}

	private RequestedMonth asked(String month) {
		return RequestedMonth.of(month, this.overviews.currentMonth());
	}
}
