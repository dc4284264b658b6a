package org.zhucun.shared.web;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.processor.StandardEachTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code <td class="x" zc:each-text="${line.labels()}">—</td>}: the element once for every text of the list, each
 * with that text as its escaped content and the element's other attributes as they are written, as
 * {@code th:each} with {@code th:text} would give, but with one expression for the whole list instead of two for
 * every element. For long rows of plain cells (a town's chart table has 1,600), where evaluating an expression per
 * cell is most of the page's cost. The element's other attributes must be plain ones: they are not processed.
 */
final class EachTextProcessor extends AbstractAttributeTagProcessor {

	static final String NAME = "each-text";

	EachTextProcessor(String prefix) {
		super(TemplateMode.HTML, prefix, null, false, NAME, true, StandardEachTagProcessor.PRECEDENCE, true);
	}

	@Override
	protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
			String attributeValue, IElementTagStructureHandler structureHandler) {
		Object texts = StandardExpressions.getExpressionParser(context.getConfiguration())
			.parseExpression(context, attributeValue)
			.execute(context);
		if (!(texts instanceof Iterable<?> items)) {
			throw new TemplateProcessingException(
					"zc:" + NAME + " needs a list of texts, not " + (texts == null ? "null" : texts.getClass().getName()));
		}
		IModelFactory factory = context.getModelFactory();
		String element = tag.getElementCompleteName();
		IOpenElementTag open = factory.createOpenElementTag(element,
				factory.removeAttribute(tag, attributeName).getAttributeMap(), AttributeValueQuotes.DOUBLE, false);
		IModel model = factory.createModel();
		for (Object text : items) {
			model.add(open);
			model.add(factory.createText(text == null ? "" : HtmlEscape.escapeHtml4Xml(text.toString())));
			model.add(factory.createCloseElementTag(element));
		}
		structureHandler.replaceWith(model, false);
	}
}
