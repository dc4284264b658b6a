package org.zhucun.organization;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every office-editable policy setting of DOMAIN §12, with its key, type, default and allowed range. A setting
 * takes a value valid from a date ({@link PolicySettings}); without one, the default applies.
 */
public enum Setting {

	/** §3: active members a team of a registered poor village needs at least. */
	TEAM_MIN_MEMBERS("team.min-members", Type.INTEGER, "3", "1", "20"),

	/** §3: days within which a member who left must be replaced before the office sees a reduction. */
	TEAM_REPLACEMENT_DAYS("team.replacement-days", Type.INTEGER, "7", "0", "90"),

	/** §4: days in the village a cadre owes in a week. */
	ATTENDANCE_WEEK_DAYS("attendance.week-days", Type.INTEGER, "5", "0", "7"),

	/** §4: nights in the village a cadre owes in a week. */
	ATTENDANCE_WEEK_NIGHTS("attendance.week-nights", Type.INTEGER, "4", "0", "7"),

	/** §4: whether official business away from the village counts as a day in the village. */
	ATTENDANCE_OFFICIAL_BUSINESS_COUNTS("attendance.official-business-counts", Type.BOOLEAN, "true", null, null),

	/** §4: how many days back a team member may still enter or change their own day records. */
	ATTENDANCE_MEMBER_EDIT_DAYS("attendance.member-edit-days", Type.INTEGER, "7", "0", "31"),

	/** §5: leave of at most this many days needs the team leader only. */
	LEAVE_TEAM_MAX_DAYS("leave.team-max-days", Type.INTEGER, "1", "0", "30"),

	/** §5: leave of at most this many days needs the team leader and the town; longer leave also the office. */
	LEAVE_TOWN_MAX_DAYS("leave.town-max-days", Type.INTEGER, "3", "0", "60"),

	/** §5: approved leave in a year above which a cadre is flagged for recall review. */
	LEAVE_YEAR_LIMIT_DAYS("leave.year-limit-days", Type.INTEGER, "30", "1", "366"),

	/** §5: how many days in the past a leave request may start. */
	LEAVE_BACKDATE_DAYS("leave.backdate-days", Type.INTEGER, "3", "0", "31"),

	/** §5: the longest leave one request may ask for. */
	LEAVE_MAX_REQUEST_DAYS("leave.max-request-days", Type.INTEGER, "60", "1", "366"),

	/** §6: visits the unit's principal owes each month. */
	DUTY_PRINCIPAL_VISITS_PER_MONTH("duty.principal-visits-per-month", Type.INTEGER, "1", "0", "31"),

	/** §6: days in the village the other leadership members owe together each month. */
	DUTY_OTHERS_DAYS_PER_MONTH("duty.others-days-per-month", Type.INTEGER, "2", "0", "31"),

	/** §6: stationed-work allowance per day in the village (济财〔2019〕5号); no default, empty until set. */
	ALLOWANCE_DAILY_RATE("allowance.daily-rate", Type.MONEY, null, "0.01", "10000.00"),

	/** §7: households a cadre may be paired with at most. */
	PAIRING_MAX_HOUSEHOLDS("pairing.max-households", Type.INTEGER, "5", "1", "50"),

	/** §7: contacts each paired household is owed per month. */
	PAIRING_CONTACTS_PER_MONTH("pairing.contacts-per-month", Type.INTEGER, "1", "0", "31"),

	/** §7: home visits each paired household is owed per quarter. */
	PAIRING_HOME_VISITS_PER_QUARTER("pairing.home-visits-per-quarter", Type.INTEGER, "1", "0", "92"),

	/** §7: yearly income per person below which a household is monitored; no default, empty until set. */
	MONITORING_INCOME_THRESHOLD("monitoring.income-threshold", Type.MONEY, null, "0.01", "1000000.00"),

	/** §9: day of the month by which the monthly report is due. */
	REPORT_DUE_DAY("report.due-day", Type.INTEGER, "25", "1", "28");

	/** The kind of value a setting takes. */
	public enum Type {
		/** A whole number within the setting's range. */
		INTEGER,
		/** On or off. */
		BOOLEAN,
		/** An amount in yuan with at most two decimals, within the setting's range. */
		MONEY
	}

	private final String key;

	private final Type type;

	private final String defaultValue;

	private final BigDecimal min;

	private final BigDecimal max;

	Setting(String key, Type type, String defaultValue, String min, String max) {
		this.key = key;
		this.type = type;
		this.defaultValue = defaultValue;
		this.min = min == null ? null : new BigDecimal(min);
		this.max = max == null ? null : new BigDecimal(max);
	}

	/** @return the setting with the given key, e.g. {@code team.min-members} */
	public static Optional<Setting> byKey(String key) {
		return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
	}

	public String key() {
		return this.key;
	}

	public Type type() {
		return this.type;
	}

	/** @return the value that applies when none was set, in its stored form; empty for money without a default */
	public Optional<String> defaultValue() {
		return Optional.ofNullable(this.defaultValue);
	}

	/** @return the smallest allowed value, or {@code null} for a boolean */
	public BigDecimal min() {
		return this.min;
	}

	/** @return the largest allowed value, or {@code null} for a boolean */
	public BigDecimal max() {
		return this.max;
	}

	/** @return the message key of the setting's name */
	public String labelKey() {
		return "setting." + this.key + ".label";
	}

	/** @return the message key of the explanation of what the setting governs */
	public String explanationKey() {
		return "setting." + this.key + ".help";
	}

	/**
	 * The setting that this one must never exceed on any date, e.g. the team leader's approval limit not above
	 * the town's.
	 */
	public Optional<Setting> notAbove() {
		return this == LEAVE_TEAM_MAX_DAYS ? Optional.of(LEAVE_TOWN_MAX_DAYS) : Optional.empty();
	}

	/**
	 * Checks what a user typed for this setting.
	 * @return the message key of the problem, or {@code null} when {@link #normalize(String)} will accept it
	 */
	public String check(String input) {
		String text = input == null ? "" : input.trim();
		if (text.isEmpty()) {
			return "setting.value.required";
		}
		switch (this.type) {
			case BOOLEAN -> {
				return (text.equals("true") || text.equals("false")) ? null : "setting.value.boolean";
			}
			case INTEGER -> {
				if (!text.matches("[+-]?\\d{1,9}")) {
					return "setting.value.integer";
				}
			}
			case MONEY -> {
				if (!text.matches("[+-]?\\d{1,12}(\\.\\d{1,2})?")) {
					return "setting.value.money";
				}
			}
		}
		BigDecimal value = new BigDecimal(text);
		return (value.compareTo(this.min) < 0 || value.compareTo(this.max) > 0) ? "setting.value.range" : null;
	}

	/**
	 * @return the stored form of a value that passed {@link #check(String)}: {@code 3}, {@code true},
	 * {@code 120.50}
	 * @throws IllegalArgumentException when the value does not pass the check
	 */
	public String normalize(String input) {
		String problem = check(input);
		if (problem != null) {
			throw new IllegalArgumentException("Invalid value for " + this.key + ": " + problem);
		}
		String text = input.trim();
		return switch (this.type) {
			case BOOLEAN -> text;
			case INTEGER -> String.valueOf(Integer.parseInt(text));
			case MONEY -> new BigDecimal(text).setScale(2).toPlainString();
		};
	}
}
