package org.zhucun.purchases.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.identity.Allowed;
import org.zhucun.purchases.PurchaseOverviews;
import org.zhucun.purchases.PurchaseExcel;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.Paging;

/** The office's overview of consumption aid: charts, each with its table, and their export. */
@PreAuthorize(Allowed.OFFICE)
@Controller
@RequestMapping("/purchases/overview")
class PurchaseOverviewController {

	private final PurchaseOverviews overviews;

	private final PurchaseExcel excel;

	private final Clock clock;

	PurchaseOverviewController(PurchaseOverviews overviews, PurchaseExcel excel, Clock clock) {
		this.overviews = overviews;
		this.excel = excel;
		this.clock = clock;
	}

	@GetMapping
	String overview(@RequestParam(required = false) String year, @RequestParam(defaultValue = "0") int page,
			Model model) {
		int shown = year(year);
		model.addAttribute("overview", this.overviews.overview(shown));
		model.addAttribute("behind", Paging.of(this.overviews.behind(shown), page, Paging.SIZE));
		return "purchases/overview";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
		int shown = year(year);
		this.excel.exportOverview(this.overviews.overview(shown), this.overviews.behind(shown),
				() -> ExcelDownloads.start(response, this.excel.overviewFileName(shown)));
	}

	private int year(String text) {
		int current = LocalDate.now(this.clock).getYear();
		if (text == null || !text.strip().matches("\\d{4}")) {
			return current;
		}
		int year = Integer.parseInt(text.strip());
		return year < 2000 || year > 2100 ? current : year;
	}
}
