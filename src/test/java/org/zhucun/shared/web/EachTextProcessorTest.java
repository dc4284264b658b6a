package org.zhucun.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** zc:each-text gives what th:each with th:text gives, escaped, with the element's other attributes. */
class EachTextProcessorTest {

	private static String render(String template, Map<String, Object> variables) {
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		TemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.addDialect(new PageDialect());
		return engine.process(template, new Context(null, variables));
	}

	@Test
	void repeatsTheElementWithEachTextEscaped() {
		String html = render("<tr><th>x</th><td class=\"c\" data-k=\"v\" zc:each-text=\"${texts}\">—</td></tr>",
				Map.of("texts", Arrays.asList("83.3 %", "<b>&\"x\"</b>", null, "—")));
		assertThat(html).isEqualTo("<tr><th>x</th><td class=\"c\" data-k=\"v\">83.3 %</td>"
				+ "<td class=\"c\" data-k=\"v\">&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;</td><td class=\"c\" data-k=\"v\"></td>"
				+ "<td class=\"c\" data-k=\"v\">—</td></tr>");
	}

	@Test
	void givesTheSameAsEachWithText() {
		Map<String, Object> variables = Map.of("texts", List.of("1", "a & b", "<i>"));
		assertThat(render("<p><td zc:each-text=\"${texts}\">—</td></p>", variables))
			.isEqualTo(render("<p><td th:each=\"t : ${texts}\" th:text=\"${t}\">—</td></p>", variables));
	}

	@Test
	void anEmptyListGivesNoElement() {
		assertThat(render("<tr><td zc:each-text=\"${texts}\">—</td></tr>", Map.of("texts", List.of())))
			.isEqualTo("<tr></tr>");
	}

	@Test
	void refusesWhatIsNotAList() {
		assertThatThrownBy(() -> render("<td zc:each-text=\"${texts}\">—</td>", Map.of("texts", 3)))
			.hasRootCauseInstanceOf(TemplateProcessingException.class)
			.hasStackTraceContaining("zc:each-text needs a list of texts, not java.lang.Integer");
	}
}
