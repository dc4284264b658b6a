package org.zhucun.attendance.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.attendance.SpotCheckFilter;
import org.zhucun.attendance.SpotCheckList;
import org.zhucun.attendance.SpotCheckMethod;
import org.zhucun.attendance.SpotCheckPicker;
import org.zhucun.attendance.SpotCheckService;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.shared.web.Paging;

/**
 * Spot checks (暗访/电话抽查): the list with its discrepancies, the form (the cadre picked in two steps without
 * script: first the team, then its member), and one check with the cadre's declared record of the day. The list's
 * print view and Excel export are in {@link SpotCheckPrintController}.
 */
@PreAuthorize(Allowed.OFFICE_OR_TOWN)
@Controller
class SpotCheckController {

	private static final String FORM = "attendance/spot-check-form";

	private final SpotCheckService spotChecks;

	private final ScopeService scopes;

	private final Organization organization;

	SpotCheckController(SpotCheckService spotChecks, ScopeService scopes, Organization organization) {
		this.spotChecks = spotChecks;
		this.scopes = scopes;
		this.organization = organization;
	}

	@GetMapping("/attendance/spot-checks")
	String list(@RequestParam(required = false) String month, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) SpotCheckMethod method, @RequestParam(required = false) String result,
			@RequestParam(defaultValue = "false") boolean discrepancies, @RequestParam(defaultValue = "0") int page,
			Model model, HttpServletRequest request) {
		SpotCheckFilter filter = this.spotChecks.filter(month, townId, method, result, discrepancies);
		SpotCheckList list = this.spotChecks.list(filter, page);
		model.addAttribute("list", list);
		model.addAttribute("page", list.page());
		model.addAttribute("month", filter.month().toString());
		model.addAttribute("townId", filter.townId());
		model.addAttribute("method", method);
		model.addAttribute("result", filter.foundPresent() == null ? "" : result);
		model.addAttribute("discrepancies", discrepancies);
		model.addAttribute("methods", SpotCheckMethod.values());
		model.addAttribute("townChoices", townChoices());
		model.addAttribute("exportUrl", Paging.withFilters(request, "/attendance/spot-checks/export"));
		model.addAttribute("printUrl", Paging.withFilters(request, "/attendance/spot-checks/print"));
		return "attendance/spot-checks";
	}

	private List<Choice> townChoices() {
		return this.scopes.current().isOffice() ? this.organization.townChoices() : List.<Choice>of();
	}

	@GetMapping("/attendance/spot-checks/new")
	String form(@RequestParam(required = false) Long team, @RequestParam(required = false) Long cadre, Model model) {
		SpotCheckPicker picker = this.spotChecks.picker(team, cadre);
		Long cadreId = cadre != null && picker.members().stream().anyMatch(m -> m.id().equals(cadre)) ? cadre : null;
		model.addAttribute("spotCheckForm", SpotCheckForm.of(picker.teamId(), cadreId, this.spotChecks.now()));
		return formPage(picker, model);
	}

	@PostMapping("/attendance/spot-checks")
	String record(@Valid @ModelAttribute("spotCheckForm") SpotCheckForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long id = this.spotChecks.record(form.toCommand());
				Flash.success(redirect, "spotchecks.saved");
				return "redirect:/attendance/spot-checks/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return formPage(this.spotChecks.picker(form.getTeam(), form.getTeam() == null ? form.getCadreId() : null),
				model);
	}

	@GetMapping("/attendance/spot-checks/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("check", this.spotChecks.get(id));
		return "attendance/spot-check";
	}

	private String formPage(SpotCheckPicker picker, Model model) {
		model.addAttribute("picker", picker);
		model.addAttribute("methods", SpotCheckMethod.values());
		model.addAttribute("office", this.scopes.current().isOffice());
		return FORM;
	}

}
