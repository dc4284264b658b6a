package org.zhucun.pairings.web;

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
import org.zhucun.pairings.MeasureRow;
import org.zhucun.pairings.MonitoringDetail;
import org.zhucun.pairings.MonitoringService;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/**
 * The assistance measures of a monitoring case: added, changed and removed on the case's page by the role that owns
 * the measures step (the service checks it on every write).
 */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/monitoring")
class MonitoringMeasureController {

	private final MonitoringService monitoring;

	private final MonitoringCasePage casePage;

	MonitoringMeasureController(MonitoringService monitoring, MonitoringCasePage casePage) {
		this.monitoring = monitoring;
		this.casePage = casePage;
	}

	@GetMapping("/{id}/measures/{measureId}")
	String editMeasure(@PathVariable Long id, @PathVariable Long measureId, Model model) {
		MonitoringDetail detail = this.monitoring.get(id);
		MeasureRow measure = this.monitoring.measure(id, measureId);
		this.monitoring.requireMeasures(detail);
		model.addAttribute("measureForm", MeasureForm.of(measure));
		model.addAttribute("editing", measure);
		return this.casePage.show(detail, model);
	}

	@PostMapping("/{id}/measures")
	String addMeasure(@PathVariable Long id, @Valid @ModelAttribute("measureForm") MeasureForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return saveMeasure(id, null, result, model, redirect, "pairings.measure.added",
				() -> this.monitoring.addMeasure(id, form.toData(), form.getVersion()));
	}

	@PostMapping("/{id}/measures/{measureId}")
	String changeMeasure(@PathVariable Long id, @PathVariable Long measureId,
			@Valid @ModelAttribute("measureForm") MeasureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return saveMeasure(id, measureId, result, model, redirect, "pairings.measure.changed",
				() -> this.monitoring.changeMeasure(id, measureId, form.toData(), form.getVersion()));
	}

	/**
	 * Saves a measure: back to the case when saved or refused as a whole (the case has moved on: the message on the
	 * case's page); the form again with the messages beside its fields otherwise.
	 */
	private String saveMeasure(Long id, Long measureId, BindingResult result, Model model, RedirectAttributes redirect,
			String done, Runnable save) {
		if (!result.hasErrors()) {
			try {
				save.run();
				Flash.success(redirect, done);
				return "redirect:/monitoring/" + id + "#measures";
			}
			catch (BusinessRuleException ex) {
				if (ex.field() == null) {
					FormErrors.flash(redirect, ex);
					return "redirect:/monitoring/" + id;
				}
				FormErrors.reject(result, ex);
			}
		}
		MonitoringDetail detail = this.monitoring.get(id);
		this.monitoring.requireMeasures(detail);
		if (measureId != null) {
			model.addAttribute("editing", this.monitoring.measure(id, measureId));
		}
		return this.casePage.show(detail, model);
	}

	@PostMapping("/{id}/measures/{measureId}/delete")
	String removeMeasure(@PathVariable Long id, @PathVariable Long measureId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.monitoring.removeMeasure(id, measureId, version);
			Flash.success(redirect, "pairings.measure.removed");
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/monitoring/" + id + "#measures";
	}
}
