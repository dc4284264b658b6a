package org.zhucun.workteams.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhucun.shared.domain.BusinessRuleException;

/** Small helpers of the team pages: links that keep a list's filters, rule violations shown beside their field. */
final class Links {

	private Links() {
	}

	/** @return {@code path} with the current request's query parameters, without the page number */
	static String withFilters(HttpServletRequest request, String path) {
		return UriComponentsBuilder.fromPath(path)
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.build()
			.toUriString();
	}

	/** Shows a rule violation beside its field, or in the error summary when it concerns the whole form. */
	static void reject(BindingResult result, BusinessRuleException ex) {
		if (ex.field() != null && result.getTarget() != null
				&& BeanUtils.getPropertyDescriptor(result.getTarget().getClass(),
						ex.field()) != null) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
		}
		else {
			result.reject(ex.messageKey(), ex.args(), null);
		}
	}
}
