package org.zhucun.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.AccountService;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.CurrentAccount;
import org.zhucun.identity.PasswordPolicy;
import org.zhucun.shared.domain.BusinessRuleException;

/** Change own password; also the page a user is sent to after the administrator reset their password. */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
class PasswordController {

	private final AccountService accounts;

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordForm());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "identity/password";
	}

	@PostMapping("/account/password")
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("repeatPassword")
				&& !form.getNewPassword().equals(form.getRepeatPassword())) {
			result.rejectValue("repeatPassword", "password.repeat-mismatch");
		}
		if (result.hasErrors()) {
			return "identity/password";
		}
		try {
			this.accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
		}
		catch (BusinessRuleException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
			return "identity/password";
		}
		SecurityContext context = SecurityContextHolder.getContext();
		Authentication auth = context.getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CurrentAccount account) {
			account.passwordChanged();
			// Store the context again so that the session in the database holds the changed principal.
			this.contextRepository.saveContext(context, request, response);
		}
		redirect.addFlashAttribute("successMessage", "password.changed");
		return "redirect:/";
	}
}
