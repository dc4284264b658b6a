package org.zhucun.shared.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * The one way a refused rule reaches the user: beside its form field (or in the form's summary when it concerns the
 * whole form or names a field the form does not have), or, for an action without a form, as the flash message of
 * the page the action returns to.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** Shows the rule's message beside its field, or in the error summary. */
	public static void reject(BindingResult result, BusinessRuleException ex) {
		if (ex.field() != null && hasField(result, ex.field())) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
		}
		else {
			result.reject(ex.messageKey(), ex.args(), null);
		}
	}

	/**
	 * Makes a change when the form has no errors; a rule the change refuses goes beside its field (as
	 * {@link #reject}).
	 * @return whether the change was made (then the controller redirects; otherwise it shows the form again)
	 */
	public static boolean change(BindingResult result, Runnable change) {
		if (result.hasErrors()) {
			return false;
		}
		try {
			change.run();
			return true;
		}
		catch (BusinessRuleException ex) {
			reject(result, ex);
			return false;
		}
	}

	/** Shows the rule's message on the page the action redirects to. */
	public static void flash(RedirectAttributes redirect, BusinessRuleException ex) {
		Flash.error(redirect, ex.messageKey(), ex.args() == null ? new Object[0] : ex.args());
	}

	private static boolean hasField(BindingResult result, String field) {
		Object target = result.getTarget();
		if (target == null) {
			return false;
		}
		String property = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
		property = property.contains(".") ? property.substring(0, property.indexOf('.')) : property;
		return new BeanWrapperImpl(target).isReadableProperty(property);
	}
}
