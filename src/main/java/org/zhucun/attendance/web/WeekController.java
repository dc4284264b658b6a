package org.zhucun.attendance.web;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.attendance.CellView;
import org.zhucun.attendance.DayStatus;
import org.zhucun.attendance.WeekService;
import org.zhucun.attendance.WeekView;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.identity.Allowed;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.StaleEditException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/**
 * The team leader's week: the grid of the team's members by day, the correction of one member's day with a reason,
 * the confirmation of the week; and the same grid, read-only, for the office, the town and the aid unit.
 */
@PreAuthorize(Allowed.TEAM_LEADER)
@Controller
class WeekController {

	/** The statuses a leader sets on a member's day, in the order of the buttons. */
	private static final DayStatus[] CELL_STATUSES = { DayStatus.IN_VILLAGE, DayStatus.OFFICIAL_BUSINESS,
			DayStatus.REST, DayStatus.ABSENT };

	private final WeekService weeks;

	private final WeekGrid grid;

	WeekController(WeekService weeks, WeekGrid grid) {
		this.weeks = weeks;
		this.grid = grid;
	}

	@GetMapping("/attendance/week")
	String ownWeek(@RequestParam(required = false) String week, Model model) {
		return weekPage(this.weeks.ownWeek(week(week)), model);
	}

	@PreAuthorize(Allowed.SIGNED_IN)
	@GetMapping("/attendance/teams/{teamId}/week")
	String teamWeek(@PathVariable Long teamId, @RequestParam(required = false) String week, Model model) {
		return weekPage(this.weeks.teamWeek(teamId, week(week)), model);
	}

	@PostMapping("/attendance/week/confirm")
	String confirm(@RequestParam(required = false) String week, RedirectAttributes redirect) {
		IsoWeek confirmed = week(week);
		try {
			this.weeks.confirm(confirmed);
			Flash.success(redirect, "attendance.week.confirmed");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return "redirect:/attendance/week?week=" + confirmed;
	}

	@GetMapping(WeekGrid.CELL_PATH)
	String cell(@RequestParam Long cadreId, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		CellView cell = this.weeks.cell(cadreId, date);
		model.addAttribute("form", CellForm.from(cell));
		return cellPage(cell, model);
	}

	@PostMapping(WeekGrid.CELL_PATH)
	String correct(@RequestParam Long cadreId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Valid @ModelAttribute("form") CellForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CellView cell = this.weeks.cell(cadreId, date);
		if (!result.hasErrors()) {
			try {
				this.weeks.correct(form.toCommand(cadreId, date));
				Flash.success(redirect, "attendance.cell.saved");
				return "redirect:/attendance/week?week=" + IsoWeek.of(date);
			}
			catch (DataIntegrityViolationException ex) {
				// The member recorded the day at the same moment: treat the form as stale.
				throw new StaleEditException();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return cellPage(cell, model);
	}

	private String weekPage(WeekView view, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("rows", this.grid.rows(view));
		model.addAttribute("statuses", DayStatus.values());
		return "attendance/week";
	}

	private String cellPage(CellView cell, Model model) {
		model.addAttribute("cell", cell);
		model.addAttribute("week", IsoWeek.of(cell.day()).toString());
		model.addAttribute("cellStatuses", CELL_STATUSES);
		return "attendance/cell";
	}

	/** The week asked for as 2026-W48; the current week when missing or malformed. */
	private IsoWeek week(String text) {
		return IsoWeek.parse(text).orElseGet(this.weeks::currentWeek);
	}
}
