package org.zhucun.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IModel;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <html layout:decorate="~{layout/main}">}: the page's root element replaced by the layout decorated with the
 * page ({@link LayoutDecoration}). The result depends on the two templates alone, so it is built on a page's first
 * request and kept as long as both templates' cache entries are (always in production; never with
 * {@code spring.thymeleaf.cache=false}, so that a changed template shows at once).
 */
final class DecorateProcessor extends AbstractAttributeModelProcessor {

	private static final Pattern TEMPLATE = Pattern.compile("~\\{\\s*([^:{}\\s]+)\\s*}");

	private final String prefix;

	private final Map<String, IModel> decorated = new ConcurrentHashMap<>();

	DecorateProcessor(String prefix) {
		super(TemplateMode.HTML, prefix, null, false, "decorate", true, 0, true);
		this.prefix = prefix;
	}

	@Override
	protected void doProcess(ITemplateContext context, IModel model, AttributeName attributeName, String attributeValue,
			IElementModelStructureHandler structureHandler) {
		Matcher matcher = TEMPLATE.matcher(attributeValue == null ? "" : attributeValue.trim());
		if (!matcher.matches()) {
			throw new TemplateProcessingException(
					this.prefix + ":decorate takes a template name as ~{layout/main}, not " + attributeValue);
		}
		String layoutName = matcher.group(1);
		TemplateData page = context.getTemplateData();
		String key = page.getTemplate() + page.getTemplateSelectors() + "|" + layoutName;
		IModel result = this.decorated.get(key);
		if (result == null) {
			TemplateModel layout = context.getConfiguration()
				.getTemplateManager()
				.parseStandalone(context, layoutName, null, TemplateMode.HTML, true, true);
			result = LayoutDecoration.decorate(context.getModelFactory(), this.prefix, layout, model);
			if (page.getValidity().isCacheable() && layout.getTemplateData().getValidity().isCacheable()) {
				this.decorated.put(key, result);
			}
		}
		model.reset();
		model.addModel(result);
	}
}
