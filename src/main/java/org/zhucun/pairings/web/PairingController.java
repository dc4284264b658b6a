package org.zhucun.pairings.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.pairings.HouseholdService;
import org.zhucun.pairings.PairingFilter;
import org.zhucun.pairings.PairingRow;
import org.zhucun.pairings.PairingService;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/** Pairings: the list in scope, pairing a household with a cadre, handing it to another cadre, ending a pairing. */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/pairings")
class PairingController {

	private final PairingService pairings;

	private final HouseholdService households;

	private final Clock clock;

	PairingController(PairingService pairings, HouseholdService households, Clock clock) {
		this.pairings = pairings;
		this.households = households;
		this.clock = clock;
	}

	@ModelAttribute("filter")
	PairingFilter filter(@RequestParam(required = false) Long townId, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long cadreId, @RequestParam(required = false) Boolean open) {
		return new PairingFilter(townId, unitId, cadreId, open);
	}

	@GetMapping
	String list(@ModelAttribute("filter") PairingFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("page", this.pairings.search(filter, page));
		model.addAttribute("towns", this.households.townFilterChoices());
		model.addAttribute("units", this.pairings.unitChoices());
		return "pairings/pairings";
	}

	@PreAuthorize(Allowed.DESK)
	@GetMapping("/new")
	String createForm(@RequestParam Long householdId, @RequestParam(required = false) Long unitId, Model model) {
		PairingForm form = new PairingForm();
		form.setHouseholdId(householdId);
		form.setUnitId(unitId);
		form.setFromDate(LocalDate.now(this.clock));
		model.addAttribute("form", form);
		return createPage(form, model);
	}

	@PreAuthorize(Allowed.DESK)
	@PostMapping
	String create(@Valid @ModelAttribute("form") PairingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormErrors.change(result,
				() -> this.pairings.pair(form.getHouseholdId(), form.getCadreId(), form.getFromDate()))) {
			Flash.success(redirect, "pairings.pairing.created");
			return "redirect:/households/" + form.getHouseholdId();
		}
		return createPage(form, model);
	}

	private String createPage(PairingForm form, Model model) {
		if (form.getHouseholdId() == null) {
			throw new NotFoundException("household", null);
		}
		model.addAttribute("h", this.households.get(form.getHouseholdId()));
		this.pairings.requireCanPair(form.getHouseholdId());
		addChoices(form, model);
		return "pairings/pairing-form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) Long unitId, Model model) {
		PairingRow pairing = this.pairings.get(id);
		PairingForm form = new PairingForm();
		form.setUnitId(unitId);
		form.setFromDate(LocalDate.now(this.clock));
		form.setLastDay(LocalDate.now(this.clock));
		form.setVersion(this.pairings.version(id));
		model.addAttribute("form", form);
		return showPage(pairing, form, model);
	}

	@PreAuthorize(Allowed.DESK)
	@PostMapping("/{id}/handover")
	String handOver(@PathVariable Long id, @Valid @ModelAttribute("form") PairingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PairingRow pairing = this.pairings.get(id);
		if (FormErrors.change(result,
				() -> this.pairings.handOver(id, form.getVersion(), form.getCadreId(), form.getFromDate()))) {
			Flash.success(redirect, "pairings.pairing.handed-over");
			return "redirect:/households/" + pairing.householdId();
		}
		return showPage(pairing, form, model);
	}

	@PreAuthorize(Allowed.DESK)
	@PostMapping("/{id}/end")
	String end(@PathVariable Long id, @Validated(PairingForm.End.class) @ModelAttribute("form") PairingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PairingRow pairing = this.pairings.get(id);
		if (FormErrors.change(result, () -> this.pairings.end(id, form.getVersion(), form.getLastDay()))) {
			Flash.success(redirect, "pairings.pairing.ended");
			return "redirect:/households/" + pairing.householdId();
		}
		return showPage(pairing, form, model);
	}

	private String showPage(PairingRow pairing, PairingForm form, Model model) {
		model.addAttribute("pairing", pairing);
		model.addAttribute("canChange", pairing.open() && this.pairings.canPair(pairing.householdId()));
		addChoices(form, model);
		return "pairings/pairing";
	}

	private void addChoices(PairingForm form, Model model) {
		model.addAttribute("units", this.pairings.unitChoices());
		model.addAttribute("cadres", this.pairings.cadreChoices(form.getUnitId()));
	}
}
