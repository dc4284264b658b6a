package org.zhucun.organization.settings.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.zhucun.organization.HolidayKind;
import org.zhucun.organization.settings.HolidayAdministration.HolidayRow;
import org.zhucun.organization.settings.HolidayAdministration;
import org.zhucun.organization.settings.SettingsAdministration;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;

/**
 * The statutory holiday pages: a year's holidays, adding a day or a range of days with a name, renaming and
 * deleting. The office reads, the office administrator changes.
 */
@PreAuthorize(Allowed.OFFICE)
@Controller
@RequestMapping("/admin/holidays")
class HolidayController {

	static final int PAGE_SIZE = 20;

	private final HolidayAdministration holidays;

	private final ScopeService scopes;

	HolidayController(HolidayAdministration holidays, ScopeService scopes) {
		this.holidays = holidays;
		this.scopes = scopes;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			Model model) {
		int current = this.holidays.currentYear();
		int shown = (year == null || year < SettingsAdministration.EARLIEST.getYear()
				|| year > current + SettingsAdministration.MAX_YEARS_AHEAD) ? current : year;
		model.addAttribute("year", shown);
		model.addAttribute("years", this.holidays.years());
		model.addAttribute("page",
				this.holidays.year(shown, PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("day"))));
		return "admin/holidays/list";
	}

	@ModelAttribute("kinds")
	HolidayKind[] kinds() {
		return HolidayKind.values();
	}

	@PreAuthorize(Allowed.OFFICE_ADMIN)
	@GetMapping("/new")
	String createForm(Model model) {
		this.scopes.requireOfficeAdmin();
		model.addAttribute("form", new HolidayForm());
		return "admin/holidays/form";
	}

	@PreAuthorize(Allowed.OFFICE_ADMIN)
	@PostMapping
	String create(@Valid @ModelAttribute("form") HolidayForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "admin/holidays/form";
		}
		List<LocalDate> added;
		try {
			added = this.holidays.add(form.getFrom(), form.getTo(), form.getName(), form.getKind());
		}
		catch (BusinessRuleException ex) {
			result.rejectValue(ex.field() == null ? "from" : ex.field(), ex.messageKey(), ex.args(), null);
			return "admin/holidays/form";
		}
		catch (DataIntegrityViolationException ex) {
			// Another administrator added one of the days at the same moment.
			result.rejectValue("from", "holiday.duplicate-now");
			return "admin/holidays/form";
		}
		Flash.success(redirect, "holiday.added", String.valueOf(added.size()), form.getName().trim());
		return "redirect:/admin/holidays?year=" + form.getFrom().getYear();
	}

	@PreAuthorize(Allowed.OFFICE_ADMIN)
	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		this.scopes.requireOfficeAdmin();
		HolidayRow holiday = this.holidays.get(id);
		model.addAttribute("holiday", holiday);
		model.addAttribute("form", HolidayNameForm.from(holiday));
		return "admin/holidays/edit";
	}

	@PreAuthorize(Allowed.OFFICE_ADMIN)
	@PostMapping("/{id}")
	String rename(@PathVariable Long id, @Valid @ModelAttribute("form") HolidayNameForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		HolidayRow holiday = this.holidays.get(id);
		if (result.hasErrors()) {
			model.addAttribute("holiday", holiday);
			return "admin/holidays/edit";
		}
		this.holidays.rename(id, form.getVersion(), form.getName());
		Flash.success(redirect, "holiday.renamed", holiday.day().toString(), form.getName().trim());
		return "redirect:/admin/holidays?year=" + holiday.day().getYear();
	}

	@PreAuthorize(Allowed.OFFICE_ADMIN)
	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		LocalDate day = this.holidays.delete(id, version);
		Flash.success(redirect, "holiday.deleted", day.toString());
		return "redirect:/admin/holidays?year=" + day.getYear();
	}
}
