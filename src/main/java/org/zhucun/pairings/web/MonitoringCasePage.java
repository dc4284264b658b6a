package org.zhucun.pairings.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.zhucun.pairings.MonitoringDetail;
import org.zhucun.pairings.MonitoringService;
import org.zhucun.pairings.domain.MeasureKind;

/**
 * The page of a monitoring case, shared by its step form and its measures' forms: the case, the form of the step its
 * reader owns and, for the owner of the measures step, the measure form with its choices.
 */
@Component
class MonitoringCasePage {

	private final MonitoringService monitoring;

	private final Clock clock;

	MonitoringCasePage(MonitoringService monitoring, Clock clock) {
		this.monitoring = monitoring;
		this.clock = clock;
	}

	String show(MonitoringDetail detail, Model model) {
		model.addAttribute("d", detail);
		model.addAttribute("c", detail.monitoringCase());
		if (!model.containsAttribute("form")) {
			StepForm form = new StepForm();
			form.setDate(LocalDate.now(this.clock));
			form.setVersion(detail.monitoringCase().getVersion());
			model.addAttribute("form", form);
		}
		if (detail.canMeasure()) {
			if (!model.containsAttribute("measureForm")) {
				MeasureForm measure = new MeasureForm();
				measure.setStartDate(LocalDate.now(this.clock));
				measure.setUnitId(this.monitoring.ownUnit());
				measure.setVersion(detail.monitoringCase().getVersion());
				model.addAttribute("measureForm", measure);
			}
			model.addAttribute("measureKinds", MeasureKind.values());
			model.addAttribute("units", this.monitoring.unitChoices());
		}
		return "pairings/monitoring-case";
	}
}
