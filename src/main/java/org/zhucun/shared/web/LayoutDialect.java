package org.zhucun.shared.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.processor.StandardXmlNsTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The pages' layout (prefix {@code layout}, the attributes of Thymeleaf's layout dialect that the templates use):
 * {@code <html layout:decorate="~{layout/main}">} on a page, {@code layout:fragment="content"} on the element of the
 * page that takes the place of the layout's element of that name, {@code layout:title-pattern} on the layout's title.
 * The page decorated with its layout is built once per page and kept while templates are cached
 * ({@link DecorateProcessor}, {@link LayoutDecoration}); the layout dialect merged the two templates again at every
 * request, through its Groovy runtime, about a sixth of a bare page's time (issue 18).
 */
@Component
class LayoutDialect extends AbstractProcessorDialect {

	/** Before the standard dialect's, as the layout dialect's: the page is decorated before anything else runs. */
	static final int PRECEDENCE = 10;

	LayoutDialect() {
		super("Layout", "layout", PRECEDENCE);
	}

	@Override
	public Set<IProcessor> getProcessors(String prefix) {
		return Set.of(new DecorateProcessor(prefix), new StandardXmlNsTagProcessor(TemplateMode.HTML, prefix),
				new Removed(prefix, "fragment"), new Removed(prefix, "title-pattern"));
	}

	/**
	 * An attribute left where no decoration used it (a page's fragment inside another, a layout rendered alone):
	 * removed, so that it never reaches the browser.
	 */
	private static final class Removed extends AbstractAttributeTagProcessor {

		Removed(String prefix, String name) {
			super(TemplateMode.HTML, prefix, null, false, name, true, 1, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structureHandler) {
			// Nothing but the attribute's removal, which the superclass does.
		}
	}
}
