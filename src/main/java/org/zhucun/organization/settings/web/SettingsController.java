package org.zhucun.organization.settings.web;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.zhucun.organization.settings.SettingsAdministration.SettingDetail;
import org.zhucun.organization.settings.SettingsAdministration;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.shared.web.Flash;

/**
 * The policy settings pages: every setting with its value today; one setting's history, a new value valid from a
 * date, and withdrawing a value not yet in force. The office reads, the office administrator changes.
 */
@PreAuthorize(Allowed.OFFICE)
@Controller
@RequestMapping("/admin/settings")
class SettingsController {

	private static final String FORM = "form";

	private final SettingsAdministration settings;

	private final MessageSource messages;

	SettingsController(SettingsAdministration settings, MessageSource messages) {
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("groups", this.settings.overview());
		model.addAttribute("today", this.settings.today());
		return "admin/settings/list";
	}

	@GetMapping("/{key}")
	String show(@PathVariable String key, Model model) {
		SettingDetail detail = this.settings.detail(this.settings.setting(key));
		return showView(detail, SettingValueForm.from(detail, this.settings.today()), model);
	}

	@PreAuthorize(Allowed.OFFICE_ADMIN)
	@PostMapping("/{key}/values")
	String addValue(@PathVariable String key, @Valid @ModelAttribute(FORM) SettingValueForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		SettingDefinition setting = this.settings.setting(key);
		if (!result.hasFieldErrors("value")) {
			String problem = setting.check(form.getValue());
			if (problem != null) {
				result.rejectValue("value", problem, rangeArgs(setting), null);
			}
		}
		LocalDate today = this.settings.today();
		boolean past = form.getValidFrom() != null && form.getValidFrom().isBefore(today);
		if (result.hasErrors()) {
			return showView(this.settings.detail(setting), form, model);
		}
		if (past && !form.isConfirmPast()) {
			// A value from a past date judges past months anew: say so and ask once more before saving.
			model.addAttribute("confirmPastNeeded", true);
			return showView(this.settings.detail(setting), form, model);
		}
		try {
			this.settings.addValue(setting, form.getValidFrom(), form.getValue(), form.getNote());
		}
		catch (BusinessRuleException ex) {
			result.rejectValue(ex.field() == null ? "value" : ex.field(), ex.messageKey(), ex.args(), null);
			return showView(this.settings.detail(setting), form, model);
		}
		catch (DataIntegrityViolationException ex) {
			// Saved at the same moment by another administrator: the database keeps one value per date.
			result.rejectValue("validFrom", "setting.valid-from.taken", new Object[] { form.getValidFrom().toString() },
					null);
			return showView(this.settings.detail(setting), form, model);
		}
		if (past) {
			Flash.success(redirect, "setting.value-added-past", form.getValidFrom().toString(),
					YearMonth.from(form.getValidFrom()).toString());
		}
		else {
			Flash.success(redirect, "setting.value-added", form.getValidFrom().toString());
		}
		return "redirect:/admin/settings/" + setting.key();
	}

	@PreAuthorize(Allowed.OFFICE_ADMIN)
	@PostMapping("/{key}/values/{id}/delete")
	String deleteValue(@PathVariable String key, @PathVariable Long id, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		SettingDefinition setting = this.settings.setting(key);
		try {
			this.settings.deleteValue(setting, id, version);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("pageError", this.messages.getMessage(
					new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.args()),
					LocaleContextHolder.getLocale()));
			SettingDetail detail = this.settings.detail(setting);
			return showView(detail, SettingValueForm.from(detail, this.settings.today()), model);
		}
		Flash.success(redirect, "setting.value-deleted");
		return "redirect:/admin/settings/" + setting.key();
	}

	private String showView(SettingDetail detail, SettingValueForm form, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("setting", detail.setting());
		model.addAttribute(FORM, form);
		model.addAttribute("today", this.settings.today());
		model.addAttribute("earliest", SettingsAdministration.EARLIEST);
		return "admin/settings/show";
	}

	private static Object[] rangeArgs(SettingDefinition setting) {
		return new Object[] { setting.min() == null ? "" : setting.min().toPlainString(),
				setting.max() == null ? "" : setting.max().toPlainString() };
	}
}
