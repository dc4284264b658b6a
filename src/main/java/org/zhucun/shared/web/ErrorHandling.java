package org.zhucun.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.database.DatabaseOutages;
import org.zhucun.shared.domain.StaleEditException;

/**
 * Turns exceptions into the product's error pages: 403, 404, 409, 400 and, for anything unforeseen, 500; an
 * unreachable database is left to the no-database page of {@code shared.database}.
 */
@ControllerAdvice
@Order(0)
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	private final DatabaseOutages databaseOutages;

	ErrorHandling(DatabaseOutages databaseOutages) {
		this.databaseOutages = databaseOutages;
	}

	@ExceptionHandler(AccessDeniedException.class)
	void accessDenied(AccessDeniedException ex) {
		// Spring Security's filter answers: a login page for visitors, the 403 page for signed-in users.
		throw ex;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	ModelAndView notFound(HttpServletResponse response) {
		return page("error/404", HttpStatus.NOT_FOUND, response);
	}

	@ExceptionHandler({ StaleEditException.class, OptimisticLockingFailureException.class })
	ModelAndView conflict(HttpServletResponse response) {
		return page("error/409", HttpStatus.CONFLICT, response);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			HttpRequestMethodNotSupportedException.class, BindException.class })
	ModelAndView badRequest(Exception ex, HttpServletResponse response) {
		log.debug("Bad request: {}", ex.getMessage());
		return page("error/400", HttpStatus.BAD_REQUEST, response);
	}

	/** An indexed field beyond the rows a form may have ({@code leaders[99999].name}), or of no such property. */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView invalidProperty(InvalidPropertyException ex, HttpServletResponse response) {
		log.info("Refused a form with the field {}: {}", ex.getPropertyName(), ex.getMessage());
		ModelAndView mav = page("error/400", HttpStatus.BAD_REQUEST, response);
		mav.addObject(InputGuard.DETAIL_ATTRIBUTE, "input.too-many-rows");
		return mav;
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class, MultipartException.class })
	String uploadTooLarge(HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("errorMessage", "upload.too-large");
		String referer = request.getHeader("Referer");
		String back = referer != null && referer.contains("://") ? referer.substring(referer.indexOf('/',
				referer.indexOf("://") + 3)) : "/";
		return "redirect:" + (back.startsWith("/") && !back.startsWith("//") ? back : "/");
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (this.databaseOutages.explains(ex)) {
			// The database filter answers with the no-database page; the 500 page's layout would need the database.
			throw ex;
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return page("error", HttpStatus.INTERNAL_SERVER_ERROR, response);
	}

	private static ModelAndView page(String view, HttpStatus status, HttpServletResponse response) {
		response.setStatus(status.value());
		ModelAndView mav = new ModelAndView(view);
		mav.setStatus(status);
		return mav;
	}
}
