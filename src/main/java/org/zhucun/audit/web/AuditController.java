package org.zhucun.audit.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.audit.AuditChange;
import org.zhucun.audit.AuditEntry;
import org.zhucun.audit.AuditTrail;
import org.zhucun.identity.Allowed;
import org.zhucun.shared.domain.NotFoundException;

/** The audit trail pages: search the changes, newest first, and open one with its values before and after. */
@PreAuthorize(Allowed.OFFICE)
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	static final int PAGE_SIZE = 20;

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	String search(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		checkPeriod(filter.getFrom(), filter.getTo(), result);
		Page<AuditEntry> entries = result.hasErrors() ? Page.empty()
				: this.trail.search(filter.toSearch(), PageRequest.of(Math.max(0, page), PAGE_SIZE), locale);
		model.addAttribute("page", entries);
		model.addAttribute("entityTypes", entityTypes(locale));
		return "audit/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model, Locale locale) {
		AuditChange change = this.trail.change(id, locale).orElseThrow(() -> new NotFoundException("change", id));
		model.addAttribute("change", change);
		return "audit/show";
	}

	/** @return the kinds of record with their labels, in label order */
	private Map<String, String> entityTypes(Locale locale) {
		Map<String, String> types = new LinkedHashMap<>();
		this.trail.entityTypes(locale).forEach(type -> types.put(type, this.trail.entityLabel(type, locale)));
		return types;
	}

	static void checkPeriod(LocalDate from, LocalDate to, BindingResult result) {
		if (from != null && to != null && to.isBefore(from) && !result.hasFieldErrors("to")) {
			result.rejectValue("to", "audit.to.before-from");
		}
	}
}
