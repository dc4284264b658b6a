package org.zhucun.purchases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import org.zhucun.identity.Allowed;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Choice;
import org.zhucun.purchases.PurchaseInputException;
import org.zhucun.purchases.PurchaseRow;
import org.zhucun.purchases.PurchaseService;
import org.zhucun.purchases.domain.BuyerKind;
import org.zhucun.purchases.domain.Destination;
import org.zhucun.purchases.domain.SellerKind;
import org.zhucun.purchases.domain.Violation;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/** Purchases: recording a purchase and editing it. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/purchases")
class PurchaseEditController {

	private static final String FORM = "purchases/form";

	private final PurchaseService purchases;

	private final ScopeService scopes;

	private final Clock clock;

	PurchaseEditController(PurchaseService purchases, ScopeService scopes, Clock clock) {
		this.purchases = purchases;
		this.scopes = scopes;
		this.clock = clock;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		requireRecord();
		PurchaseForm form = new PurchaseForm();
		form.setDate(LocalDate.now(this.clock));
		model.addAttribute("purchaseForm", form);
		return form(model, null);
	}

	@PostMapping
	String create(@ModelAttribute("purchaseForm") PurchaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireRecord();
		if (!result.hasErrors()) {
			try {
				Long id = this.purchases.record(form.toDetails());
				Flash.success(redirect, "purchase.created");
				return "redirect:/purchases/" + id;
			}
			catch (PurchaseInputException ex) {
				reject(result, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable Long id, Model model) {
		PurchaseRow row = writable(id);
		model.addAttribute("purchaseForm", PurchaseForm.from(row));
		return form(model, row);
	}

	@PostMapping("/{id:\\d+}")
	String update(@PathVariable Long id, @ModelAttribute("purchaseForm") PurchaseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PurchaseRow row = writable(id);
		if (!result.hasErrors()) {
			try {
				this.purchases.update(id, form.getVersion(), form.toDetails());
				Flash.success(redirect, "purchase.saved");
				return "redirect:/purchases/" + id;
			}
			catch (PurchaseInputException ex) {
				reject(result, ex);
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, row);
	}

	private PurchaseRow writable(Long id) {
		PurchaseRow row = this.purchases.get(id);
		this.scopes.require(this.purchases.canEdit(row));
		return row;
	}

	private void requireRecord() {
		this.scopes.require(this.purchases.canRecord());
	}

	private String form(Model model, PurchaseRow purchase) {
		model.addAttribute("purchase", purchase);
		model.addAttribute("fixedUnit", this.purchases.fixedUnit() != null || purchase != null);
		model.addAttribute("units", this.purchases.fixedUnit() == null && purchase == null ? this.purchases.unitChoices()
				: List.<Choice>of());
		model.addAttribute("villages", this.purchases.villageChoices());
		model.addAttribute("channels", this.purchases.channelChoices());
		model.addAttribute("categories", this.purchases.categoryChoices());
		model.addAttribute("sellerKinds", SellerKind.values());
		model.addAttribute("destinations", Destination.values());
		model.addAttribute("buyerKinds", BuyerKind.values());
		return FORM;
	}

	private static void reject(BindingResult result, PurchaseInputException ex) {
		for (Violation v : ex.violations()) {
			FormErrors.reject(result, v.toException());
		}
	}
}
