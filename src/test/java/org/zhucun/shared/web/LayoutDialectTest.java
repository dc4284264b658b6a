package org.zhucun.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * layout:decorate gives the layout with the page's head and fragments in it, as the layout dialect gave (the pages
 * themselves are compared as a whole by the integration tests); built once per page while templates are cached.
 */
class LayoutDialectTest {

	private static final String LAYOUT = """
			<!DOCTYPE html>
			<html xmlns:th="http://www.thymeleaf.org" xmlns:layout="http://www.ultraq.net.nz/thymeleaf/layout" th:lang="${lang}">
			<head>
			  <meta charset="utf-8">
			  <title layout:title-pattern="$CONTENT_TITLE · $LAYOUT_TITLE" th:text="${app}">app</title>
			  <link rel="stylesheet" href="/site.css">
			</head>
			<body>
			<nav>nav</nav>
			<main><div layout:fragment="content">layout's own content</div></main>
			<footer layout:fragment="footer">layout's footer</footer>
			</body>
			</html>
			""";

	private final Map<String, String> templates = new HashMap<>(Map.of("layout", LAYOUT));

	private TemplateEngine engine(boolean cacheable) {
		AbstractConfigurableTemplateResolver resolver = new AbstractConfigurableTemplateResolver() {
			@Override
			protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
					String template, String resourceName, String characterEncoding,
					Map<String, Object> templateResolutionAttributes) {
				String text = LayoutDialectTest.this.templates.get(template);
				return text == null ? null : new StringTemplateResource(text);
			}
		};
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCacheable(cacheable);
		resolver.setCheckExistence(true);
		TemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.addDialect(new LayoutDialect());
		return engine;
	}

	private static String render(TemplateEngine engine, String template, Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(Map.of("lang", "zh-CN", "app", "驻村通"));
		all.putAll(variables);
		return engine.process(template, new Context(null, all)).replaceAll("\\s+", " ");
	}

	private static String page(String head, String body) {
		return """
				<!DOCTYPE html>
				<html xmlns:th="http://www.thymeleaf.org" xmlns:layout="http://www.ultraq.net.nz/thymeleaf/layout"
				      layout:decorate="~{layout}">
				<head>%s</head>
				<body>%s</body>
				</html>
				""".formatted(head, body);
	}

	@Test
	void putsThePageInTheLayout() {
		this.templates.put("page", page("""
				<title th:text="'Week: ' + ${village}">Week</title>
				<!-- the page's own style -->
				<link rel="stylesheet" href="/week.css">""", """
				<p>not in a fragment, not shown</p>
				<div layout:fragment="content" class="grid" th:with="n=${village.length()}">
				  <span th:text="${village}">v</span> <b th:text="${n}">0</b>
				</div>"""));
		String html = render(engine(true), "page", Map.of("village", "东王庄村"));
		assertThat(html).isEqualTo("<!DOCTYPE html> <html lang=\"zh-CN\"> <head> <meta charset=\"utf-8\"> "
				+ "<title>Week: 东王庄村 · 驻村通</title> <link rel=\"stylesheet\" href=\"/site.css\"> "
				+ "<!-- the page's own style --> <link rel=\"stylesheet\" href=\"/week.css\"> </head> <body> "
				+ "<nav>nav</nav> <main><div class=\"grid\"> <span>东王庄村</span> <b>4</b> </div></main> "
				+ "<footer>layout's footer</footer> </body> </html> ");
	}

	@Test
	void aPageWithoutTitleOrContentKeepsTheLayoutsOwn() {
		this.templates.put("page", page("<link rel=\"icon\" href=\"/i.svg\">", "<p>nothing</p>"));
		String html = render(engine(true), "page", Map.of());
		assertThat(html).contains("<title>驻村通</title>", "<div>layout's own content</div>",
				"<link rel=\"icon\" href=\"/i.svg\"> </head>");
		assertThat(html).doesNotContain("layout:", "xmlns", "nothing", "title-pattern");
	}

	@Test
	void aTitleWithoutExpressionIsTakenAsWritten() {
		this.templates.put("page", page("<title>登录</title>", "<main layout:fragment=\"content\">form</main>"));
		assertThat(render(engine(true), "page", Map.of())).contains("<title>登录 · 驻村通</title>")
			.contains("<main><main>form</main></main>");
	}

	@Test
	void theBuiltPageIsKeptButEachRequestIsRenderedAfresh() {
		this.templates.put("page", page("<title th:text=\"${village}\">t</title>",
				"<div layout:fragment=\"content\" th:text=\"${village}\">v</div>"));
		TemplateEngine engine = engine(true);
		assertThat(render(engine, "page", Map.of("village", "甲村"))).contains("<title>甲村 · 驻村通</title>",
				"<div>甲村</div>");
		assertThat(render(engine, "page", Map.of("village", "<乙村>"))).contains("<title>&lt;乙村&gt; · 驻村通</title>",
				"<div>&lt;乙村&gt;</div>");
		this.templates.put("page", page("", "<div layout:fragment=\"content\">changed</div>"));
		assertThat(render(engine, "page", Map.of("village", "甲村"))).contains("<div>甲村</div>");
	}

	@Test
	void withoutTheTemplateCacheAChangedPageShowsAtOnce() {
		TemplateEngine engine = engine(false);
		this.templates.put("page", page("", "<div layout:fragment=\"content\">first</div>"));
		assertThat(render(engine, "page", Map.of())).contains("<div>first</div>");
		this.templates.put("page", page("", "<div layout:fragment=\"content\">second</div>"));
		assertThat(render(engine, "page", Map.of())).contains("<div>second</div>");
	}

	@Test
	void refusesADecorationThatIsNotATemplateName() {
		this.templates.put("page", page("", "").replace("~{layout}", "~{layout :: x}"));
		assertThatThrownBy(() -> render(engine(true), "page", Map.of()))
			.hasStackTraceContaining("layout:decorate takes a template name as ~{layout/main}");
	}

	@Test
	void refusesATitleNotWrittenWithText() {
		this.templates.put("page", page("<title th:remove=\"tag\">x</title>", ""));
		assertThatThrownBy(() -> render(engine(true), "page", Map.of()))
			.hasStackTraceContaining("A title in a layout's pattern takes its text from th:text alone");
	}
}
