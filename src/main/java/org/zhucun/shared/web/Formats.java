package org.zhucun.shared.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Display formats used by every page ({@code ${@fmt.money(x)}}): dates as 2026-11-28, times as 2026-11-28 14:05,
 * money as ¥1,234.50, phone numbers masked as 138****1234 where the viewer may not see them.
 */
@Component("fmt")
public class Formats {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	public String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(amount);
	}

	public String number(Number value) {
		return value == null ? "" : new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
	}

	/** @return the phone number with its middle four digits hidden, e.g. 138****1234 */
	public static String maskPhone(String phone) {
		if (phone == null || phone.length() < 7) {
			return phone;
		}
		int keepEnd = 4;
		int keepStart = Math.min(3, phone.length() - keepEnd - 1);
		return phone.substring(0, keepStart) + "****" + phone.substring(phone.length() - keepEnd);
	}
}
