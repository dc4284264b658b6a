package org.zhucun.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.zhucun.identity.LoginRecord;
import org.zhucun.identity.OrganizationDirectory.Option;
import org.zhucun.identity.OrganizationDirectory;
import org.zhucun.identity.PasswordPolicy;
import org.zhucun.identity.Role;
import org.zhucun.identity.ScopeService;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * The office administrator's account pages: search, create, edit role and scope, reset the password, lock and
 * unlock, deactivate and activate. {@link AccountService} checks the administrator's scope on every call.
 */
@PreAuthorize(Allowed.OFFICE_ADMIN)
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	static final int PAGE_SIZE = 20;

	private static final String FORM = "accountForm";

	private final AccountService accounts;

	private final OrganizationDirectory directory;

	private final ScopeService scopes;

	private final AccountAdminSessions sessions;

	AccountAdminController(AccountService accounts, OrganizationDirectory directory, ScopeService scopes,
			AccountAdminSessions sessions) {
		this.accounts = accounts;
		this.directory = directory;
		this.scopes = scopes;
		this.sessions = sessions;
	}

	// --- list and show ---------------------------------------------------------------------------------------

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) AccountAdminStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageRequest pageable = PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("username").and(Sort.by("id")));
		Page<AccountView> result = this.accounts.search(q, role, status == null ? null : status.active(),
				status == null ? null : status.locked(), status == null ? null : status.mustChangePassword(), pageable);
		model.addAttribute("page", result);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("status", status);
		model.addAttribute("roles", Role.values());
		model.addAttribute("statuses", AccountAdminStatus.values());
		addScopeNames(result.getContent(), model);
		return "admin/accounts/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		AccountView account = this.accounts.get(id);
		model.addAttribute("account", account);
		addScopeNames(List.of(account), model);
		Page<LoginRecord> recent = this.accounts.loginLog(account.username(), null, null, null, PageRequest.of(0, 10));
		model.addAttribute("recentLogins", recent.getContent());
		return "admin/accounts/show";
	}

	// --- create ----------------------------------------------------------------------------------------------

	@GetMapping("/new")
	String createForm(Model model) {
		this.scopes.requireOfficeAdmin();
		return createView(new AccountAdminCreateForm(), model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) AccountAdminCreateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkScopeFields(form, result);
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
			return createView(form, model);
		}
		Long id;
		try {
			id = this.accounts.create(form.toCommand(), form.getInitialPassword());
		}
		catch (BusinessRuleException ex) {
			reject(result, ex);
			return createView(form, model);
		}
		catch (DataIntegrityViolationException ex) {
			// Two administrators saving the same user name or cadre at the same moment: the database refused one.
			rejectDuplicate(result, ex);
			return createView(form, model);
		}
		redirect.addFlashAttribute("successMessage", "account.created");
		redirect.addFlashAttribute("successArgs", new String[] { form.getUsername().trim() });
		return "redirect:/admin/accounts/" + id;
	}

	// --- edit ------------------------------------------------------------------------------------------------

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		AccountView account = this.accounts.get(id);
		return editView(account, AccountAdminForm.from(account), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) AccountAdminForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AccountView before = this.accounts.get(id);
		form.setUsername(before.username());
		checkScopeFields(form, result);
		if (result.hasErrors()) {
			return editView(before, form, model);
		}
		try {
			this.accounts.update(id, form.getVersion(), form.toCommand());
		}
		catch (BusinessRuleException ex) {
			reject(result, ex);
			return editView(before, form, model);
		}
		catch (DataIntegrityViolationException ex) {
			rejectDuplicate(result, ex);
			return editView(before, form, model);
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
		model.addAttribute("cadres", cadreChoices(unitId, null));
		model.addAttribute("selectedCadreId", null);
		return "admin/accounts/form :: cadreOptions";
	}

	// --- password reset --------------------------------------------------------------------------------------

	@GetMapping("/{id}/password")
	String passwordForm(@PathVariable Long id, Model model) {
		model.addAttribute("account", this.accounts.get(id));
		model.addAttribute("form", new AccountAdminPasswordForm());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "admin/accounts/password";
	}

	@PostMapping("/{id}/password")
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
				reject(result, ex);
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

	// --- lock, unlock, deactivate, activate ------------------------------------------------------------------

	@PostMapping("/{id}/lock")
	String lock(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "account.locked", true, () -> this.accounts.lock(id));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "account.unlocked", false, () -> this.accounts.unlock(id));
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "account.deactivated", true, () -> this.accounts.setActive(id, false));
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "account.activated", false, () -> this.accounts.setActive(id, true));
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

	// --- helpers ---------------------------------------------------------------------------------------------

	/** The scope each role needs, checked beside the fields before the service checks it again. */
	private void checkScopeFields(AccountAdminForm form, BindingResult result) {
		Role role = form.getRole();
		if (role == null) {
			return;
		}
		if (role == Role.TOWN_OFFICIAL && form.getTownId() == null) {
			result.rejectValue("townId", "account.town-required");
		}
		if (role == Role.UNIT_ADMIN && form.getUnitId() == null) {
			result.rejectValue("unitId", "account.unit-required");
		}
		if (role.hasCadre()) {
			if (form.getCadreId() == null) {
				result.rejectValue("cadreId", "account.cadre-required");
			}
			else if (form.getUnitId() != null && this.directory.unitOfCadre(form.getCadreId())
				.filter(unit -> !unit.equals(form.getUnitId()))
				.isPresent()) {
				result.rejectValue("cadreId", "account.cadre-not-in-unit");
			}
		}
	}

	private static void reject(BindingResult result, BusinessRuleException ex) {
		if (ex.field() == null) {
			result.reject(ex.messageKey(), ex.args(), null);
		}
		else {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
		}
	}

	private static void rejectDuplicate(BindingResult result, DataIntegrityViolationException ex) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage());
		if (message.contains("account_cadre_ux")) {
			result.rejectValue("cadreId", "account.cadre-taken");
		}
		else if (message.contains("account_username_ux")) {
			result.rejectValue("username", "account.username-taken");
		}
		else {
			result.reject("account.not-saved");
		}
	}

	private String createView(AccountAdminCreateForm form, Model model) {
		model.addAttribute(FORM, form);
		model.addAttribute("creating", true);
		addChoices(form, model);
		return "admin/accounts/form";
	}

	private String editView(AccountView account, AccountAdminForm form, Model model) {
		model.addAttribute(FORM, form);
		model.addAttribute("account", account);
		model.addAttribute("creating", false);
		addChoices(form, model);
		return "admin/accounts/form";
	}

	private void addChoices(AccountAdminForm form, Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("towns", this.directory.towns());
		model.addAttribute("units", this.directory.units());
		model.addAttribute("cadres", cadreChoices(form.getUnitId(), form.getCadreId()));
		model.addAttribute("selectedCadreId", form.getCadreId());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
	}

	/** The active cadres of the unit, plus the chosen cadre when it is of that unit but no longer active. */
	private List<Option> cadreChoices(Long unitId, Long chosenCadreId) {
		if (unitId == null) {
			return List.of();
		}
		List<Option> cadres = new ArrayList<>(this.directory.cadresOf(unitId));
		if (chosenCadreId != null && cadres.stream().noneMatch(o -> o.id().equals(chosenCadreId))
				&& this.directory.unitOfCadre(chosenCadreId).filter(unitId::equals).isPresent()) {
			this.directory.cadreName(chosenCadreId).ifPresent(name -> cadres.add(new Option(chosenCadreId, name)));
		}
		return cadres;
	}

	/** Names of the towns, units and cadres of a page of accounts, one call each. */
	private void addScopeNames(List<AccountView> accounts, Model model) {
		model.addAttribute("townNames", this.directory.townNames(ids(accounts, AccountView::townId)));
		model.addAttribute("unitNames", this.directory.unitNames(ids(accounts, AccountView::unitId)));
		model.addAttribute("cadreNames", this.directory.cadreNames(ids(accounts, AccountView::cadreId)));
	}

	private static Set<Long> ids(List<AccountView> accounts, Function<AccountView, Long> id) {
		return accounts.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
	}
}
