package org.zhucun.identity.web;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.identity.AccountService;
import org.zhucun.identity.AccountView;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.LoginRecord;
import org.zhucun.identity.OrganizationDirectory;
import org.zhucun.identity.Role;
import org.zhucun.identity.SecondFactors;

/**
 * The office administrator's account pages, search and show; creating and editing ({@link AccountEditController}),
 * the password reset ({@link AccountPasswordResetController}), and lock, deactivation and the second factor's reset
 * ({@link AccountStatusController}) have their own. {@link AccountService} checks the administrator's scope on every
 * call.
 */
@PreAuthorize(Allowed.OFFICE_ADMIN)
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	static final int PAGE_SIZE = 20;

	private final AccountService accounts;

	private final OrganizationDirectory directory;

	private final SecondFactors secondFactors;

	AccountAdminController(AccountService accounts, OrganizationDirectory directory, SecondFactors secondFactors) {
		this.accounts = accounts;
		this.directory = directory;
		this.secondFactors = secondFactors;
	}

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
		model.addAttribute("secondFactorEnrolled", this.secondFactors.enrolled(id));
		addScopeNames(List.of(account), model);
		Page<LoginRecord> recent = this.accounts.loginLog(account.username(), null, null, null, PageRequest.of(0, 10));
		model.addAttribute("recentLogins", recent.getContent());
		return "admin/accounts/show";
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
