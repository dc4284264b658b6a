package org.zhucun.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;

/**
 * Flash messages travel in a signed cookie: what one request leaves, the next one to its target finds, once; a cookie
 * changed on the way, signed with another key, expired or malformed is ignored; only texts can be kept.
 */
class CookieFlashMapManagerTest {

	private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private final CookieFlashMapManager manager = new CookieFlashMapManager(KEY);

	@Test
	void aMessageLeftByARedirectIsShownOnceByTheNextPageAtItsTarget() {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/attendance/today");
		MockHttpServletResponse redirect = new MockHttpServletResponse();
		FlashMap out = new FlashMap();
		out.put(Flash.SUCCESS, "attendance.day.saved");
		out.put(Flash.SUCCESS_ARGS, new String[] { "2026-12-07", "驻村 \"五天四夜\"" });
		out.setTargetRequestPath("/attendance");
		this.manager.saveOutputFlashMap(out, post, redirect);

		Cookie cookie = redirect.getCookie(CookieFlashMapManager.COOKIE);
		String header = redirect.getHeader("Set-Cookie");
		assertThat(cookie).isNotNull();
		assertThat(header).contains("HttpOnly", "SameSite=Lax", "Max-Age=180", "Path=/").doesNotContain("Secure");

		// another page does not take it
		MockHttpServletRequest other = get("/leave", cookie);
		assertThat((Object) this.manager.retrieveAndUpdate(other, new MockHttpServletResponse())).isNull();

		MockHttpServletRequest page = get("/attendance", cookie);
		MockHttpServletResponse shown = new MockHttpServletResponse();
		FlashMap in = this.manager.retrieveAndUpdate(page, shown);
		assertThat((Object) in).isNotNull();
		assertThat(in.get(Flash.SUCCESS)).isEqualTo("attendance.day.saved");
		assertThat((String[]) in.get(Flash.SUCCESS_ARGS)).containsExactly("2026-12-07", "驻村 \"五天四夜\"");
		// taken: the cookie is cleared
		assertThat(shown.getHeader("Set-Cookie")).startsWith(CookieFlashMapManager.COOKIE + "=;").contains("Max-Age=0");
	}

	@Test
	void overHttpsTheCookieIsSecure() {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/leave");
		post.setSecure(true);
		MockHttpServletResponse redirect = new MockHttpServletResponse();
		FlashMap out = new FlashMap();
		out.put(Flash.ERROR, "leave.already-decided");
		this.manager.saveOutputFlashMap(out, post, redirect);
		assertThat(redirect.getHeader("Set-Cookie")).contains("Secure");
	}

	@Test
	void keepsTheTargetAndItsParametersAndSeveralMaps() {
		FlashMap first = new FlashMap();
		first.put(Flash.ERROR, "x");
		first.setTargetRequestPath("/attendance/week");
		first.addTargetRequestParam("week", "2026-W49");
		first.startExpirationPeriod(180);
		FlashMap second = new FlashMap();
		second.put(Flash.SUCCESS, "y");
		second.put(Flash.SUCCESS_ARGS, new String[0]);
		second.startExpirationPeriod(180);

		List<FlashMap> read = this.manager.read(this.manager.write(List.of(first, second)));

		assertThat(read).hasSize(2);
		assertThat(read.get(0).getTargetRequestPath()).isEqualTo("/attendance/week");
		assertThat(read.get(0).getTargetRequestParams()).containsExactly(Map.entry("week", List.of("2026-W49")));
		assertThat(read.get(0).getExpirationTime()).isEqualTo(first.getExpirationTime());
		assertThat(read.get(1).getTargetRequestPath()).isNull();
		assertThat((String[]) read.get(1).get(Flash.SUCCESS_ARGS)).isEmpty();
	}

	@Test
	void ignoresACookieChangedOnTheWayOrSignedWithAnotherKey() {
		FlashMap map = new FlashMap();
		map.put(Flash.SUCCESS, "password.changed");
		map.startExpirationPeriod(180);
		String value = this.manager.write(List.of(map));
		assertThat(this.manager.read(value)).hasSize(1);

		String payload = value.substring(0, value.indexOf('.'));
		String signature = value.substring(value.indexOf('.'));
		char[] changed = payload.toCharArray();
		changed[changed.length / 2] = changed[changed.length / 2] == 'A' ? 'B' : 'A';
		assertThat(this.manager.read(new String(changed) + signature)).isNull();

		byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
		otherKey[0] = 'x';
		assertThat(new CookieFlashMapManager(otherKey).read(value)).isNull();
		// a random key of its own: another instance's cookie is not its own
		assertThat(new CookieFlashMapManager(null).read(value)).isNull();
	}

	@Test
	void ignoresMalformedAndExpiredCookies() {
		assertThat(this.manager.read("")).isNull();
		assertThat(this.manager.read("no-signature")).isNull();
		assertThat(this.manager.read(".abc")).isNull();
		assertThat(this.manager.read("!!!.???")).isNull();

		FlashMap expired = new FlashMap();
		expired.put(Flash.SUCCESS, "old");
		expired.setExpirationTime(System.currentTimeMillis() - 1000);
		assertThat(this.manager.read(this.manager.write(List.of(expired)))).isEmpty();
	}

	@Test
	void keepsOnlyTexts() {
		FlashMap map = new FlashMap();
		map.put("form", List.of("not a text"));
		assertThatThrownBy(() -> this.manager.write(List.of(map))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("form");
	}

	@Test
	void refusesAShortKey() {
		assertThatThrownBy(() -> new CookieFlashMapManager(new byte[16])).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("32 bytes");
	}

	private static MockHttpServletRequest get(String path, Cookie cookie) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setCookies(cookie);
		return request;
	}
}
