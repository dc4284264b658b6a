package org.zhucun.identity.web;

import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

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

	private static final Logger log = LoggerFactory.getLogger(PasswordController.class);

	private final AccountService accounts;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	PasswordController(AccountService accounts, FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@ModelAttribute
	void rule(Model model) {
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("maxAgeDays", this.accounts.passwordMaxAgeDays());
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordForm());
		return "identity/password";
	}

	@PostMapping("/account/password")
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
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
		endOtherSessions(auth, request);
		redirect.addFlashAttribute("successMessage", "password.changed");
		return "redirect:/";
	}

	/** A new password signs the account out everywhere else: every other session of the account ends now. */
	private void endOtherSessions(Authentication auth, HttpServletRequest request) {
		if (auth == null) {
			return;
		}
		HttpSession current = request.getSession(false);
		String currentId = current == null ? null : current.getId();
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(auth.getName()).keySet()) {
			if (!id.equals(currentId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		if (ended > 0) {
			log.info("Password changed: {} other session(s) of the account ended", ended);
		}
	}
}
