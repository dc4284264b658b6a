package org.zhucun.shared.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.model.IText;

/**
 * One page decorated with the layout, as a template model built once (see {@link LayoutDialect}): the layout's
 * {@code <html>}, {@code <head>} and {@code <body>} with the page's attributes added (the page's win, {@code th:with}
 * joined); the layout's head, its {@code <title>} built from its {@code layout:title-pattern} with the page's title
 * for {@code $CONTENT_TITLE} and the layout's for {@code $LAYOUT_TITLE}, then the rest of the page's head; the layout's
 * body with each {@code layout:fragment} element replaced by the page's element of the same name (the layout's kept
 * when the page has none). What the page has outside its head and its fragments is not shown, as with Thymeleaf's
 * layout dialect, whose behaviour this follows for what the templates use.
 */
final class LayoutDecoration {

	private static final Pattern TITLE_TOKEN = Pattern.compile("\\$(LAYOUT|CONTENT)_TITLE");

	private final IModelFactory factory;

	private final String prefix;

	private final IModel layout;

	private final IModel page;

	private final IModel out;

	private LayoutDecoration(IModelFactory factory, String prefix, IModel layout, IModel page) {
		this.factory = factory;
		this.prefix = prefix;
		this.layout = layout;
		this.page = page;
		this.out = factory.createModel();
	}

	/**
	 * @param layout the layout template's whole model
	 * @param page the page's root element, from its open tag to its close tag, without the decorate attribute
	 * @param prefix the layout attributes' prefix ({@code layout})
	 */
	static IModel decorate(IModelFactory factory, String prefix, IModel layout, IModel page) {
		return new LayoutDecoration(factory, prefix, layout, page).build();
	}

	private IModel build() {
		int root = firstElement(this.layout, 0);
		if (root < 0 || !(this.layout.get(root) instanceof IOpenElementTag)) {
			throw new TemplateProcessingException("The layout has no root element to decorate with");
		}
		Range pageHead = child(this.page, "head");
		Range pageBody = child(this.page, "body");
		Map<String, Range> fragments = new HashMap<>();
		if (pageBody != null) {
			collectFragments(pageBody, fragments);
		}
		int end = close(this.layout, root);
		this.out.add(merged((IProcessableElementTag) this.layout.get(root), (IProcessableElementTag) this.page.get(0)));
		for (int i = root + 1; i < end; i++) {
			ITemplateEvent event = this.layout.get(i);
			if (isOpen(event, "head")) {
				i = head(i, pageHead);
			}
			else if (isOpen(event, "body")) {
				this.out.add(pageBody == null ? event : merged((IProcessableElementTag) event,
						(IProcessableElementTag) this.page.get(pageBody.from)));
			}
			else if (event instanceof IProcessableElementTag tag && tag.hasAttribute(this.prefix, "fragment")) {
				i = fragment(i, tag, fragments);
			}
			else {
				this.out.add(event);
			}
		}
		this.out.add(this.layout.get(end));
		return this.out;
	}

	/** The layout's head from its open tag at {@code at}, with the page's; returns the index of its close tag. */
	private int head(int at, Range pageHead) {
		int end = close(this.layout, at);
		Range layoutTitle = child(this.layout, at, "title");
		Range pageTitle = pageHead == null ? null : child(this.page, pageHead.from, "title");
		this.out.add(pageHead == null ? this.layout.get(at)
				: merged((IProcessableElementTag) this.layout.get(at), (IProcessableElementTag) this.page.get(pageHead.from)));
		int trailing = end;
		while (trailing - 1 > at && isBlank(this.layout.get(trailing - 1))) {
			trailing--;
		}
		for (int i = at + 1; i < trailing; i++) {
			if (layoutTitle != null && i == layoutTitle.from) {
				title(layoutTitle, pageTitle);
				i = layoutTitle.to;
			}
			else {
				this.out.add(this.layout.get(i));
			}
		}
		if (layoutTitle == null && pageTitle != null) {
			this.out.add(this.factory.createText("\n  "));
			copy(this.page, pageTitle);
		}
		if (pageHead != null) {
			boolean blank = true;
			for (int i = pageHead.from + 1; i < pageHead.to; i++) {
				ITemplateEvent event = this.page.get(i);
				if (pageTitle != null && i == pageTitle.from) {
					i = pageTitle.to;
					blank = true;
				}
				else if (isBlank(event)) {
					blank = true;
				}
				else {
					if (blank) {
						this.out.add(this.factory.createText("\n  "));
						blank = false;
					}
					this.out.add(event);
				}
			}
		}
		for (int i = trailing; i <= end; i++) {
			this.out.add(this.layout.get(i));
		}
		return end;
	}

	/**
	 * The title: the layout's pattern with the page's title and the layout's, or the one title there is. A title
	 * written with {@code th:text} gives a {@code th:block} with that expression, any other its content; a title is
	 * always escaped (the house rule: no unescaped text), so one written otherwise is refused.
	 */
	private void title(Range layoutTitle, Range pageTitle) {
		IProcessableElementTag tag = (IProcessableElementTag) this.layout.get(layoutTitle.from);
		String pattern = tag.getAttributeValue(this.prefix, "title-pattern");
		if (pageTitle == null || pattern == null) {
			Range only = pageTitle == null ? layoutTitle : pageTitle;
			IProcessableElementTag open = (IProcessableElementTag) (pageTitle == null ? this.layout : this.page).get(only.from);
			this.out.add(this.factory.removeAttribute(open, this.prefix, "title-pattern"));
			for (int i = only.from + 1; i <= only.to; i++) {
				this.out.add((pageTitle == null ? this.layout : this.page).get(i));
			}
			return;
		}
		Map<String, String> attributes = new LinkedHashMap<>(tag.getAttributeMap());
		attributes.remove(this.prefix + ":title-pattern");
		attributes.remove("th:text");
		this.out.add(this.factory.createOpenElementTag("title", attributes, AttributeValueQuotes.DOUBLE, false));
		Matcher token = TITLE_TOKEN.matcher(pattern);
		int from = 0;
		while (token.find()) {
			if (token.start() > from) {
				this.out.add(this.factory.createText(pattern.substring(from, token.start())));
			}
			if ("LAYOUT".equals(token.group(1))) {
				titleText(this.layout, layoutTitle);
			}
			else {
				titleText(this.page, pageTitle);
			}
			from = token.end();
		}
		if (from < pattern.length()) {
			this.out.add(this.factory.createText(pattern.substring(from)));
		}
		this.out.add(this.factory.createCloseElementTag("title"));
	}

	private void titleText(IModel model, Range title) {
		IProcessableElementTag tag = (IProcessableElementTag) model.get(title.from);
		if (tag.getAttributeMap().keySet().stream().anyMatch(name -> name.startsWith("th:") && !name.equals("th:text"))) {
			throw new TemplateProcessingException("A title in a layout's pattern takes its text from th:text alone, not "
					+ tag.getAttributeMap().keySet());
		}
		String expression = tag.getAttributeValue("th:text");
		if (expression != null) {
			this.out.add(this.factory.createOpenElementTag("th:block", "th:text", expression));
			this.out.add(this.factory.createCloseElementTag("th:block"));
			return;
		}
		for (int i = title.from + 1; i < title.to; i++) {
			this.out.add(model.get(i));
		}
	}

	/** A layout fragment element at {@code at}: the page's of the same name, or the layout's own; returns its end. */
	private int fragment(int at, IProcessableElementTag tag, Map<String, Range> fragments) {
		int end = tag instanceof IStandaloneElementTag ? at : close(this.layout, at);
		Range own = fragments.get(tag.getAttributeValue(this.prefix, "fragment"));
		IProcessableElementTag layoutTag = (IProcessableElementTag) this.factory.removeAttribute(tag, this.prefix, "fragment");
		if (own == null) {
			this.out.add(layoutTag);
			for (int i = at + 1; i <= end; i++) {
				this.out.add(this.layout.get(i));
			}
			return end;
		}
		IProcessableElementTag pageTag = (IProcessableElementTag) this.page.get(own.from);
		this.out.add(merged(layoutTag, pageTag, pageTag.getElementCompleteName(), pageTag instanceof IStandaloneElementTag));
		for (int i = own.from + 1; i <= own.to; i++) {
			this.out.add(this.page.get(i));
		}
		return end;
	}

	private void collectFragments(Range body, Map<String, Range> fragments) {
		for (int i = body.from + 1; i < body.to; i++) {
			if (this.page.get(i) instanceof IProcessableElementTag tag && tag.hasAttribute(this.prefix, "fragment")) {
				int end = tag instanceof IStandaloneElementTag ? i : close(this.page, i);
				fragments.putIfAbsent(tag.getAttributeValue(this.prefix, "fragment"), new Range(i, end));
				i = end;
			}
		}
	}

	private IProcessableElementTag merged(IProcessableElementTag target, IProcessableElementTag source) {
		return merged(target, source, target.getElementCompleteName(), target instanceof IStandaloneElementTag);
	}

	/** The target's attributes with the source's added (the source's win; {@code th:with} of both joined). */
	private IProcessableElementTag merged(IProcessableElementTag target, IProcessableElementTag source, String element,
			boolean standalone) {
		Map<String, String> attributes = new LinkedHashMap<>(target.getAttributeMap());
		source.getAttributeMap().forEach((name, value) -> {
			if (name.equals(this.prefix + ":fragment") || name.equals(this.prefix + ":decorate")) {
				return;
			}
			String before = attributes.get(name);
			attributes.put(name, "th:with".equals(name) && before != null ? before + ", " + value : value);
		});
		attributes.remove(this.prefix + ":fragment");
		return standalone
				? this.factory.createStandaloneElementTag(element, attributes, AttributeValueQuotes.DOUBLE, false, false)
				: this.factory.createOpenElementTag(element, attributes, AttributeValueQuotes.DOUBLE, false);
	}

	private void copy(IModel model, Range range) {
		for (int i = range.from; i <= range.to; i++) {
			this.out.add(model.get(i));
		}
	}

	/** The element {@code name} among the children of the root element of {@code model}. */
	private static Range child(IModel model, String name) {
		return child(model, firstElement(model, 0), name);
	}

	/** The element {@code name} among the children of the open element at {@code parent}, or null. */
	private static Range child(IModel model, int parent, String name) {
		if (parent < 0 || !(model.get(parent) instanceof IOpenElementTag)) {
			return null;
		}
		int end = close(model, parent);
		for (int i = parent + 1; i < end; i++) {
			ITemplateEvent event = model.get(i);
			if (event instanceof IOpenElementTag open) {
				int to = close(model, i);
				if (open.getElementCompleteName().equals(name)) {
					return new Range(i, to);
				}
				i = to;
			}
			else if (event instanceof IStandaloneElementTag tag && tag.getElementCompleteName().equals(name)) {
				return new Range(i, i);
			}
		}
		return null;
	}

	private static int firstElement(IModel model, int from) {
		for (int i = from; i < model.size(); i++) {
			if (model.get(i) instanceof IProcessableElementTag) {
				return i;
			}
		}
		return -1;
	}

	/** The index of the close tag of the open element at {@code open}. */
	private static int close(IModel model, int open) {
		int depth = 0;
		for (int i = open; i < model.size(); i++) {
			ITemplateEvent event = model.get(i);
			if (event instanceof IOpenElementTag) {
				depth++;
			}
			else if (event instanceof ICloseElementTag && --depth == 0) {
				return i;
			}
		}
		throw new TemplateProcessingException("An element of the layout or of the page is not closed");
	}

	private static boolean isOpen(ITemplateEvent event, String name) {
		return event instanceof IOpenElementTag open && open.getElementCompleteName().equals(name);
	}

	private static boolean isBlank(ITemplateEvent event) {
		return event instanceof IText text && text.getText().isBlank();
	}

	/** From an element's first event to its last, both included. */
	private record Range(int from, int to) {
	}
}
