package org.zhucun.leave.web;

import java.time.YearMonth;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.identity.Allowed;
import org.zhucun.leave.LeaveFilter;
import org.zhucun.leave.LeaveService;
import org.zhucun.leave.domain.LeaveState;
import org.zhucun.leave.domain.LeaveType;
import org.zhucun.shared.web.RequestedMonth;

/**
 * The leave lists: my requests, my approvals, the list in scope with its filters. The yearly totals are in
 * {@link LeaveTotalsController}.
 */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/leave-requests")
class LeaveController {

	private final LeaveService leave;

	private final LeaveFilterChoices choices;

	LeaveController(LeaveService leave, LeaveFilterChoices choices) {
		this.leave = leave;
		this.choices = choices;
	}

	@PreAuthorize(Allowed.TEAM)
	@GetMapping("/mine")
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.leave.mine(page));
		return "leave/mine";
	}

	@PreAuthorize(Allowed.LEAVE_APPROVERS)
	@GetMapping("/inbox")
	String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.leave.inbox(page));
		return "leave/inbox";
	}

	@PreAuthorize(Allowed.DESK_OR_LEADER)
	@GetMapping
	String list(@RequestParam(required = false) LeaveState state, @RequestParam(required = false) LeaveType type,
			@RequestParam(required = false) String month, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page, Model model) {
		YearMonth parsedMonth = parseMonth(month);
		model.addAttribute("page",
				this.leave.search(new LeaveFilter(state, type, parsedMonth, townId, unitId), page));
		model.addAttribute("state", state);
		model.addAttribute("type", type);
		model.addAttribute("month", parsedMonth == null ? "" : parsedMonth.toString());
		model.addAttribute("townId", townId);
		model.addAttribute("unitId", unitId);
		this.choices.addTo(model);
		return "leave/list";
	}

	private static YearMonth parseMonth(String month) {
		return RequestedMonth.parse(month).orElse(null);
	}
}
