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
import org.zhucun.identity.ScopeService;
import org.zhucun.oversight.FindingService;
import org.zhucun.oversight.StoryRow;
import org.zhucun.oversight.StoryService;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/** The stories' pages (宣传表彰): the published stories for everyone signed in, the office's drafts and form. */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/oversight/stories")
class StoryController {

	private final StoryService stories;

	private final FindingService findings;

	private final ScopeService scopes;

	StoryController(StoryService stories, FindingService findings, ScopeService scopes) {
		this.stories = stories;
		this.findings = findings;
		this.scopes = scopes;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.stories.list(page));
		model.addAttribute("office", this.scopes.current().isOffice());
		return "oversight/stories";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		StoryRow story = this.stories.get(id);
		model.addAttribute("story", story);
		model.addAttribute("photos", this.stories.photos(id));
		model.addAttribute("office", this.scopes.current().isOffice());
		return "oversight/story";
	}

	@PreAuthorize(Allowed.OFFICE)
	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("form", new StoryForm());
		return formPage(model, null);
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping
	String draft(@Valid @ModelAttribute("form") StoryForm form, BindingResult result,
			@RequestParam(required = false) String refresh, Model model, RedirectAttributes redirect) {
		this.scopes.requireOffice();
		if (refresh != null || result.hasErrors()) {
			return formPage(model, form.getUnitId());
		}
		try {
			Long id = this.stories.draft(form.getTitle(), form.getBody(), form.getUnitId(), form.getTeamId(),
					form.getCadreId(), form.getFiles());
			Flash.success(redirect, "oversight.story.drafted");
			return "redirect:/oversight/stories/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return formPage(model, form.getUnitId());
		}
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping("/{id}/publish")
	String publish(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.stories.publish(id, version);
			Flash.success(redirect, "oversight.story.published");
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/oversight/stories/" + id;
	}

	private String formPage(Model model, Long unitId) {
		model.addAttribute("unitChoices", this.findings.unitChoices());
		model.addAttribute("teamChoices", this.findings.teamChoices());
		model.addAttribute("cadreChoices", this.findings.cadreChoices(unitId));
		return "oversight/story-form";
	}
}
