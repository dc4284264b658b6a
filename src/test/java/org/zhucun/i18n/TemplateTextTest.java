package org.zhucun.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Fails on text written into a template instead of taken from the messages: every visible text node and every
 * title, placeholder, alt and aria-label must come from an expression ({@code th:text="#{...}"} and the like).
 */
class TemplateTextTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TOKEN = Pattern.compile("<[^>]*>|[^<]+");

	private static final Pattern TAG_NAME = Pattern.compile("^</?\\s*([a-zA-Z][a-zA-Z0-9:-]*)");

	private static final Pattern STATIC_TEXT_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(title|placeholder|alt|aria-label)\\s*=\\s*\"([^\"]*)\"");

	/** Attributes that replace an element's content (or the element), so its written text is only a placeholder. */
	private static final List<String> REPLACING = List.of("th:text=", "zc:each-text=", "wg:cell=", "th:utext=", "th:errors=", "th:replace=", "th:insert=",
			"th:remove=\"all\"", "th:remove=\"body\"");

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "source", "track", "wbr", "!doctype");

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
				problems.addAll(check(TEMPLATES.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		assertThat(problems).as("hard-coded text in templates: use messages").isEmpty();
	}

	@Test
	void theCheckFindsHardCodedText() {
		assertThat(check("t", "<div><p>Hello</p><span th:text=\"#{x}\">placeholder</span></div>")).hasSize(1);
		assertThat(check("t", "<input placeholder=\"名称\"><input th:placeholder=\"#{x}\">")).hasSize(1);
		assertThat(check("t", "<button th:replace=\"~{f :: b}\"><span>ok</span></button><p>¥ 12</p>")).isEmpty();
	}

	static List<String> check(String name, String html) {
		String source = html.replaceAll("(?s)<!--.*?-->", " ")
			.replaceAll("(?s)<script\\b.*?</script>", " ")
			.replaceAll("(?s)<style\\b.*?</style>", " ");
		List<String> problems = new ArrayList<>();
		Deque<Boolean> replaced = new ArrayDeque<>();
		Deque<String> open = new ArrayDeque<>();
		Matcher token = TOKEN.matcher(source);
		while (token.find()) {
			String t = token.group();
			if (t.startsWith("<")) {
				Matcher tag = TAG_NAME.matcher(t);
				if (!tag.find()) {
					continue;
				}
				String tagName = tag.group(1).toLowerCase();
				if (t.startsWith("</")) {
					while (!open.isEmpty()) {
						replaced.pop();
						if (open.pop().equals(tagName)) {
							break;
						}
					}
					continue;
				}
				boolean replacing = REPLACING.stream().anyMatch(t::contains);
				boolean inReplaced = replacing || replaced.stream().anyMatch(Boolean::booleanValue);
				Matcher attribute = STATIC_TEXT_ATTRIBUTE.matcher(t);
				while (!inReplaced && attribute.find()) {
					if (hasLetters(attribute.group(2))) {
						problems.add(name + ": attribute " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
					}
				}
				if (!VOID.contains(tagName) && !t.endsWith("/>")) {
					open.push(tagName);
					replaced.push(replacing);
				}
			}
			else if (hasLetters(t) && replaced.stream().noneMatch(Boolean::booleanValue)) {
				problems.add(name + ": text \"" + t.strip() + "\"");
			}
		}
		return problems;
	}

	private static boolean hasLetters(String text) {
		return text.codePoints().anyMatch(Character::isLetter) && !text.contains("${") && !text.contains("#{")
				&& !text.contains("[[");
	}
}
