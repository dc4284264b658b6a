package org.zhucun.shared.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to the policy settings in force on a date (DOMAIN §12): the value with the latest valid-from date on
 * or before that date, else the setting's default. A past period is judged by the values in force then, so callers
 * pass the date they judge (e.g. the first day of the month or week), not today. The values are district-wide and
 * not personal, so any code may read them, including jobs without a signed-in user.
 */
public interface PolicySettings {

	/** @return every setting's value in force on the date, read with one query */
	Snapshot forDate(LocalDate on);

	/** @return the whole-number setting's value in force on the date */
	default int intValue(SettingDefinition setting, LocalDate on) {
		return forDate(on).intValue(setting);
	}

	/** @return the on/off setting's value in force on the date */
	default boolean booleanValue(SettingDefinition setting, LocalDate on) {
		return forDate(on).booleanValue(setting);
	}

	/** @return the money setting's value in force on the date; empty while none has been set */
	default Optional<BigDecimal> moneyValue(SettingDefinition setting, LocalDate on) {
		return forDate(on).moneyValue(setting);
	}

	/** The values of all settings in force on one date. */
	final class Snapshot {

		private final LocalDate date;

		private final Map<String, String> values;

		/**
		 * @param date the date the values are in force on
		 * @param values the stored value in force, by setting key, for each setting that has one; the others take
		 * their default
		 */
		public Snapshot(LocalDate date, Map<String, String> values) {
			this.date = date;
			this.values = Map.copyOf(values);
		}

		public LocalDate date() {
			return this.date;
		}

		/** @return the value in its stored form, the default when none was set; empty for money never set */
		public Optional<String> rawValue(SettingDefinition setting) {
			String value = this.values.get(setting.key());
			return value != null ? Optional.of(value) : setting.defaultValue();
		}

		/** @return whether a value was set for the date, as opposed to the default applying */
		public boolean isSet(SettingDefinition setting) {
			return this.values.containsKey(setting.key());
		}

		public int intValue(SettingDefinition setting) {
			requireType(setting, SettingDefinition.Type.INTEGER);
			return Integer.parseInt(rawValue(setting).orElseThrow());
		}

		public boolean booleanValue(SettingDefinition setting) {
			requireType(setting, SettingDefinition.Type.BOOLEAN);
			return Boolean.parseBoolean(rawValue(setting).orElseThrow());
		}

		public Optional<BigDecimal> moneyValue(SettingDefinition setting) {
			requireType(setting, SettingDefinition.Type.MONEY);
			return rawValue(setting).map(BigDecimal::new);
		}

		public String textValue(SettingDefinition setting) {
			requireType(setting, SettingDefinition.Type.TEXT);
			return rawValue(setting).orElseThrow();
		}

		private static void requireType(SettingDefinition setting, SettingDefinition.Type type) {
			if (setting.type() != type) {
				throw new IllegalArgumentException(setting.key() + " is of type " + setting.type() + ", not " + type);
			}
		}

		@Override
		public String toString() {
			return "Snapshot[" + this.date + ", " + this.values + "]";
		}
	}
}
