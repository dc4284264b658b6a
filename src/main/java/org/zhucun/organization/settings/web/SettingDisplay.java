package org.zhucun.organization.settings.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;
import org.zhucun.shared.web.Formats;

/** Formats stored money values of settings for the pages ({@code ${@settingDisplay.money(raw)}}): ¥1,234.50. */
@Component("settingDisplay")
class SettingDisplay {

	private final Formats formats;

	SettingDisplay(Formats formats) {
		this.formats = formats;
	}

	public String money(String raw) {
		if (raw == null || raw.isBlank()) {
			return "";
		}
		try {
			return this.formats.money(new BigDecimal(raw));
		}
		catch (NumberFormatException ex) {
			return raw;
		}
	}
}
