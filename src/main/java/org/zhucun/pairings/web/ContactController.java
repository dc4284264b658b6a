package org.zhucun.pairings.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.ScopeService;
import org.zhucun.pairings.ContactService;
import org.zhucun.pairings.HouseholdService;
import org.zhucun.pairings.domain.ContactKind;
import org.zhucun.pairings.domain.Satisfaction;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/**
 * Logging a contact with a household: on a phone by the paired cadre (member, leader), at a desk by the unit's
 * liaison on the cadre's behalf; and the cadre's own households.
 */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
class ContactController {

	private final ContactService contacts;

	private final HouseholdService households;

	private final ScopeService scopes;

	private final Clock clock;

	ContactController(ContactService contacts, HouseholdService households, ScopeService scopes, Clock clock) {
		this.contacts = contacts;
		this.households = households;
		this.scopes = scopes;
		this.clock = clock;
	}

	@PreAuthorize(Allowed.PAIRED_CADRES)
	@GetMapping("/pairings/mine")
	String mine(Model model) {
		model.addAttribute("households", this.households.mine());
		return "pairings/mine";
	}

	@GetMapping("/households/{id}/contacts/new")
	String form(@PathVariable Long id, Model model) {
		this.contacts.requireLog(id);
		ContactForm form = new ContactForm();
		form.setContactDate(LocalDate.now(this.clock));
		form.setKind(ContactKind.HOME_VISIT);
		model.addAttribute("form", form);
		return page(id, model);
	}

	@PostMapping("/households/{id}/contacts")
	String log(@PathVariable Long id, @Valid @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.contacts.requireLog(id);
		if (!result.hasErrors()) {
			try {
				this.contacts.log(id, form.toCommand(), form.getPhotos());
				Flash.success(redirect, "pairings.contact.saved");
				return this.scopes.current().cadreId() != null ? "redirect:/pairings/mine" : "redirect:/households/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(id, model);
	}

	private String page(Long id, Model model) {
		model.addAttribute("h", this.households.get(id));
		model.addAttribute("kinds", ContactKind.values());
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("items", org.zhucun.pairings.ContactRow.ITEMS);
		return "pairings/contact-form";
	}
}
