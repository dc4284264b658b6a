package org.zhucun.shared.web;

import java.util.Arrays;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one flash convention: after a successful change (or an action refused by a rule), the controller redirects
 * and the next page shows the message above its content (layout/fragments :: flash). The message is a key of the
 * bundles with its arguments, stored as {@code successMessage}/{@code successArgs} or
 * {@code errorMessage}/{@code errorArgs}: texts only, carried to the next page in a signed cookie
 * ({@link CookieFlashMapManager}).
 */
public final class Flash {

	/** Flash attribute of the key of a success message. */
	public static final String SUCCESS = "successMessage";

	/** Flash attribute of the arguments of the success message. */
	public static final String SUCCESS_ARGS = "successArgs";

	/** Flash attribute of the key of an error message. */
	public static final String ERROR = "errorMessage";

	/** Flash attribute of the arguments of the error message. */
	public static final String ERROR_ARGS = "errorArgs";

	private Flash() {
	}

	/** Shows the message on the next page as done. Arguments are kept as text (dates as 2026-11-28). */
	public static void success(RedirectAttributes redirect, String messageKey, Object... args) {
		redirect.addFlashAttribute(SUCCESS, messageKey);
		redirect.addFlashAttribute(SUCCESS_ARGS, texts(args));
	}

	/** Shows the message on the next page as refused. */
	public static void error(RedirectAttributes redirect, String messageKey, Object... args) {
		redirect.addFlashAttribute(ERROR, messageKey);
		redirect.addFlashAttribute(ERROR_ARGS, texts(args));
	}

	private static String[] texts(Object... args) {
		return args == null ? new String[0] : Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
	}
}
