package org.zhucun.shared.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every request is bound, for every controller: text is trimmed and blank text becomes {@code null} (except
 * passwords, which are taken as typed); text is one line (a line break is refused with the field message
 * {@code typeMismatch.java.lang.String}) except in text areas ({@link MultiLine}, or a field named as in
 * {@link #MULTI_LINE_NAMES}), whose line breaks are kept as {@code \n}; indexed fields ({@code leaders[3].name}) grow a
 * list up to {@link #MAX_ROWS} rows at most (a larger index is refused with the 400 page, see {@code ErrorHandling});
 * and a form that implements {@link FormChecks} has its cross-field rules checked with {@code @Valid}.
 */
@ControllerAdvice
class InputBinding {

	/** The most rows a form's list may be given by indexed fields (Spring's default, stated here on purpose). */
	static final int MAX_ROWS = 256;

	/** Text fields that are text areas by their name (lower case), without {@link MultiLine}. */
	static final Set<String> MULTI_LINE_NAMES = Set.of("note", "notes", "comment", "reason", "remark", "remarks",
			"description", "content", "text", "answer", "summary", "body", "details", "findings", "purpose", "solved",
			"problems", "measures", "result", "results", "plan", "feedback", "rectification", "response");

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
		binder.setAutoGrowCollectionLimit(MAX_ROWS);
		Object target = binder.getTarget();
		// A form bound from the request is created after this method (constructor binding): its type is known then.
		Class<?> type = target != null ? target.getClass()
				: binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
		boolean form = type != null && !BeanUtils.isSimpleValueType(type);
		// A request parameter (@RequestParam) is bound without a target, under its own name.
		binder.registerCustomEditor(String.class, new Text(!form
				&& MULTI_LINE_NAMES.contains(String.valueOf(binder.getObjectName()).toLowerCase(Locale.ROOT))));
		if (form) {
			for (var property : BeanUtils.getPropertyDescriptors(type)) {
				if (property.getPropertyType() != String.class) {
					continue;
				}
				String name = property.getName();
				if (name.toLowerCase(Locale.ROOT).contains("password")) {
					binder.registerCustomEditor(String.class, name, new AsTyped());
				}
				else if (isMultiLine(type, name)) {
					binder.registerCustomEditor(String.class, name, new Text(true));
				}
			}
			binder.addValidators(FORM_CHECKS);
		}
	}

	private static boolean isMultiLine(Class<?> type, String property) {
		if (MULTI_LINE_NAMES.contains(property.toLowerCase(Locale.ROOT))) {
			return true;
		}
		Field field = ReflectionUtils.findField(type, property);
		return field != null && field.isAnnotationPresent(MultiLine.class);
	}

	/**
	 * Trimmed text, blank as {@code null}; a line break in a single-line field is refused (a binding error with the
	 * field's message), in a text area it is kept as {@code \n}.
	 */
	static final class Text extends StringTrimmerEditor {

		private final boolean multiLine;

		Text(boolean multiLine) {
			super(true);
			this.multiLine = multiLine;
		}

		@Override
		public void setAsText(String text) {
			if (text != null && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
				if (!this.multiLine) {
					throw new IllegalArgumentException("A line break in a single-line field");
				}
				text = text.replace("\r\n", "\n").replace('\r', '\n');
			}
			super.setAsText(text);
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
