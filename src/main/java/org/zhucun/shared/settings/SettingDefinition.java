package org.zhucun.shared.settings;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One office-editable policy setting (DOMAIN §12) that a module declares: its key, type, default, allowed range, the
 * unit its value is counted in, and optionally a setting it must never exceed. Modules keep their definitions as
 * constants in a {@link SettingsContribution} of their own; values are read through {@link PolicySettings}.
 */
public final class SettingDefinition {

	/** The kind of value a setting takes. */
	public enum Type {
		/** A whole number within the setting's range. */
		INTEGER,
		/** On or off. */
		BOOLEAN,
		/** An amount in yuan with at most two decimals, within the setting's range. */
		MONEY,
		/** A line of text (a numbering pattern), at most its maximum length, holding its required part if it has one. */
		TEXT
	}

	private final String key;

	private final Type type;

	private final String defaultValue;

	private final BigDecimal min;

	private final BigDecimal max;

	private final String unitKey;

	private final String notAboveKey;

	private final String requiredPart;

	private SettingDefinition(String key, Type type, String defaultValue, BigDecimal min, BigDecimal max,
			String unitKey, String notAboveKey) {
		this(key, type, defaultValue, min, max, unitKey, notAboveKey, null);
	}

	private SettingDefinition(String key, Type type, String defaultValue, BigDecimal min, BigDecimal max,
			String unitKey, String notAboveKey, String requiredPart) {
		if (key == null || !key.matches("[a-z]+(\\.[a-z0-9-]+)+")) {
			throw new IllegalArgumentException("A setting key is lower-case words joined by dots: " + key);
		}
		this.key = key;
		this.type = Objects.requireNonNull(type);
		this.defaultValue = defaultValue;
		this.min = min;
		this.max = max;
		this.unitKey = unitKey;
		this.notAboveKey = notAboveKey;
		this.requiredPart = requiredPart;
		if (defaultValue != null && check(defaultValue) != null) {
			throw new IllegalArgumentException("The default of " + key + " is not a valid value: " + defaultValue);
		}
	}

	/** @return a whole-number setting with its default and range, e.g. {@code integer("team.min-members", 3, 1, 20)} */
	public static SettingDefinition integer(String key, int defaultValue, int min, int max) {
		return new SettingDefinition(key, Type.INTEGER, String.valueOf(defaultValue), BigDecimal.valueOf(min),
				BigDecimal.valueOf(max), null, null);
	}

	/** @return an on/off setting with its default */
	public static SettingDefinition bool(String key, boolean defaultValue) {
		return new SettingDefinition(key, Type.BOOLEAN, String.valueOf(defaultValue), null, null, null, null);
	}

	/**
	 * @return an amount in yuan within the range; {@code defaultValue} may be {@code null} when the office must set it
	 * (pages then say that it is not set)
	 */
	public static SettingDefinition money(String key, String defaultValue, String min, String max) {
		return new SettingDefinition(key, Type.MONEY, defaultValue, new BigDecimal(min), new BigDecimal(max), null,
				null);
	}

	/**
	 * @return a line of text of at most {@code maxLength} characters (at most 40, what the settings table stores) that
	 * must contain {@code requiredPart} when it is not null; a value without it is refused with the message key
	 * {@code setting.<key>.missing-part}
	 */
	public static SettingDefinition text(String key, String defaultValue, int maxLength, String requiredPart) {
		if (maxLength < 1 || maxLength > 40) {
			throw new IllegalArgumentException("A text setting holds 1 to 40 characters: " + key);
		}
		return new SettingDefinition(key, Type.TEXT, defaultValue, BigDecimal.ONE, BigDecimal.valueOf(maxLength), null,
				null, requiredPart);
	}

	/** @return this setting with the message key of the unit its value counts, e.g. {@code setting.unit.days} */
	public SettingDefinition unit(String unitMessageKey) {
		return new SettingDefinition(this.key, this.type, this.defaultValue, this.min, this.max, unitMessageKey,
				this.notAboveKey, this.requiredPart);
	}

	/**
	 * @return this setting, which must never be above the other one on any date (e.g. the team leader's approval
	 * limit not above the town's); both must be whole numbers
	 */
	public SettingDefinition notAbove(SettingDefinition other) {
		if (this.type != Type.INTEGER || other.type != Type.INTEGER) {
			throw new IllegalArgumentException("Only whole-number settings are ordered: " + this.key);
		}
		return new SettingDefinition(this.key, this.type, this.defaultValue, this.min, this.max, this.unitKey,
				other.key);
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

	/** @return the message key of the unit the value counts (days, yuan…), if the setting names one */
	public Optional<String> unitKey() {
		return Optional.ofNullable(this.unitKey);
	}

	/** @return the key of the setting this one must never exceed, if any */
	public Optional<String> notAboveKey() {
		return Optional.ofNullable(this.notAboveKey);
	}

	/** @return the message key of the setting's name: {@code setting.<key>.label} */
	public String labelKey() {
		return "setting." + this.key + ".label";
	}

	/** @return the message key of the explanation of what the setting governs: {@code setting.<key>.help} */
	public String explanationKey() {
		return "setting." + this.key + ".help";
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
			case TEXT -> {
				if (text.length() > this.max.intValue()) {
					return "setting.value.text-length";
				}
				return this.requiredPart != null && !text.contains(this.requiredPart)
						? "setting." + this.key + ".missing-part" : null;
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
			case TEXT -> text;
		};
	}

	/** @return a stored whole-number or money value as a number (for messages that count), else {@code null} */
	public BigDecimal number(String stored) {
		if (stored == null || this.type == Type.BOOLEAN || this.type == Type.TEXT) {
			return null;
		}
		try {
			return new BigDecimal(stored.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SettingDefinition that && that.key.equals(this.key);
	}

	@Override
	public int hashCode() {
		return this.key.hashCode();
	}

	@Override
	public String toString() {
		return this.key;
	}
}
