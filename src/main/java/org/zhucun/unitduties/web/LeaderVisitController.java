package org.zhucun.unitduties.web;

import java.util.List;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.shared.web.RequestedMonth;
import org.zhucun.unitduties.LeaderVisitService;
import org.zhucun.unitduties.VisitDetail;
import org.zhucun.unitduties.VisitFilter;
import org.zhucun.unitduties.VisitPicks;

/**
 * Leader visits (单位负责人入村): the month's list in scope, the form (the office first picks the unit), a visit with
 * its photos, adding photos and removing a visit recorded by mistake.
 */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/leader-visits")
class LeaderVisitController {

	private static final String FORM = "unitduties/visit-form";

	private final LeaderVisitService visits;

	LeaderVisitController(LeaderVisitService visits) {
		this.visits = visits;
	}

	@GetMapping
	String list(@RequestParam(required = false) String month, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		RequestedMonth shown = RequestedMonth.of(month, java.time.YearMonth.from(this.visits.today()));
		model.addAttribute("page", this.visits.list(new VisitFilter(shown.value(), unitId), page));
		model.addAttribute("month", shown.value().toString());
		model.addAttribute("monthInvalid", shown.invalid());
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitChoices", this.visits.unitChoices());
		model.addAttribute("canRecord", this.visits.canRecord());
		return "unitduties/visits";
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) Long unit, Model model) {
		VisitPicks picks = this.visits.picks(unit);
		model.addAttribute("form", LeaderVisitForm.of(picks.unitId(), this.visits.today()));
		return formPage(picks, model);
	}

	@PostMapping
	String record(@Valid @ModelAttribute("form") LeaderVisitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		VisitPicks picks = this.visits.picks(form.getUnitId());
		if (!result.hasErrors()) {
			try {
				Long id = this.visits.record(form.toCommand(), form.getPhotos());
				Flash.success(redirect, "unitduties.visit.saved");
				return "redirect:/leader-visits/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return formPage(picks, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		VisitDetail detail = this.visits.get(id);
		model.addAttribute("detail", detail);
		model.addAttribute("visit", detail.visit());
		return "unitduties/visit";
	}

	@PostMapping("/{id}/photos")
	String addPhotos(@PathVariable Long id, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
			RedirectAttributes redirect) {
		try {
			int added = this.visits.addPhotos(id, photos);
			Flash.success(redirect, "unitduties.visit.photos-added", added);
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/leader-visits/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		this.visits.delete(id, version);
		Flash.success(redirect, "unitduties.visit.deleted");
		return "redirect:/leader-visits";
	}

	private String formPage(VisitPicks picks, Model model) {
		model.addAttribute("picks", picks);
		return FORM;
	}
}
