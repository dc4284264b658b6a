package org.zhucun.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The two steps of an Excel import with a preview, as a browser takes them: the upload of a file (with the form's
 * other fields) to {@code {base}/import}, and the confirmation of the preview, posting the hidden fields of its form
 * (the token and the fields the preview carried) to {@code {base}/import/confirm}.
 */
public final class ImportFlow {

	private static final Pattern PREVIEW_FORM = Pattern
		.compile("<form[^>]*action=\"[^\"]*/import/confirm\"[^>]*>(.*?)</form>", Pattern.DOTALL);

	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private final MockMvcTester mvc;

	private final String base;

	/** @param base the list the import belongs to, e.g. /teams */
	public ImportFlow(MockMvcTester mvc, String base) {
		this.mvc = mvc;
		this.base = base;
	}

	/** Uploads the file alone. */
	public MvcTestResult preview(RequestPostProcessor user, byte[] file) {
		return preview(user, file, Map.of());
	}

	/** Uploads the file with the form's other fields. */
	public MvcTestResult preview(RequestPostProcessor user, byte[] file, Map<String, String> fields) {
		var request = this.mvc.post()
			.uri(this.base + "/import")
			.multipart()
			.file(new MockMultipartFile("file", "import.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
			.with(user)
			.with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

	/** Posts the confirmation form of the preview, as shown. */
	public MvcTestResult confirm(RequestPostProcessor user, MvcTestResult preview) {
		return confirm(user, fields(preview));
	}

	/** Posts a confirmation with the given fields (e.g. a token and a changed field). */
	public MvcTestResult confirm(RequestPostProcessor user, Map<String, String> fields) {
		var request = this.mvc.post().uri(this.base + "/import/confirm").with(user).with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

	/** @return the hidden fields of the preview's confirmation form (token first), the CSRF token left out */
	public static Map<String, String> fields(MvcTestResult preview) {
		String page;
		try {
			page = preview.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		Matcher form = PREVIEW_FORM.matcher(page);
		assertThat(form.find()).as("the preview's confirmation").isTrue();
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(form.group(1));
		while (hidden.find()) {
			if (!hidden.group(1).equals("_csrf")) {
				fields.put(hidden.group(1), hidden.group(2));
			}
		}
		assertThat(fields).containsKey("token");
		return fields;
	}

	/** @return the token of the preview's confirmation */
	public static String token(MvcTestResult preview) {
		return fields(preview).get("token");
	}

	/** Asserts the import went through, back on the list, with how many records were created, updated, unchanged. */
	public static void assertDone(MvcTestResult done, String list, int created, int updated, int unchanged) {
		assertThat(done).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(list);
		assertThat(done).flash().containsEntry("successMessage", "excel.import.done-plan");
		assertThat((String[]) done.getMvcResult().getFlashMap().get("successArgs")).containsExactly(
				String.valueOf(created), String.valueOf(updated), String.valueOf(unchanged));
	}
}
