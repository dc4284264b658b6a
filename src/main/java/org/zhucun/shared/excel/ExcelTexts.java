package org.zhucun.shared.excel;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one source of the texts in Excel files (headers, labels of enum values, yes/no, the explanation sheet). Files
 * are in Chinese whatever the language of the page, so that any exported or downloaded file can be imported again.
 */
@Component
public class ExcelTexts {

	/** The language of every Excel file. */
	public static final Locale FILE_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	public ExcelTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** @return the message in the files' language */
	public String get(String key, Object... args) {
		return this.messages.getMessage(key, args, FILE_LOCALE);
	}

	/** @return the label of an enum value, from the key {@code prefix + name()}; {@code null} for no value */
	public String label(String prefix, Enum<?> value) {
		return value == null ? null : get(prefix + value.name());
	}

	/** @return label → value of every constant of an enum, labels from {@code prefix + name()}, in declaration order */
	public <E extends Enum<E>> Map<String, E> labels(Class<E> type, String prefix) {
		Map<String, E> labels = new LinkedHashMap<>();
		for (E value : type.getEnumConstants()) {
			labels.put(label(prefix, value), value);
		}
		return labels;
	}

	/** @return 是 or 否 */
	public String yesNo(boolean value) {
		return get(value ? "yes" : "no");
	}

	/** @return 是 → true, 否 → false */
	public Map<String, Boolean> yesNo() {
		Map<String, Boolean> values = new LinkedHashMap<>();
		values.put(get("yes"), Boolean.TRUE);
		values.put(get("no"), Boolean.FALSE);
		return values;
	}

	/** @return 在用 or 停用 */
	public String status(boolean active) {
		return get(active ? "list.active" : "list.inactive");
	}

	/** @return the texts of the explanation sheet of a template */
	public XlsxTemplate.HelpSheet help() {
		return new XlsxTemplate.HelpSheet(get("excel.help.sheet"), get("excel.help.sheet-column"),
				get("excel.help.column"), get("excel.help.required"), get("excel.help.text"), get("yes"), get("no"));
	}
}
