package org.zhucun.purchases.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.purchases.ReferenceDataService;
import org.zhucun.purchases.ReferenceKind;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/**
 * The office's reference data: channels (/purchases/channels) and product categories (/purchases/categories), each
 * a list with a line to add one and, per value, rename, stop or resume, and delete while unused.
 */
@PreAuthorize(Allowed.OFFICE)
@Controller
@RequestMapping("/purchases/{kind:channels|categories}")
class ReferenceController {

	private final ReferenceDataService references;

	ReferenceController(ReferenceDataService references) {
		this.references = references;
	}

	@GetMapping
	String list(@PathVariable String kind, Model model) {
		ReferenceKind k = kind(kind);
		model.addAttribute("kind", k);
		model.addAttribute("rows", this.references.list(k));
		model.addAttribute("canEdit", this.references.canEdit());
		return "purchases/reference";
	}

	@PreAuthorize(Allowed.OFFICE_ADMIN)
	@PostMapping
	String add(@PathVariable String kind, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "0") int sortOrder, RedirectAttributes redirect) {
		ReferenceKind k = kind(kind);
		return act(k, redirect, "purchase.reference.added", () -> this.references.add(k, name, sortOrder), name);
	}

	@PreAuthorize(Allowed.OFFICE_ADMIN)
	@PostMapping("/{id}")
	String rename(@PathVariable String kind, @PathVariable Long id, @RequestParam long version,
			@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int sortOrder,
			RedirectAttributes redirect) {
		ReferenceKind k = kind(kind);
		return act(k, redirect, "purchase.reference.saved",
				() -> this.references.rename(k, id, version, name, sortOrder), name);
	}

	@PreAuthorize(Allowed.OFFICE_ADMIN)
	@PostMapping("/{id}/active")
	String active(@PathVariable String kind, @PathVariable Long id, @RequestParam long version,
			@RequestParam boolean active, RedirectAttributes redirect) {
		ReferenceKind k = kind(kind);
		return act(k, redirect, active ? "purchase.reference.resumed" : "purchase.reference.stopped",
				() -> this.references.setActive(k, id, version, active), "");
	}

	@PreAuthorize(Allowed.OFFICE_ADMIN)
	@PostMapping("/{id}/delete")
	String delete(@PathVariable String kind, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		ReferenceKind k = kind(kind);
		return act(k, redirect, "purchase.reference.deleted", () -> this.references.delete(k, id, version), "");
	}

	private static String act(ReferenceKind kind, RedirectAttributes redirect, String doneKey, Runnable action,
			String name) {
		try {
			action.run();
			Flash.success(redirect, doneKey, name == null ? "" : name.strip());
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/purchases/" + kind.path();
	}

	private static ReferenceKind kind(String path) {
		ReferenceKind kind = ReferenceKind.ofPath(path);
		if (kind == null) {
			throw new NotFoundException("reference kind", path);
		}
		return kind;
	}
}
