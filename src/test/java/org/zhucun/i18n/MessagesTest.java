package org.zhucun.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.zhucun.shared.platform.MessageBundles;

/** Chinese and English messages are complete, and every message key a template names exists. */
class MessagesTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	/** A literal key in a template: #{some.key} or #{some.key(args)}. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");

	@Test
	void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
		for (String base : baseNames()) {
			Properties english = load(RESOURCES.resolve(base + ".properties"));
			Properties chinese = load(RESOURCES.resolve(base + "_zh_CN.properties"));
			assertThat(chinese.stringPropertyNames()).as("keys of %s_zh_CN against %s", base, base)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			for (String key : english.stringPropertyNames()) {
				assertThat(english.getProperty(key)).as("English %s in %s", key, base).isNotBlank();
				assertThat(chinese.getProperty(key)).as("Chinese %s in %s", key, base).isNotBlank();
			}
		}
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = new HashSet<>();
		for (String base : baseNames()) {
			known.addAll(load(RESOURCES.resolve(base + ".properties")).stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TemplateTextTest.TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = TEMPLATE_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (m.find()) {
					if (!known.contains(m.group(1))) {
						missing.add(TemplateTextTest.TEMPLATES.relativize(file) + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).as("message keys used in templates but not defined").isEmpty();
	}

	@Test
	void everyBundleOnTheClassPathIsFoundAndServesItsMessagesInBothLanguages() throws IOException {
		List<String> onDisk = new ArrayList<>();
		try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
			files.map(f -> f.getFileName().toString())
				.filter(n -> n.endsWith(".properties") && !n.contains("_zh_CN"))
				.map(n -> "i18n/" + n.substring(0, n.length() - ".properties".length()))
				.forEach(onDisk::add);
		}
		assertThat(baseNames()).containsAll(onDisk).contains("messages").hasSize(onDisk.size() + 1);
		MessageSource source = new MessageBundles().messageSource();
		for (String base : baseNames()) {
			Properties english = load(RESOURCES.resolve(base + ".properties"));
			Properties chinese = load(RESOURCES.resolve(base + "_zh_CN.properties"));
			String key = english.stringPropertyNames().stream().filter(k -> !english.getProperty(k).contains("{"))
				.findFirst().orElseThrow();
			assertThat(source.getMessage(key, null, Locale.ENGLISH)).as(base + " " + key).isEqualTo(english.getProperty(key));
			assertThat(source.getMessage(key, null, Locale.SIMPLIFIED_CHINESE)).as(base + " " + key)
				.isEqualTo(chinese.getProperty(key));
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Map<String, String> owner = new HashMap<>();
		Set<String> twice = new TreeSet<>();
		for (String base : baseNames()) {
			for (String key : load(RESOURCES.resolve(base + ".properties")).stringPropertyNames()) {
				String first = owner.putIfAbsent(key, base);
				if (first != null) {
					twice.add(key + " in " + first + " and " + base);
				}
			}
		}
		assertThat(twice).as("keys defined in two bundles (only the first would ever be used)").isEmpty();
	}

	private static List<String> baseNames() {
		return MessageBundles.basenames();
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
