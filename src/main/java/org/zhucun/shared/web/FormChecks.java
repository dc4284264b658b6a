package org.zhucun.shared.web;

import org.springframework.validation.Errors;

/**
 * The one style of cross-field rules of a form (the last day not before the first, a number required when a box
 * is ticked): the form class implements this, and every {@code @Valid} form is checked with it right after its field
 * annotations, into the same {@code BindingResult} (see {@link InputBinding}). Rules that need the database belong to
 * the service, which throws a {@code BusinessRuleException} that {@link FormErrors#reject} puts beside the field.
 */
public interface FormChecks {

	/**
	 * Adds the form's cross-field errors, beside their fields ({@code errors.rejectValue("to", "leave.to.before-from")}).
	 * Fields that already have an error from their annotations can be skipped ({@code errors.hasFieldErrors("to")}).
	 */
	void check(Errors errors);
}
