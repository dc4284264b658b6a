package org.zhucun.audit;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The message codes of the audit trail's labels, which each module keeps in its own bundle: a kind of record
 * ({@code audit.entity.Cadre}), a property ({@code audit.field.Cadre.name}, or {@code audit.field.name} for every kind)
 * and an enum value ({@code audit.value.Gender.MALE}, or the module's own {@code gender.MALE}).
 */
@Component
class AuditLabels {

	private final MessageSource messages;

	AuditLabels(MessageSource messages) {
		this.messages = messages;
	}

	static String[] entityCodes(String entityType) {
		return new String[] { "audit.entity." + entityType };
	}

	static String[] fieldCodes(String entityType, String property) {
		return new String[] { "audit.field." + entityType + "." + property, "audit.field." + property };
	}

	static String[] valueCodes(Enum<?> value) {
		String type = value.getDeclaringClass().getSimpleName();
		String camel = Character.toLowerCase(type.charAt(0)) + type.substring(1);
		String kebab = type.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
		return new String[] { "audit.value." + type + "." + value.name(), camel + "." + value.name(),
				kebab + "." + value.name() };
	}

	/** @return the label of a kind of record, e.g. 干部 for {@code Cadre}; its name where it has none */
	String entity(String entityType, Locale locale) {
		return resolve(entityCodes(entityType), entityType, locale);
	}

	/** @return the label of a property, e.g. 姓名 for {@code Cadre.name}; its name where it has none */
	String field(String entityType, String property, Locale locale) {
		return resolve(fieldCodes(entityType, property), property, locale);
	}

	/** @return the label of an enum value, e.g. 男 for {@code Gender.MALE}; its name where it has none */
	String value(Enum<?> value, Locale locale) {
		return resolve(valueCodes(value), value.name(), locale);
	}

	/** @return the text of a message of the audit pages */
	String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

	private String resolve(String[] codes, String fallback, Locale locale) {
		return this.messages.getMessage(new DefaultMessageSourceResolvable(codes, fallback), locale);
	}
}
