package org.zhucun.oversight.web;

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
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.oversight.FindingDetail;
import org.zhucun.oversight.FindingFilter;
import org.zhucun.oversight.FindingService;
import org.zhucun.oversight.domain.FindingSource;
import org.zhucun.oversight.domain.FindingState;
import org.zhucun.oversight.domain.SubjectKind;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/**
 * The findings' pages: the list in the account's scope, the office's form, a finding's page with the steps the
 * signed-in user may take ({@link FindingStepController} takes them, {@link FindingFactController} makes findings
 * from facts).
 */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/oversight/findings")
class FindingController {

	private static final String SHOW = "oversight/finding";

	private static final String FORM = "oversight/finding-form";

	private final FindingService findings;

	private final ScopeService scopes;

	FindingController(FindingService findings, ScopeService scopes) {
		this.findings = findings;
		this.scopes = scopes;
	}

	@GetMapping
	String list(@ModelAttribute("filter") FindingFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("page", this.findings.search(filter, page));
		DataScope scope = this.scopes.current();
		model.addAttribute("states", FindingState.values());
		model.addAttribute("sources", FindingSource.values());
		model.addAttribute("office", scope.isOffice());
		if (scope.isOffice()) {
			model.addAttribute("unitChoices", this.findings.unitChoices());
			model.addAttribute("townChoices", this.findings.townChoices());
		}
		return "oversight/findings";
	}

	@PreAuthorize(Allowed.OFFICE)
	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("form", FindingForm.withDeadline(this.findings.defaultDeadline()));
		return formPage(model, null);
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping
	String create(@Valid @ModelAttribute("form") FindingForm form, BindingResult result,
			@RequestParam(required = false) String refresh, Model model, RedirectAttributes redirect) {
		this.scopes.requireOffice();
		if (refresh != null) {
			// The unit was chosen: the form comes back with the unit's cadres, nothing saved.
			return formPage(model, form.getUnitId());
		}
		if (result.hasErrors()) {
			return formPage(model, form.getUnitId());
		}
		try {
			Long id = this.findings.create(form.toCommand(), form.getFiles());
			Flash.success(redirect, "oversight.finding.created");
			return "redirect:/oversight/findings/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return formPage(model, form.getUnitId());
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		FindingDetail detail = this.findings.get(id);
		model.addAttribute("stepForm", StepForm.from(detail.version()));
		return showPage(detail, model);
	}

	private String showPage(FindingDetail detail, Model model) {
		model.addAttribute("finding", detail);
		return SHOW;
	}

	private String formPage(Model model, Long unitId) {
		model.addAttribute("sources", FindingSource.values());
		model.addAttribute("subjectKinds", SubjectKind.values());
		model.addAttribute("unitChoices", this.findings.unitChoices());
		model.addAttribute("teamChoices", this.findings.teamChoices());
		model.addAttribute("cadreChoices", this.findings.cadreChoices(unitId));
		return FORM;
	}
}
