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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.pairings.HouseholdService;
import org.zhucun.pairings.MonitoringDetail;
import org.zhucun.pairings.MonitoringService;
import org.zhucun.pairings.domain.MonitoringSource;
import org.zhucun.pairings.domain.MonitoringState;
import org.zhucun.pairings.domain.MonitoringStep;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/**
 * Monitoring for return to poverty: the pipeline by state with the list, flagging a household, a case with the step
 * its reader owns, and the village notice (a print view without sensitive details).
 */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/monitoring")
class MonitoringController {

	private final MonitoringService monitoring;

	private final HouseholdService households;

	private final Clock clock;

	MonitoringController(MonitoringService monitoring, HouseholdService households, Clock clock) {
		this.monitoring = monitoring;
		this.households = households;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) MonitoringState state, @RequestParam(required = false) Boolean late,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.monitoring.search(state, late, page));
		model.addAttribute("counts", this.monitoring.counts());
		model.addAttribute("states", MonitoringState.values());
		model.addAttribute("state", state);
		model.addAttribute("late", late);
		return "pairings/monitoring";
	}

	@GetMapping("/new")
	String flagForm(@RequestParam Long householdId, Model model) {
		FlagForm form = new FlagForm();
		form.setHouseholdId(householdId);
		form.setFlaggedOn(LocalDate.now(this.clock));
		model.addAttribute("form", form);
		return flagPage(householdId, model);
	}

	@PostMapping
	String flag(@Valid @ModelAttribute("form") FlagForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getHouseholdId() == null) {
			throw new org.zhucun.shared.domain.NotFoundException("household", null);
		}
		if (!result.hasErrors()) {
			try {
				Long id = this.monitoring.flag(form.getHouseholdId(), form.getFlaggedOn(), form.getSource(),
						form.getReason(), form.getIncome());
				Flash.success(redirect, "pairings.monitoring.flagged");
				return "redirect:/monitoring/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return flagPage(form.getHouseholdId(), model);
	}

	private String flagPage(Long householdId, Model model) {
		model.addAttribute("h", this.households.get(householdId));
		this.monitoring.requireFlag(householdId);
		model.addAttribute("sources", MonitoringSource.values());
		return "pairings/flag-form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		MonitoringDetail detail = this.monitoring.get(id);
		StepForm form = new StepForm();
		form.setDate(LocalDate.now(this.clock));
		form.setVersion(detail.monitoringCase().getVersion());
		form.setMeasures(detail.monitoringCase().getMeasures());
		model.addAttribute("form", form);
		return showPage(detail, model);
	}

	@PostMapping("/{id}/{step}")
	String act(@PathVariable Long id, @PathVariable MonitoringStep step, @Valid @ModelAttribute("form") StepForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.monitoring.act(id, step, new MonitoringService.StepCommand(form.getDate(), form.isApprove(),
						form.getReason(), form.getMeasures(), form.getVersion()));
				Flash.success(redirect, "pairings.monitoring.step-done");
				return "redirect:/monitoring/" + id;
			}
			catch (BusinessRuleException ex) {
				if (ex.field() == null) {
					FormErrors.flash(redirect, ex);
					return "redirect:/monitoring/" + id;
				}
				FormErrors.reject(result, ex);
			}
		}
		return showPage(this.monitoring.get(id), model);
	}

	private String showPage(MonitoringDetail detail, Model model) {
		model.addAttribute("d", detail);
		model.addAttribute("c", detail.monitoringCase());
		return "pairings/monitoring-case";
	}

	@GetMapping("/{id}/notice")
	String notice(@PathVariable Long id, Model model) {
		model.addAttribute("n", this.monitoring.notice(id));
		return "pairings/monitoring-notice";
	}
}
