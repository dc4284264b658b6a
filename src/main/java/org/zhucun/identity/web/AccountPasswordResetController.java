package org.zhucun.identity.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.AccountService;
import org.zhucun.identity.AccountView;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.PasswordPolicy;
import org.zhucun.shared.domain.BusinessRuleException;

/** The administrator gives an account a new password, which the user must change at the next sign-in. */
@PreAuthorize(Allowed.OFFICE_ADMIN)
@Controller
@RequestMapping("/admin/accounts/{id}/password")
class AccountPasswordResetController {

	private final AccountService accounts;

	private final AccountAdminSessions sessions;

	AccountPasswordResetController(AccountService accounts, AccountAdminSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping
	String passwordForm(@PathVariable Long id, Model model) {
		model.addAttribute("account", this.accounts.get(id));
		model.addAttribute("form", new AccountAdminPasswordForm());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "admin/accounts/password";
	}

	@PostMapping
	String resetPassword(@PathVariable Long id, @Valid @ModelAttribute("form") AccountAdminPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		AccountView account = this.accounts.get(id);
		if (!result.hasFieldErrors("newPassword")) {
			String problem = PasswordPolicy.check(account.username(), form.getNewPassword());
			if (problem != null) {
				result.rejectValue("newPassword", problem);
			}
		}
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("repeatPassword")
				&& !form.getNewPassword().equals(form.getRepeatPassword())) {
			result.rejectValue("repeatPassword", "password.repeat-mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.resetPassword(id, form.getNewPassword());
			}
			catch (BusinessRuleException ex) {
				AccountAdminFormSupport.reject(result, ex);
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("account", account);
			model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
			return "admin/accounts/password";
		}
		this.sessions.endSessionsOf(id, account.username());
		redirect.addFlashAttribute("successMessage", "account.password-reset");
		redirect.addFlashAttribute("successArgs", new String[] { account.username() });
		return "redirect:/admin/accounts/" + id;
	}
}
