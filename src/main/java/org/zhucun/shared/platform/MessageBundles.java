package org.zhucun.shared.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The application's messages: {@code messages*.properties} for what every page shares, and each module's bundle
 * {@code i18n/<module>*.properties}, found on the class path by pattern, so that a new module adds its bundle and
 * edits no list. Simplified Chinese is the default language; English is complete beside it. Messages with plain
 * placeholders keep their number format ({@link PlainNumbersMessageFormat}).
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

	/** Where the modules' bundles are found. */
	public static final String PATTERN = "classpath*:i18n/*.properties";

	private static final Pattern BASENAME = Pattern.compile("([a-z0-9-]+?)(_[a-z]{2}(_[A-Z]{2})?)?\\.properties");

	@Bean
	public MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource() {

			@Override
			protected MessageFormat createMessageFormat(String msg, Locale locale) {
				return PlainNumbersMessageFormat.of(msg, locale);
			}
		};
		source.setBasenames(basenames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/** @return {@code messages} followed by every module bundle's base name, e.g. {@code i18n/leave}, sorted */
	public static List<String> basenames() {
		TreeSet<String> found = new TreeSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
				String name = resource.getFilename();
				Matcher matcher = name == null ? null : BASENAME.matcher(name);
				if (matcher == null || !matcher.matches()) {
					throw new IllegalStateException("A message bundle is named <module>[_<lang>[_<COUNTRY>]].properties "
							+ "in lower case: " + name);
				}
				found.add("i18n/" + matcher.group(1));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> basenames = new ArrayList<>();
		basenames.add("messages");
		basenames.addAll(found);
		return basenames;
	}
}
