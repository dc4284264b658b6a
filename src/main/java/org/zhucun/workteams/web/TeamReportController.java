package org.zhucun.workteams.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.Flash;
import org.zhucun.workteams.ProblemsOverview;
import org.zhucun.workteams.TeamExcel;
import org.zhucun.workteams.TeamOverview;
import org.zhucun.workteams.TeamReductions;
import org.zhucun.workteams.TermExtension;

/**
 * The office's (and the town's) pages about all teams: the reductions of a month with their export, the overview of
 * problems with its print view and export, and the bulk extension of terms with its preview.
 */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/teams")
class TeamReportController {

	private final TeamReductions reductions;

	private final TeamOverview overview;

	private final TermExtension extension;

	private final TeamExcel excel;

	private final Clock clock;

	TeamReportController(TeamReductions reductions, TeamOverview overview, TermExtension extension, TeamExcel excel,
			Clock clock) {
		this.reductions = reductions;
		this.overview = overview;
		this.extension = extension;
		this.excel = excel;
		this.clock = clock;
	}

	@GetMapping("/reductions")
	String reductions(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			Model model) {
		YearMonth shown = month == null ? YearMonth.now(this.clock) : month;
		model.addAttribute("month", shown);
		model.addAttribute("lines", this.reductions.forMonth(shown));
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		return "workteams/reductions";
	}

	@GetMapping("/reductions/export")
	void exportReductions(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			HttpServletResponse response) {
		this.excel.exportReductions(month, () -> ExcelDownloads.start(response, this.excel.reductionsFileName(month)));
	}

	@GetMapping("/problems")
	String problems(Model model) {
		model.addAttribute("overview", this.overview.overview());
		model.addAttribute("sections", TeamExcel.PROBLEM_SECTIONS);
		return "workteams/problems";
	}

	/** The print view of the problems: every village and team of each section. */
	@GetMapping("/problems/print")
	String problemsPrint(Model model) {
		model.addAttribute("overview", this.overview.overviewInFull());
		model.addAttribute("sections", TeamExcel.PROBLEM_SECTIONS);
		model.addAttribute("today", LocalDate.now(this.clock));
		return "workteams/problems-print";
	}

	/** The Excel file of the problems: every village and team of each section, a sheet each. */
	@GetMapping("/problems/export")
	void problemsExport(HttpServletResponse response) {
		ProblemsOverview full = this.overview.overviewInFull();
		this.excel.exportProblems(full, () -> ExcelDownloads.start(response, this.excel.problemsFileName()));
	}

	@GetMapping("/extend-terms")
	String extendTermsPreview(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? this.extension.currentYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("canApply", this.extension.canApply());
		try {
			model.addAttribute("preview", this.extension.preview(shown));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("yearError", ex.messageKey());
			model.addAttribute("yearErrorArgs", ex.args());
		}
		return "workteams/extend-terms";
	}

	@PostMapping("/extend-terms")
	String extendTerms(@RequestParam int year, Model model, RedirectAttributes redirect) {
		try {
			int extended = this.extension.apply(year);
			Flash.success(redirect, "team.extend.done", String.valueOf(extended), year + "-12-31");
			return "redirect:/teams/extend-terms?year=" + year;
		}
		catch (BusinessRuleException ex) {
			return extendTermsPreview(year, model);
		}
	}
}
