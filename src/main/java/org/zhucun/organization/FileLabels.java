package org.zhucun.organization;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhucun.shared.excel.XlsxTemplate;

/**
 * Texts of the Excel files (headers, labels of categories and kinds, the explanation sheet). The files' format is
 * Chinese whatever the language of the page, so that any exported or downloaded file can be imported again.
 */
@Component
class FileLabels {

	static final Locale FILE_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	FileLabels(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, Object... args) {
		return this.messages.getMessage(key, args, FILE_LOCALE);
	}

	/** @return label → value of an enum, labels from {@code prefix + name()} */
	<E extends Enum<E>> Map<String, E> labels(Class<E> type, String prefix) {
		Map<String, E> labels = new LinkedHashMap<>();
		for (E value : type.getEnumConstants()) {
			labels.put(label(prefix, value), value);
		}
		return labels;
	}

	String label(String prefix, Enum<?> value) {
		return value == null ? null : get(prefix + value.name());
	}

	String status(boolean active) {
		return get(active ? "list.active" : "list.inactive");
	}

	Map<String, Boolean> yesNo() {
		Map<String, Boolean> values = new LinkedHashMap<>();
		values.put(get("yes"), Boolean.TRUE);
		values.put(get("no"), Boolean.FALSE);
		return values;
	}

	XlsxTemplate.HelpSheet help() {
		return new XlsxTemplate.HelpSheet(get("excel.help.sheet"), get("excel.help.sheet-column"),
				get("excel.help.column"), get("excel.help.required"), get("excel.help.text"), get("yes"), get("no"));
	}
}
