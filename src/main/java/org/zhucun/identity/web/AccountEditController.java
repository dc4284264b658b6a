package org.zhucun.identity.web;

import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.AccountService;
import org.zhucun.identity.AccountView;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.PasswordPolicy;
import org.zhucun.identity.ScopeService;
import org.zhucun.shared.domain.BusinessRuleException;

/** The administrator creates an account, and edits its name, role and scope. */
@PreAuthorize(Allowed.OFFICE_ADMIN)
@Controller
@RequestMapping("/admin/accounts")
class AccountEditController {

	private static final String FORM = AccountAdminFormSupport.FORM;

	private final AccountService accounts;

	private final ScopeService scopes;

	private final AccountAdminSessions sessions;

	private final AccountAdminFormSupport forms;

	AccountEditController(AccountService accounts, ScopeService scopes, AccountAdminSessions sessions,
			AccountAdminFormSupport forms) {
		this.accounts = accounts;
		this.scopes = scopes;
		this.sessions = sessions;
		this.forms = forms;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		this.scopes.requireOfficeAdmin();
		return this.forms.formView(new AccountAdminCreateForm(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) AccountAdminCreateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.forms.checkScopeFields(form, result);
		if (!result.hasFieldErrors("initialPassword")) {
			String problem = PasswordPolicy.check(form.getUsername(), form.getInitialPassword());
			if (problem != null) {
				result.rejectValue("initialPassword", problem);
			}
		}
		if (!result.hasFieldErrors("initialPassword") && !result.hasFieldErrors("repeatPassword")
				&& !form.getInitialPassword().equals(form.getRepeatPassword())) {
			result.rejectValue("repeatPassword", "password.repeat-mismatch");
		}
		if (result.hasErrors()) {
			return this.forms.formView(form, null, model);
		}
		Long id;
		try {
			id = this.accounts.create(form.toCommand(), form.getInitialPassword());
		}
		catch (BusinessRuleException ex) {
			AccountAdminFormSupport.reject(result, ex);
			return this.forms.formView(form, null, model);
		}
		catch (DataIntegrityViolationException ex) {
			AccountAdminFormSupport.rejectDuplicate(result, ex);
			return this.forms.formView(form, null, model);
		}
		redirect.addFlashAttribute("successMessage", "account.created");
		redirect.addFlashAttribute("successArgs", new String[] { form.getUsername().trim() });
		return "redirect:/admin/accounts/" + id;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		AccountView account = this.accounts.get(id);
		return this.forms.formView(AccountAdminForm.from(account), account, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) AccountAdminForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AccountView before = this.accounts.get(id);
		form.setUsername(before.username());
		this.forms.checkScopeFields(form, result);
		if (result.hasErrors()) {
			return this.forms.formView(form, before, model);
		}
		try {
			this.accounts.update(id, form.getVersion(), form.toCommand());
		}
		catch (BusinessRuleException ex) {
			AccountAdminFormSupport.reject(result, ex);
			return this.forms.formView(form, before, model);
		}
		catch (DataIntegrityViolationException ex) {
			AccountAdminFormSupport.rejectDuplicate(result, ex);
			return this.forms.formView(form, before, model);
		}
		AccountView after = this.accounts.get(id);
		if (before.role() != after.role() || !Objects.equals(before.townId(), after.townId())
				|| !Objects.equals(before.unitId(), after.unitId())
				|| !Objects.equals(before.cadreId(), after.cadreId())) {
			// The sessions hold the old role and scope: the user signs in again to get the new ones.
			this.sessions.endSessionsOf(id, after.username());
		}
		redirect.addFlashAttribute("successMessage", "account.updated");
		redirect.addFlashAttribute("successArgs", new String[] { after.username() });
		return "redirect:/admin/accounts/" + id;
	}

	/** The cadres of a unit as the options of the cadre drop-down; htmx asks for them when the unit changes. */
	@GetMapping("/cadre-options")
	String cadreOptions(@RequestParam(required = false) Long unitId, Model model) {
		this.scopes.requireOfficeAdmin();
		model.addAttribute("cadres", this.forms.cadreChoices(unitId, null));
		model.addAttribute("selectedCadreId", null);
		return "admin/accounts/form :: cadreOptions";
	}
}
