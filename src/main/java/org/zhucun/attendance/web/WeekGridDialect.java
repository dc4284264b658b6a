package org.zhucun.attendance.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.processor.StandardEachTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * The week grid's cell (prefix {@code wg}): {@code <td th:each="c : ${row.cells}" wg:cell="${c}">} gives the cell of a
 * {@link WeekGrid.Cell}, its attributes, its edit link and its marks, escaped, from the one expression. The grid is
 * the leader's daily page on a phone, and a cell written with th: attributes took some twenty of them (README,
 * Benchmark). The markup is the one the template had:
 * <pre>
 * &lt;td class data-cadre data-day data-status [data-night] [data-gap] data-dow [data-review]&gt;
 *   [&lt;a href aria-label&gt;]                      when the signed-in account may correct the cell
 *     &lt;span class="d-block"&gt;label&lt;/span&gt;
 *     [&lt;span class="d-block att-night" title&gt;mark&lt;/span&gt;]       a night in the village
 *     [&lt;span class="d-block text-muted" title&gt;mark&lt;/span&gt;]      corrected by the leader
 *     [&lt;span class="d-block small text-danger att-outside"&gt;note&lt;/span&gt;]   declared outside the radius
 *   [&lt;/a&gt;]
 * &lt;/td&gt;
 * </pre>
 */
@Component
class WeekGridDialect extends AbstractProcessorDialect {

	WeekGridDialect() {
		super("Week grid", "wg", StandardDialect.PROCESSOR_PRECEDENCE);
	}

	@Override
	public Set<IProcessor> getProcessors(String prefix) {
		return Set.of(new CellProcessor(prefix));
	}

	/** {@code wg:cell}, after th:each. */
	static final class CellProcessor extends AbstractAttributeTagProcessor {

		CellProcessor(String prefix) {
			super(TemplateMode.HTML, prefix, null, false, "cell", true, StandardEachTagProcessor.PRECEDENCE + 10, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structureHandler) {
			Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
				.parseExpression(context, attributeValue)
				.execute(context);
			if (!(value instanceof WeekGrid.Cell c)) {
				throw new TemplateProcessingException("wg:cell needs a week grid cell, not " + value);
			}
			IModelFactory factory = context.getModelFactory();
			IModel model = factory.createModel();
			Map<String, String> attributes = new LinkedHashMap<>();
			put(attributes, "class", c.classes());
			put(attributes, "data-cadre", c.cadreId());
			put(attributes, "data-day", c.day());
			put(attributes, "data-status", c.status());
			put(attributes, "data-night", c.night());
			put(attributes, "data-gap", c.gap());
			put(attributes, "data-dow", c.dow());
			put(attributes, "data-review", c.review());
			model.add(factory.createOpenElementTag(tag.getElementCompleteName(), attributes, AttributeValueQuotes.DOUBLE,
					false));
			if (c.linked()) {
				Map<String, String> link = new LinkedHashMap<>();
				put(link, "href", context.buildLink(c.href(), null));
				put(link, "aria-label", c.editLabel());
				model.add(factory.createOpenElementTag("a", link, AttributeValueQuotes.DOUBLE, false));
			}
			span(factory, model, "d-block", null, c.label());
			WeekGrid.Marks marks = c.marks();
			if (c.overnight()) {
				span(factory, model, "d-block att-night", marks.nightTitle(), marks.nightMark());
			}
			if (c.corrected()) {
				span(factory, model, "d-block text-muted", marks.correctedTitle(), marks.correctedMark());
			}
			if (c.outside() != null) {
				span(factory, model, "d-block small text-danger att-outside", null, c.outside());
			}
			if (c.linked()) {
				model.add(factory.createCloseElementTag("a"));
			}
			model.add(factory.createCloseElementTag(tag.getElementCompleteName()));
			structureHandler.replaceWith(model, false);
		}

		private static void span(IModelFactory factory, IModel model, String classes, String title, String text) {
			Map<String, String> attributes = new LinkedHashMap<>();
			attributes.put("class", classes);
			put(attributes, "title", title);
			model.add(factory.createOpenElementTag("span", attributes, AttributeValueQuotes.DOUBLE, false));
			model.add(factory.createText(text == null ? "" : HtmlEscape.escapeHtml4Xml(text)));
			model.add(factory.createCloseElementTag("span"));
		}

		/** An attribute with its value escaped, left out when null (as th:attr leaves it out). */
		private static void put(Map<String, String> attributes, String name, Object value) {
			if (value != null) {
				attributes.put(name, HtmlEscape.escapeHtml4Xml(value.toString()));
			}
		}
	}
}
