package org.zhucun.oversight.web;

import java.time.YearMonth;

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
import org.zhucun.oversight.NoticeService;
import org.zhucun.oversight.NoticeView;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.shared.web.RequestedMonth;

/** The notices' pages: the list, the office's draft of a month, its edit and publication, the print view. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/oversight/notices")
class NoticeController {

	private final NoticeService notices;

	private final ScopeService scopes;

	NoticeController(NoticeService notices, ScopeService scopes) {
		this.notices = notices;
		this.scopes = scopes;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.notices.list(page));
		model.addAttribute("office", this.scopes.current().isOffice());
		model.addAttribute("lastMonth", this.notices.lastMonth().toString());
		return "oversight/notices";
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping
	String draft(@RequestParam(required = false) String month, RedirectAttributes redirect) {
		YearMonth parsed = RequestedMonth.parse(month).orElse(null);
		if (parsed == null) {
			Flash.error(redirect, "oversight.notice.error.month");
			return "redirect:/oversight/notices";
		}
		try {
			Long id = this.notices.draft(parsed);
			Flash.success(redirect, "oversight.notice.drafted");
			return "redirect:/oversight/notices/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/oversight/notices";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		NoticeView notice = this.notices.get(id);
		model.addAttribute("form", NoticeForm.from(notice));
		model.addAttribute("notice", notice);
		return "oversight/notice";
	}

	@GetMapping("/{id}/print")
	String print(@PathVariable Long id, Model model) {
		model.addAttribute("notice", this.notices.get(id));
		return "oversight/notice-print";
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping("/{id}")
	String edit(@PathVariable Long id, @Valid @ModelAttribute("form") NoticeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.notices.edit(id, form.getVersion(), form.getTitle(), form.getBody(), form.getNumberPattern());
				Flash.success(redirect, "oversight.notice.saved");
				return "redirect:/oversight/notices/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("notice", this.notices.get(id));
		return "oversight/notice";
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping("/{id}/publish")
	String publish(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.notices.publish(id, version);
			Flash.success(redirect, "oversight.notice.published");
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/oversight/notices/" + id;
	}
}
