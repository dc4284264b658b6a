package org.zhucun.unitduties.web;

import java.security.Principal;

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
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.unitduties.BackingService;
import org.zhucun.unitduties.domain.CareKind;

/**
 * Backing the stationed cadres: a unit's care page (health checks, family visits, supplies) with the form to add a
 * record, and the lists of stationed cadres without a health check or a family visit this year.
 */
@PreAuthorize(Allowed.DESK)
@Controller
class BackingController {

	private final BackingService backing;

	BackingController(BackingService backing) {
		this.backing = backing;
	}

	@GetMapping("/unit-duties/units/{unitId}/care")
	String care(@PathVariable Long unitId, @RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("form", CareForm.of(this.backing.today()));
		return page(unitId, year, model);
	}

	@PostMapping("/unit-duties/units/{unitId}/care")
	String record(@PathVariable Long unitId, @Valid @ModelAttribute("form") CareForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.backing.record(form.toCommand(unitId), principal.getName());
				Flash.success(redirect, "unitduties.care.saved");
				return "redirect:/unit-duties/units/" + unitId + "/care?year=" + form.getDay().getYear();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(unitId, null, model);
	}

	@PostMapping("/unit-duties/units/{unitId}/care/{kind}/{id}/delete")
	String delete(@PathVariable Long unitId, @PathVariable CareKind kind, @PathVariable Long id,
			RedirectAttributes redirect) {
		this.backing.delete(kind, id);
		Flash.success(redirect, "unitduties.care.deleted");
		return "redirect:/unit-duties/units/" + unitId + "/care";
	}

	@GetMapping("/unit-duties/care/missing")
	String missing(@RequestParam(defaultValue = "HEALTH_CHECK") CareKind kind,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
		CareKind shown = kind == CareKind.SUPPLY ? CareKind.HEALTH_CHECK : kind;
		int y = year(year);
		model.addAttribute("page", this.backing.missing(shown, y, page));
		model.addAttribute("kind", shown);
		model.addAttribute("year", y);
		return "unitduties/care-missing";
	}

	private String page(Long unitId, Integer year, Model model) {
		model.addAttribute("backing", this.backing.page(unitId, year(year)));
		model.addAttribute("kinds", CareKind.values());
		return "unitduties/care";
	}

	private int year(Integer year) {
		return year == null || year < 2000 || year > 2100 ? this.backing.today().getYear() : year;
	}
}
