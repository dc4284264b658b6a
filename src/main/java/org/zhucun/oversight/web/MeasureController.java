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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.ScopeService;
import org.zhucun.oversight.FindingService;
import org.zhucun.oversight.MeasureService;
import org.zhucun.oversight.RecallRow;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/** The pages of interviews (约谈) and recalls (召回调整): the lists in scope and the office's forms. */
@PreAuthorize(Allowed.DESK)
@Controller
class MeasureController {

	private final MeasureService measures;

	private final ScopeService scopes;

	private final FindingService findings;

	MeasureController(MeasureService measures, ScopeService scopes, FindingService findings) {
		this.measures = measures;
		this.scopes = scopes;
		this.findings = findings;
	}

	@GetMapping("/oversight/interviews")
	String interviews(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.measures.interviews(page));
		model.addAttribute("office", this.scopes.current().isOffice());
		return "oversight/interviews";
	}

	@PreAuthorize(Allowed.OFFICE)
	@GetMapping("/oversight/interviews/new")
	String interviewForm(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long findingId,
			Model model) {
		InterviewForm form = new InterviewForm();
		form.setHeldOn(this.measures.today());
		form.setUnitId(unitId);
		form.setFindingId(findingId);
		model.addAttribute("form", form);
		return interviewPage(model, unitId);
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping("/oversight/interviews")
	String interview(@Valid @ModelAttribute("form") InterviewForm form, BindingResult result,
			@RequestParam(required = false) String refresh, Model model, RedirectAttributes redirect) {
		this.scopes.requireOffice();
		if (refresh != null || result.hasErrors()) {
			return interviewPage(model, form.getUnitId());
		}
		try {
			this.measures.interview(form.toCommand());
			Flash.success(redirect, "oversight.interview.saved");
			return "redirect:/oversight/interviews";
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return interviewPage(model, form.getUnitId());
		}
	}

	@GetMapping("/oversight/recalls")
	String recalls(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.measures.recalls(page));
		model.addAttribute("office", this.scopes.current().isOffice());
		return "oversight/recalls";
	}

	@GetMapping("/oversight/recalls/{id}")
	String recall(@PathVariable Long id, Model model) {
		RecallRow recall = this.measures.recall(id);
		model.addAttribute("recall", recall);
		model.addAttribute("findingOpen", this.findings.canOpen(recall.findingId()));
		return "oversight/recall";
	}

	@PreAuthorize(Allowed.OFFICE)
	@GetMapping("/oversight/recalls/new")
	String recallForm(@RequestParam(required = false) Long teamId, @RequestParam(required = false) Long findingId,
			Model model) {
		RecallForm form = new RecallForm();
		form.setLastDay(this.measures.today());
		form.setTeamId(teamId);
		form.setFindingId(findingId);
		model.addAttribute("form", form);
		return recallPage(model, teamId);
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping("/oversight/recalls")
	String recall(@Valid @ModelAttribute("form") RecallForm form, BindingResult result,
			@RequestParam(required = false) String refresh, Model model, RedirectAttributes redirect) {
		this.scopes.requireOffice();
		if (refresh != null || result.hasErrors()) {
			return recallPage(model, form.getTeamId());
		}
		try {
			Long id = this.measures.recall(form.toCommand());
			Flash.success(redirect, "oversight.recall.saved");
			return "redirect:/oversight/recalls/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return recallPage(model, form.getTeamId());
		}
	}

	private String interviewPage(Model model, Long unitId) {
		model.addAttribute("unitChoices", this.measures.unitChoices());
		model.addAttribute("cadreChoices", this.measures.cadreChoices(unitId));
		model.addAttribute("leaderChoices", this.measures.leaderChoices(unitId));
		return "oversight/interview-form";
	}

	private String recallPage(Model model, Long teamId) {
		model.addAttribute("teamChoices", this.measures.teamChoices());
		model.addAttribute("memberChoices", this.measures.memberChoices(teamId));
		return "oversight/recall-form";
	}
}
