package org.zhucun.attendance.web;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.zhucun.attendance.AttendanceService;
import org.zhucun.attendance.DayStatus;
import org.zhucun.attendance.MonthView;
import org.zhucun.attendance.OwnMonthPage;
import org.zhucun.attendance.TodayView;
import org.zhucun.identity.Allowed;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.StaleEditException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.shared.web.RequestedMonth;

/**
 * A cadre's month of attendance: one's own ({@code /attendance}, with the one-tap form for today, and a small form for
 * each of the last days one may still fill in) and another cadre's, for those in scope.
 */
@PreAuthorize(Allowed.TEAM)
@Controller
class AttendanceController {

	/** The statuses a member picks from for today, in the order of the buttons. */
	private static final DayStatus[] TODAY_STATUSES = { DayStatus.IN_VILLAGE, DayStatus.OFFICIAL_BUSINESS,
			DayStatus.REST };

	private final AttendanceService attendance;

	private final MonthCalendar calendar;

	AttendanceController(AttendanceService attendance, MonthCalendar calendar) {
		this.attendance = attendance;
		this.calendar = calendar;
	}

	@GetMapping("/attendance")
	String ownMonth(@RequestParam(required = false) String month, @RequestParam(required = false) String status,
			@RequestParam(required = false) String overnight, Model model) {
		OwnMonthPage page = this.attendance.ownPage(month(month));
		model.addAttribute("form", TodayForm.from(page.today()).keep(status, overnight, TODAY_STATUSES));
		return ownPage(page, model);
	}

	@PostMapping("/attendance/today")
	String declareToday(@Valid @ModelAttribute("form") TodayForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LocalDate today = this.attendance.today();
		if (!result.hasErrors() && save(today, form, result, () -> this.attendance.declareToday(form.toCommand()))) {
			Flash.success(redirect, "attendance.today.saved");
			return "redirect:/attendance";
		}
		return ownPage(this.attendance.ownPage(YearMonth.from(today)), model);
	}

	@GetMapping("/attendance/days/{date}")
	String ownDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String status, @RequestParam(required = false) String overnight,
			Model model) {
		TodayView day = this.attendance.ownDay(date);
		model.addAttribute("form", TodayForm.from(day).keep(status, overnight, TODAY_STATUSES));
		return dayPage(day, model);
	}

	@PostMapping("/attendance/days/{date}")
	String declareDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Valid @ModelAttribute("form") TodayForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && save(date, form, result, () -> this.attendance.declareDay(date, form.toCommand()))) {
			Flash.success(redirect, "attendance.day.saved", date.toString());
			return "redirect:/attendance?month=" + YearMonth.from(date);
		}
		return dayPage(this.attendance.ownDay(date), model);
	}

	@PreAuthorize(Allowed.SIGNED_IN)
	@GetMapping("/attendance/cadres/{cadreId}")
	String cadreMonth(@PathVariable Long cadreId, @RequestParam(required = false) String month, Model model) {
		return monthPage(this.attendance.cadreMonth(cadreId, month(month)), model);
	}

	/**
	 * Saves a member's day. A save that loses a race with the same choice sent a moment earlier (a double tap, a
	 * retry after a lost answer) ends as saved; a different choice saved meanwhile is a conflict (409).
	 * @return whether the day is saved; false with the rule's message in the binding result
	 */
	private boolean save(LocalDate day, TodayForm form, BindingResult result, Runnable declaration) {
		try {
			declaration.run();
			return true;
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException ex) {
			if (this.attendance.ownDayHolds(day, form.toCommand())) {
				return true;
			}
			throw new StaleEditException();
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return false;
		}
	}

	private String dayPage(TodayView day, Model model) {
		model.addAttribute("day", day);
		model.addAttribute("todayStatuses", TODAY_STATUSES);
		return "attendance/day";
	}

	private String ownPage(OwnMonthPage page, Model model) {
		model.addAttribute("today", page.today());
		model.addAttribute("todayStatuses", TODAY_STATUSES);
		return monthPage(page.month(), model);
	}

	private String monthPage(MonthView view, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("cells", this.calendar.cells(view));
		model.addAttribute("statuses", DayStatus.values());
		return "attendance/month";
	}

	/** The month asked for; the current month when missing or unusable. */
	private YearMonth month(String text) {
		return RequestedMonth.of(text, YearMonth.from(this.attendance.today())).value();
	}
}
