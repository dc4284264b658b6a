package org.zhucun.shared.platform;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;

/**
 * Messages whose numbers are formatted with a number format kept by the message. For a placeholder without a format of
 * its own ({@code {0}}) given a number, {@link MessageFormat} makes a new {@code NumberFormat.getInstance(locale)}
 * every time, and a page of many rows with counts in their messages spent a tenth of its time there. A message whose
 * placeholders are all plain gets, at each of them, a format that writes what MessageFormat writes there (a number
 * with one number format of the locale, made at first use; a date as MessageFormat does; any other value as its
 * text); a message with any format of its own ({@code {0,choice,…}}, {@code {0,number,…}}) is left as it is. Not safe
 * for concurrent use, like MessageFormat: Spring's message source formats under a lock on the message.
 */
final class PlainNumbersMessageFormat {

	private PlainNumbersMessageFormat() {
	}

	/** @return the message's format, with its plain placeholders' numbers formatted by a kept number format */
	static MessageFormat of(String pattern, Locale locale) {
		MessageFormat message = new MessageFormat(pattern, locale);
		Format[] formats = message.getFormats();
		if (locale != null && formats.length > 0 && Arrays.stream(formats).allMatch(Objects::isNull)) {
			Arrays.fill(formats, new PlainArgument(locale));
			message.setFormats(formats);
		}
		return message;
	}

	/** A plain placeholder's value as MessageFormat writes it (a null never gets here: MessageFormat writes "null"). */
	private static final class PlainArgument extends Format {

		private static final long serialVersionUID = 1L;

		private final Locale locale;

		private transient NumberFormat numbers;

		PlainArgument(Locale locale) {
			this.locale = locale;
		}

		@Override
		public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
			if (value instanceof Number number) {
				if (this.numbers == null) {
					this.numbers = NumberFormat.getInstance(this.locale);
				}
				return this.numbers.format(number, to, position);
			}
			if (value instanceof Date date) {
				return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, this.locale)
					.format(date, to, position);
			}
			return to.append(String.valueOf(value));
		}

		/** Messages are only written, never read back. */
		@Override
		public Object parseObject(String source, ParsePosition position) {
			throw new UnsupportedOperationException("messages are not parsed");
		}
	}
}
