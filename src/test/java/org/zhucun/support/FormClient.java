package org.zhucun.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client that talks to a running application as one browser does: it keeps its cookies, takes the CSRF
 * token from a page's form or meta tag and posts forms with it; redirects are not followed, so tests see them.
 */
public final class FormClient {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	/** @param port the application's HTTP port on localhost */
	public FormClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.cookies)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** Posts a form as it is, without adding a CSRF token. */
	public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Posts a form with the CSRF token of the page {@code page} read just before. */
	public HttpResponse<String> postWithToken(String page, String path, Map<String, String> form)
			throws IOException, InterruptedException {
		HttpResponse<String> before = get(page);
		if (before.statusCode() != 200) {
			throw new AssertionError("GET " + page + " answered " + before.statusCode());
		}
		Map<String, String> withToken = new LinkedHashMap<>(form);
		withToken.put("_csrf", csrfToken(before.body()));
		return post(path, withToken);
	}

	/** Signs in through the login form; @return the answer to the form's post */
	public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		return postWithToken("/login", "/login", Map.of("username", username, "password", password));
	}

	/** @return the value of the cookie of that name this client holds */
	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/** Gives this client a cookie, as another browser tab sharing it would have. */
	public void setCookie(String name, String value) {
		HttpCookie cookie = new HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(URI.create(this.base), cookie);
	}

	/** @return the CSRF token of a page, from its form or its meta tag */
	public static String csrfToken(String html) {
		for (Pattern pattern : new Pattern[] { CSRF_INPUT, CSRF_META }) {
			Matcher m = pattern.matcher(html);
			if (m.find()) {
				return m.group(1);
			}
		}
		throw new AssertionError("No CSRF token in the page");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}
}
