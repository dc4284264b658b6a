package org.zhucun.leave.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;
import org.zhucun.identity.CurrentAccount;
import org.zhucun.identity.Role;
import org.zhucun.leave.LeaveService;

/** Adds {@code leavePendingCount}, the approvals waiting for the signed-in approver, to every page's navigation. */
@ControllerAdvice
class LeaveNavigation {

	private final LeaveService leave;

	LeaveNavigation(LeaveService leave) {
		this.leave = leave;
	}

	@ModelAttribute
	void pendingCount(Model model) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CurrentAccount account) {
			Role role = account.scope().role();
			if (role.isOffice() || role == Role.TOWN_OFFICIAL || role == Role.TEAM_LEADER) {
				model.addAttribute("leavePendingCount", this.leave.pendingCount());
			}
		}
	}
}
