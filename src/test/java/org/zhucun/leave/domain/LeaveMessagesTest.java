package org.zhucun.leave.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every message key the leave code throws is defined in English and in Chinese. */
class LeaveMessagesTest {

	private static final Pattern KEY = Pattern.compile("\"(leave\\.error\\.[a-z-]+)\"");

	@Test
	void everyThrownKeyHasAMessageInBothLanguages() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/zhucun/leave"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).contains("leave.error.not-pending", "leave.error.already-decided");
		assertThat(load("i18n/leave.properties").stringPropertyNames()).containsAll(used);
		assertThat(load("i18n/leave_zh_CN.properties").stringPropertyNames()).containsAll(used);
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources").resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
