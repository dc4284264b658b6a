package org.zhucun.audit.web;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.identity.Identity;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.LoginRecord;

/** The sign-in log page: successes, failures, lockouts, logouts and the administrator's password and lock actions. */
@PreAuthorize(Allowed.OFFICE)
@Controller
class LoginLogController {

	private final Identity accounts;

	LoginLogController(Identity accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/audit/logins")
	String logins(@Valid @ModelAttribute("filter") LoginLogFilter filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditController.checkPeriod(filter.getFrom(), filter.getTo(), result);
		Page<LoginRecord> records = result.hasErrors() ? Page.empty()
				: this.accounts.loginLog(filter.getUsername(), filter.getKind(), filter.fromInstant(),
						filter.toInstant(), PageRequest.of(Math.max(0, page), AuditController.PAGE_SIZE));
		model.addAttribute("page", records);
		model.addAttribute("kinds", this.accounts.loginEventKinds());
		return "audit/logins";
	}
}

