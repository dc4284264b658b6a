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
import org.zhucun.unitduties.LeaderVisitService;
import org.zhucun.unitduties.MeetingDetail;
import org.zhucun.unitduties.MeetingService;
import org.zhucun.unitduties.VisitPicks;

/** Quarterly meetings (驻村帮扶专题会): the year's list in scope, the form, a meeting with its files. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/meetings")
class MeetingController {

	private static final String FORM = "unitduties/meeting-form";

	private final MeetingService meetings;

	private final LeaderVisitService visits;

	MeetingController(MeetingService meetings, LeaderVisitService visits) {
		this.meetings = meetings;
		this.visits = visits;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int shown = year == null || year < 2000 || year > 2100 ? this.meetings.today().getYear() : year;
		model.addAttribute("page", this.meetings.list(shown, unitId, page));
		model.addAttribute("year", shown);
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitChoices", this.visits.unitChoices());
		model.addAttribute("canRecord", this.visits.canRecord());
		return "unitduties/meetings";
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) Long unit, Model model) {
		VisitPicks picks = this.meetings.picks(unit);
		model.addAttribute("form", MeetingForm.of(picks.unitId(), this.meetings.today()));
		model.addAttribute("picks", picks);
		return FORM;
	}

	@PostMapping
	String record(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		VisitPicks picks = this.meetings.picks(form.getUnitId());
		if (!result.hasErrors()) {
			try {
				Long id = this.meetings.record(form.toCommand(), form.getFiles());
				Flash.success(redirect, "unitduties.meeting.saved");
				return "redirect:/meetings/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("picks", picks);
		return FORM;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		MeetingDetail detail = this.meetings.get(id);
		model.addAttribute("detail", detail);
		model.addAttribute("meeting", detail.meeting());
		return "unitduties/meeting";
	}

	@PostMapping("/{id}/files")
	String addFiles(@PathVariable Long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			RedirectAttributes redirect) {
		try {
			Flash.success(redirect, "unitduties.visit.photos-added", this.meetings.addFiles(id, files));
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		this.meetings.delete(id, version);
		Flash.success(redirect, "unitduties.meeting.deleted");
		return "redirect:/meetings";
	}
}
