package org.zhucun.workteams;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhucun.shared.excel.XlsxTemplate;

/**
 * Texts of the module's Excel files (headers, labels of roles, reasons, statuses, the explanation sheet). The files
 * are Chinese whatever the language of the page, so that an exported roster can be imported again.
 */
@Component
class TeamFileLabels {

	static final Locale FILE_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	TeamFileLabels(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, Object... args) {
		return this.messages.getMessage(key, args, FILE_LOCALE);
	}

	/** @return label → role, as the roster file writes them (第一书记, 队长, 队员) */
	Map<String, TeamRole> roles() {
		Map<String, TeamRole> roles = new LinkedHashMap<>();
		for (TeamRole role : TeamRole.values()) {
			roles.put(label("team.role.", role), role);
		}
		return roles;
	}

	String label(String prefix, Enum<?> value) {
		return value == null ? null : get(prefix + value.name());
	}

	XlsxTemplate.HelpSheet help() {
		return new XlsxTemplate.HelpSheet(get("excel.help.sheet"), get("excel.help.sheet-column"),
				get("excel.help.column"), get("excel.help.required"), get("excel.help.text"), get("yes"), get("no"));
	}
}
