package org.zhucun.shared.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A message's kept number format gives MessageFormat's text for every kind of argument and placeholder. */
class PlainNumbersMessageFormatTest {

	private static final List<String> PATTERNS = List.of("第{0}周：在村{1}天（应{2}天）", "{0} / {1}", "{1} of {0}: {0}",
			"{0,choice,0#none|1#one|1<{0} of {1}}", "{0,number,#} and {1}", "'{0}' is {0}", "no placeholder");

	private static final List<Object[]> ARGUMENTS = List.of(new Object[] { 3, 4, 5 },
			new Object[] { 1234567, -8L, 0 }, new Object[] { new BigDecimal("1234.50"), 2.75, "文字" },
			new Object[] { 0, "x" }, new Object[] { 2, 12_345L }, new Object[] { null, new Date(0L) }, new Object[0]);

	@Test
	void givesMessageFormatsText() {
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, Locale.GERMANY)) {
			for (String pattern : PATTERNS) {
				MessageFormat kept = PlainNumbersMessageFormat.of(pattern, locale);
				for (Object[] arguments : ARGUMENTS) {
					String expected = new MessageFormat(pattern, locale).format(arguments);
					// Twice: the second time with the number format made at the first.
					assertThat(kept.format(arguments)).as("%s %s", pattern, locale).isEqualTo(expected);
					assertThat(kept.format(arguments)).isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void theApplicationsMessagesUseIt() throws Exception {
		MessageSource messages = new MessageBundles().messageSource();
		Method resolve = ResourceBundleMessageSource.class.getDeclaredMethod("resolveCode", String.class, Locale.class);
		resolve.setAccessible(true);
		MessageFormat resolved = (MessageFormat) resolve.invoke(messages, "overview.fig.of", Locale.SIMPLIFIED_CHINESE);
		assertThat(resolved.getFormats()).hasSize(2).doesNotContainNull();
		assertThat(messages.getMessage("overview.fig.of", new Object[] { 12_345, 3 }, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("12,345 / 3");
	}
}
