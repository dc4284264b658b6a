package org.zhucun.pairings.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.zhucun.pairings.MonitoringExcel;
import org.zhucun.pairings.MonitoringService;
import org.zhucun.pairings.PairingCharts;
import org.zhucun.pairings.domain.MonitoringSource;
import org.zhucun.pairings.domain.MonitoringState;
import org.zhucun.pairings.domain.MonitoringStep;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.shared.web.Paging;

/**
 * Monitoring for return to poverty: the pipeline by state (a chart beside its table) with the list and its export,
 * flagging a household, a case with the step its reader owns (its assistance measures: {@link MonitoringMeasureController}),
 * and the village notice (a print view without sensitive details).
 */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/monitoring")
class MonitoringController {

	private final MonitoringService monitoring;

	private final HouseholdService households;

	private final PairingCharts charts;

	private final MonitoringExcel excel;

	private final Clock clock;

	private final MonitoringCasePage casePage;

	MonitoringController(MonitoringService monitoring, HouseholdService households, PairingCharts charts,
			MonitoringExcel excel, Clock clock, MonitoringCasePage casePage) {
		this.monitoring = monitoring;
		this.households = households;
		this.charts = charts;
		this.excel = excel;
		this.clock = clock;
		this.casePage = casePage;
	}

	@GetMapping
	String list(@RequestParam(required = false) MonitoringState state, @RequestParam(required = false) Boolean late,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		model.addAttribute("exportUrl", Paging.withFilters(request, "/monitoring/export"));
		model.addAttribute("page", this.monitoring.search(state, late, page));
		model.addAttribute("pipeline", this.charts.pipeline());
		model.addAttribute("deadlineDays", this.monitoring.deadlineDays());
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
		Long[] id = new Long[1];
		if (FormErrors.change(result, () -> id[0] = this.monitoring.flag(form.getHouseholdId(), form.getFlaggedOn(),
				form.getSource(), form.getReason(), form.getIncome()))) {
			Flash.success(redirect, "pairings.monitoring.flagged");
			return "redirect:/monitoring/" + id[0];
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
		return this.casePage.show(this.monitoring.get(id), model);
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) MonitoringState state, @RequestParam(required = false) Boolean late,
			HttpServletResponse response) throws IOException {
		this.excel.export(state, late, () -> ExcelDownloads.start(response, this.excel.fileName()));
	}

	@PostMapping("/{id}/{step}")
	String act(@PathVariable Long id, @PathVariable MonitoringStep step, @Valid @ModelAttribute("form") StepForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.monitoring.act(id, step, new MonitoringService.StepCommand(form.getDate(), form.isApprove(),
						form.getReason(), form.getVersion()));
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
		return this.casePage.show(this.monitoring.get(id), model);
	}

	@GetMapping("/{id}/notice")
	String notice(@PathVariable Long id, Model model) {
		model.addAttribute("n", this.monitoring.notice(id));
		return "pairings/monitoring-notice";
	}
}
