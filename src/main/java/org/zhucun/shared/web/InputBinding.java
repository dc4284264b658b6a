package org.zhucun.shared.web;

import java.beans.PropertyEditorSupport;
import java.util.Locale;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every request is bound, for every controller: text is trimmed and blank text becomes {@code null} (except
 * passwords, which are taken as typed), and a form that implements {@link FormChecks} has its cross-field rules
 * checked with {@code @Valid}.
 */
@ControllerAdvice
class InputBinding {

	private static final Validator FORM_CHECKS = new Validator() {

		@Override
		public boolean supports(Class<?> type) {
			// Asked for every form; only FormChecks forms are checked, in validate().
			return true;
		}

		@Override
		public void validate(Object target, Errors errors) {
			if (target instanceof FormChecks form) {
				form.check(errors);
			}
		}
	};

	@InitBinder
	void bind(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		Object target = binder.getTarget();
		if (target != null) {
			for (var property : new BeanWrapperImpl(target).getPropertyDescriptors()) {
				if (property.getPropertyType() == String.class
						&& property.getName().toLowerCase(Locale.ROOT).contains("password")) {
					binder.registerCustomEditor(String.class, property.getName(), new AsTyped());
				}
			}
			binder.addValidators(FORM_CHECKS);
		}
	}

	/** Keeps a password exactly as typed: spaces are part of it. */
	private static final class AsTyped extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(text);
		}
	}
}
