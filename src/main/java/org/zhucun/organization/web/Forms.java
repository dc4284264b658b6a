package org.zhucun.organization.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.shared.domain.BusinessRuleException;

/** Small helpers shared by the organisation controllers. */
final class Forms {

	private Forms() {
	}

	/** Shows a rule violation beside its field, or in the error summary when it concerns the whole form. */
	static void reject(BindingResult result, BusinessRuleException ex) {
		if (ex.field() != null) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
		}
		else {
			result.reject(ex.messageKey(), ex.args(), null);
		}
	}

	/** Flashes a refused status change (deactivate / activate) for the record's page. */
	static void flashRule(RedirectAttributes redirect, BusinessRuleException ex) {
		redirect.addFlashAttribute("ruleMessage", ex.messageKey());
		Object[] args = ex.args() == null ? new Object[0] : ex.args();
		String[] text = new String[args.length];
		for (int i = 0; i < args.length; i++) {
			text[i] = String.valueOf(args[i]);
		}
		redirect.addFlashAttribute("ruleArgs", text);
	}
}
