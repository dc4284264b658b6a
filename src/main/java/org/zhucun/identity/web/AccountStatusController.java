package org.zhucun.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.AccountService;
import org.zhucun.identity.AccountView;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.SecondFactors;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * The administrator locks and unlocks, deactivates and activates an account, and resets its second factor (a lost
 * phone); locking and deactivating sign the user out everywhere.
 */
@PreAuthorize(Allowed.OFFICE_ADMIN)
@Controller
@RequestMapping("/admin/accounts/{id}")
class AccountStatusController {

	private final AccountService accounts;

	private final AccountAdminSessions sessions;

	private final SecondFactors secondFactors;

	AccountStatusController(AccountService accounts, AccountAdminSessions sessions, SecondFactors secondFactors) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.secondFactors = secondFactors;
	}

	@PostMapping("/lock")
	String lock(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "account.locked", true, () -> this.accounts.lock(id));
	}

	@PostMapping("/unlock")
	String unlock(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "account.unlocked", false, () -> this.accounts.unlock(id));
	}

	@PostMapping("/deactivate")
	String deactivate(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "account.deactivated", true, () -> this.accounts.setActive(id, false));
	}

	@PostMapping("/activate")
	String activate(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "account.activated", false, () -> this.accounts.setActive(id, true));
	}

	/** The app and the recovery codes stop working; the user enrols again at the next sign-in. */
	@PostMapping("/second-factor/reset")
	String resetSecondFactor(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "account.second-factor-reset", false, () -> this.secondFactors.reset(id));
	}

	private String act(Long id, RedirectAttributes redirect, String successKey, boolean endSessions, Runnable action) {
		AccountView account = this.accounts.get(id);
		try {
			action.run();
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("errorMessage", ex.messageKey());
			return "redirect:/admin/accounts/" + id;
		}
		if (endSessions) {
			this.sessions.endSessionsOf(id, account.username());
		}
		redirect.addFlashAttribute("successMessage", successKey);
		redirect.addFlashAttribute("successArgs", new String[] { account.username() });
		return "redirect:/admin/accounts/" + id;
	}
}
