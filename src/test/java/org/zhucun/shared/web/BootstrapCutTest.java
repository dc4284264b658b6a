package org.zhucun.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The application's cut of Bootstrap (static/css/site.css, compiled from src/main/scss at build time) defines every
 * Bootstrap class the templates use: a class that full Bootstrap has and the cut lacks means an import or a utility
 * is missing from site.scss.
 */
class BootstrapCutTest {

	private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("(?:class|th:classappend)=\"([^\"]*)\"");

	private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]*");

	@Test
	void everyBootstrapClassTheTemplatesUseIsInTheCut() throws IOException {
		String full = resource("META-INF/resources/webjars/bootstrap/5.3.8/dist/css/bootstrap.css");
		String cut = resource("static/css/site.css");
		Set<String> used = classesInTemplates();
		assertThat(used).as("classes found in the templates").contains("btn", "navbar", "att-week");

		Set<String> missing = new TreeSet<>();
		for (String name : used) {
			if (defines(full, name) && !defines(cut, name)) {
				missing.add(name);
			}
		}
		assertThat(missing).as("Bootstrap classes used by templates but missing from site.css").isEmpty();
		assertThat(cut.length()).as("size of site.css").isLessThan(full.length() * 2 / 3);
	}

	private static boolean defines(String css, String name) {
		return Pattern.compile("\\." + Pattern.quote(name) + "(?![\\w-])").matcher(css).find();
	}

	private static Set<String> classesInTemplates() throws IOException {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher attribute = CLASS_ATTRIBUTE.matcher(Files.readString(file));
				while (attribute.find()) {
					Matcher word = WORD.matcher(attribute.group(1));
					while (word.find()) {
						names.add(word.group());
					}
				}
			}
		}
		return names;
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = BootstrapCutTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
