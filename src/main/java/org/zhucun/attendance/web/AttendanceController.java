package org.zhucun.attendance.web;

import java.time.DateTimeException;
import java.time.YearMonth;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.attendance.AttendanceService;
import org.zhucun.attendance.DayStatus;

/** A cadre's month of attendance: one's own ({@code /attendance}) and another cadre's, for those in scope. */
@Controller
class AttendanceController {

	private final AttendanceService attendance;

	AttendanceController(AttendanceService attendance) {
		this.attendance = attendance;
	}

	@GetMapping("/attendance")
	String ownMonth(@RequestParam(required = false) String month, Model model) {
		model.addAttribute("view", this.attendance.ownMonth(month(month)));
		model.addAttribute("statuses", DayStatus.values());
		return "attendance/month";
	}

	@GetMapping("/attendance/cadres/{cadreId}")
	String cadreMonth(@PathVariable Long cadreId, @RequestParam(required = false) String month, Model model) {
		model.addAttribute("view", this.attendance.cadreMonth(cadreId, month(month)));
		model.addAttribute("statuses", DayStatus.values());
		return "attendance/month";
	}

	/** The month asked for as 2026-11; the current month when missing, malformed or out of range. */
	private YearMonth month(String text) {
		YearMonth current = YearMonth.from(this.attendance.today());
		if (text == null || !text.matches("\\d{4}-\\d{2}")) {
			return current;
		}
		try {
			YearMonth month = YearMonth.parse(text);
			return (month.getYear() < 2000 || month.getYear() > 2100) ? current : month;
		}
		catch (DateTimeException ex) {
			return current;
		}
	}
}
