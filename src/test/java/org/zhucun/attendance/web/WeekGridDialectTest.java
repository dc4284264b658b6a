package org.zhucun.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * wg:cell writes the week grid's cell as the template's th: attributes wrote it: the attributes that have a value,
 * escaped, the edit link under the context path when the cell is linked, the marks it has.
 */
class WeekGridDialectTest {

	private static final WeekGrid.Marks MARKS = new WeekGrid.Marks("住村", "夜", "队长更正", "改");

	private static String render(Object cell) {
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.addDialect(new WeekGridDialect());
		MockServletContext servletContext = new MockServletContext();
		MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
		request.setContextPath("/zc");
		JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(servletContext);
		WebContext context = new WebContext(application.buildExchange(request, new MockHttpServletResponse()));
		context.setVariables(Map.of("c", cell));
		return engine.process("<tr><td wg:cell=\"${c}\">cell</td></tr>", context);
	}

	@Test
	void aLinkedCellWithEveryMark() {
		WeekGrid.Cell cell = new WeekGrid.Cell("att-cell att-status-IN_VILLAGE", 7L, LocalDate.of(2026, 12, 7), "IN_VILLAGE",
				"true", null, "一 7", 1520, "在", "/attendance/week/cells?cadreId=7&date=2026-12-07",
				"更正<廖超>在2026-12-07的考勤", true, true, "距村 1520 米", MARKS);
		assertThat(render(cell)).isEqualTo("<tr><td class=\"att-cell att-status-IN_VILLAGE\" data-cadre=\"7\""
				+ " data-day=\"2026-12-07\" data-status=\"IN_VILLAGE\" data-night=\"true\" data-dow=\"一 7\""
				+ " data-review=\"1520\"><a href=\"/zc/attendance/week/cells?cadreId=7&amp;date=2026-12-07\""
				+ " aria-label=\"更正&lt;廖超&gt;在2026-12-07的考勤\"><span class=\"d-block\">在</span>"
				+ "<span class=\"d-block att-night\" title=\"住村\">夜</span>"
				+ "<span class=\"d-block text-muted\" title=\"队长更正\">改</span>"
				+ "<span class=\"d-block small text-danger att-outside\">距村 1520 米</span></a></td></tr>");
	}

	@Test
	void aCellNotLinkedWithoutMarks() {
		WeekGrid.Cell cell = new WeekGrid.Cell("att-cell att-out", 7L, LocalDate.of(2026, 12, 8), "NONE", null, "true",
				"二 8", null, "<外>", null, null, false, false, null, MARKS);
		assertThat(render(cell)).isEqualTo("<tr><td class=\"att-cell att-out\" data-cadre=\"7\" data-day=\"2026-12-08\""
				+ " data-status=\"NONE\" data-gap=\"true\" data-dow=\"二 8\"><span class=\"d-block\">&lt;外&gt;</span></td></tr>");
	}

	@Test
	void refusesWhatIsNotACell() {
		assertThatThrownBy(() -> render("x")).hasStackTraceContaining("wg:cell needs a week grid cell, not x");
	}
}
