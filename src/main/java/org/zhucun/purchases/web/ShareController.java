package org.zhucun.purchases.web;

import java.time.Clock;
import java.time.LocalDate;

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
import org.zhucun.purchases.ShareService;
import org.zhucun.purchases.domain.ReservedShare;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/** Reserved shares (预留份额): every unit's target and progress in a year, and the office's form per unit. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/purchases/shares")
class ShareController {

	private final ShareService shares;

	private final Clock clock;

	ShareController(ShareService shares, Clock clock) {
		this.shares = shares;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String year, Model model) {
		int shown = year(year);
		model.addAttribute("year", shown);
		model.addAttribute("rows", this.shares.progress(shown));
		model.addAttribute("yearGone", this.shares.yearGone(shown));
		model.addAttribute("judgedOn", this.shares.judgedOn(shown));
		model.addAttribute("canEdit", this.shares.canEdit());
		return "purchases/shares";
	}

	@PreAuthorize(Allowed.OFFICE_ADMIN)
	@GetMapping("/{unitId}/{year}")
	String form(@PathVariable Long unitId, @PathVariable int year, Model model) {
		ReservedShare share = this.shares.forEdit(unitId, year);
		ShareForm form = new ShareForm();
		form.setVersion(share.isNew() ? null : share.getVersion());
		form.setTarget(share.getTarget());
		form.setExempt(share.isExempt());
		model.addAttribute("shareForm", form);
		return formPage(unitId, year, model);
	}

	@PreAuthorize(Allowed.OFFICE_ADMIN)
	@PostMapping("/{unitId}/{year}")
	String save(@PathVariable Long unitId, @PathVariable int year, @ModelAttribute("shareForm") ShareForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.shares.forEdit(unitId, year);
		if (!result.hasErrors()) {
			try {
				this.shares.set(unitId, year, form.getVersion(), form.getTarget(), form.isExempt());
				Flash.success(redirect, "purchase.share.saved", this.shares.unitName(unitId), year);
				return "redirect:/purchases/shares?year=" + year;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return formPage(unitId, year, model);
	}

	private String formPage(Long unitId, int year, Model model) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitName", this.shares.unitName(unitId));
		model.addAttribute("year", year);
		return "purchases/share-form";
	}

	private int year(String text) {
		int current = LocalDate.now(this.clock).getYear();
		if (text == null || !text.strip().matches("\\d{4}")) {
			return current;
		}
		int year = Integer.parseInt(text.strip());
		return year < 2000 || year > 2100 ? current : year;
	}
}
