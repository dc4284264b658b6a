package org.zhucun.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.zhucun.support.IntegrationTest;

/**
 * Static files over real HTTP (the server's compression is not in MockMvc): hashed URLs in the pages, cached a year
 * as immutable; plain URLs revalidated with an ETag that answers 304; HTML, CSS and JS sent gzip-compressed to
 * browsers that accept it; a favicon; htmx and Bootstrap's script bundle not on the pages that do not use them.
 */
class StaticResourcesIT extends IntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void pagesLinkHashedFilesCachedForAYearAsImmutable() throws Exception {
		String login = get("/login", false).body();
		String css = find(login, "href=\"(/css/site-[0-9a-f]{32}\\.css)\"");
		String js = find(login, "src=\"(/js/app-[0-9a-f]{32}\\.js)\"");
		String icon = find(login, "href=\"(/img/favicon-[0-9a-f]{32}\\.svg)\"");
		assertThat(login).doesNotContain("htmx").doesNotContain("bootstrap.bundle").doesNotContain("/webjars/");

		for (String path : new String[] { css, js, icon }) {
			HttpResponse<String> response = get(path, true);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(path)
				.hasValue("max-age=31536000, public, immutable");
		}
		assertThat(get(css, true).headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void plainUrlsAreRevalidatedWithTheirETag() throws Exception {
		for (String path : new String[] { "/css/site.css", "/js/app.js", "/favicon.ico", "/img/favicon.svg",
				"/webjars/htmx.org/dist/htmx.min.js" }) {
			HttpResponse<String> first = get(path, true);
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache, public");
			String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + path));
			HttpResponse<String> again = this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Accept-Encoding", "gzip")
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(again.statusCode()).as(path).isEqualTo(304);
		}
	}

	@Test
	void htmlCssAndJsAreCompressedWhenTheBrowserAcceptsIt() throws Exception {
		// SVG is compressed too, from 512 bytes on; the one icon is smaller than that.
		for (String path : new String[] { "/login", "/css/site.css", "/js/app.js", "/webjars/htmx.org/dist/htmx.min.js" }) {
			assertThat(get(path, true).headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(get(path, false).headers().firstValue("Content-Encoding")).as(path).isEmpty();
		}
	}

	@Test
	void theFaviconIsThere() throws Exception {
		HttpResponse<String> icon = get("/favicon.ico", false);
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("icon"));
	}

	private HttpResponse<String> get(String path, boolean gzip) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String find(String html, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(html);
		assertThat(matcher.find()).as("%s in the sign-in page", regex).isTrue();
		return matcher.group(1);
	}
}
