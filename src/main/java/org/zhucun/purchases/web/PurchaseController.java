package org.zhucun.purchases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.zhucun.identity.Allowed;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.purchases.PurchaseFilter;
import org.zhucun.purchases.PurchaseRow;
import org.zhucun.purchases.PurchaseService;
import org.zhucun.purchases.domain.PurchaseStatus;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.shared.web.Paging;

/** Purchases: the list with its filters and sums, a purchase, and its steps received and paid (or deleted). */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/purchases")
class PurchaseController {

	private final PurchaseService purchases;

	private final ScopeService scopes;

	private final Organization towns;

	private final Clock clock;

	PurchaseController(PurchaseService purchases, ScopeService scopes, Organization towns, Clock clock) {
		this.purchases = purchases;
		this.scopes = scopes;
		this.towns = towns;
		this.clock = clock;
	}

	@GetMapping
	String list(@ModelAttribute("filter") PurchaseFilter filter, BindingResult filterErrors,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		model.addAttribute("page", this.purchases.search(filter, page));
		model.addAttribute("sums", this.purchases.sums(filter));
		model.addAttribute("canCreate", this.purchases.canRecord());
		model.addAttribute("canImport", this.purchases.canRecord());
		model.addAttribute("canExport", true);
		model.addAttribute("exportUrl", Paging.withFilters(request, "/purchases/export"));
		addFilterChoices(model);
		return "purchases/list";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable Long id, Model model) {
		PurchaseRow row = this.purchases.get(id);
		model.addAttribute("purchase", row);
		model.addAttribute("canWrite", this.purchases.canWrite(row));
		model.addAttribute("canEdit", this.purchases.canEdit(row));
		model.addAttribute("officeAdmin", this.scopes.current().isOfficeAdmin());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "purchases/show";
	}

	@PostMapping("/{id:\\d+}/receive")
	String receive(@PathVariable Long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return step(id, redirect, "purchase.received-done", () -> this.purchases.receive(id, version, on));
	}

	@PostMapping("/{id:\\d+}/pay")
	String pay(@PathVariable Long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return step(id, redirect, "purchase.paid-done", () -> this.purchases.pay(id, version, on));
	}

	@PostMapping("/{id:\\d+}/back")
	String back(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		return step(id, redirect, "purchase.back-done", () -> this.purchases.stepBack(id, version));
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.purchases.delete(id, version);
			Flash.success(redirect, "purchase.deleted");
			return "redirect:/purchases";
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/purchases/" + id;
		}
	}

	private String step(Long id, RedirectAttributes redirect, String doneKey, Runnable action) {
		try {
			action.run();
			Flash.success(redirect, doneKey);
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/purchases/" + id;
	}

	private void addFilterChoices(Model model) {
		DataScope scope = this.scopes.current();
		model.addAttribute("statuses", PurchaseStatus.values());
		model.addAttribute("channels", this.purchases.channelChoices());
		model.addAttribute("categories", this.purchases.categoryChoices());
		model.addAttribute("townChoices", scope.isOffice() ? this.towns.townChoices() : List.<Choice>of());
		model.addAttribute("unitChoices", scope.isUnit() ? List.<Choice>of() : this.purchases.unitChoices());
	}
}
