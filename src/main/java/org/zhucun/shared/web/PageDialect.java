package org.zhucun.shared.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.StandardDialect;

/**
 * The application's own page attributes (prefix {@code zc}), for what the standard ones make too costly on the
 * largest pages: {@code zc:each-text} ({@link EachTextProcessor}).
 */
@Component
class PageDialect extends AbstractProcessorDialect {

	PageDialect() {
		super("驻村通", "zc", StandardDialect.PROCESSOR_PRECEDENCE);
	}

	@Override
	public Set<IProcessor> getProcessors(String prefix) {
		return Set.of(new EachTextProcessor(prefix));
	}
}
