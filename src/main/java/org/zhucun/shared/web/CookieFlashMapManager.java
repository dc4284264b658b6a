package org.zhucun.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;

/**
 * Keeps the message of a redirect after a change ({@link Flash}) in a short-lived cookie signed by the server, instead
 * of in the session. In the session, every save wrote the message into the session store and the next page deleted
 * it again: two writes to the database and a Java deserialisation per save, on the path every member takes every day.
 * The cookie carries texts only (message keys and their arguments, which the next page shows the same user anyway),
 * is {@code HttpOnly}, {@code SameSite=Lax}, {@code Secure} over HTTPS, and lives as long as a flash message (three
 * minutes). It is signed with HMAC-SHA256: a cookie changed by anyone else, or signed by an instance with another key
 * (after a restart, unless {@code zhucun.web.flash-key} gives one key to every instance), is ignored, and the message
 * is simply not shown.
 */
public class CookieFlashMapManager extends AbstractFlashMapManager {

	/** The cookie's name. */
	public static final String COOKIE = "zhucun-flash";

	/** Browsers keep about 4 KB per cookie; a message is a few hundred bytes. */
	static final int MAX_COOKIE_VALUE = 3800;

	private static final int FORMAT = 1;

	private static final byte TEXT = 0;

	private static final byte TEXTS = 1;

	private static final String MAC = "HmacSHA256";

	private final SecretKeySpec key;

	/**
	 * @param key the signing key, at least 32 bytes; null or empty for a random key of this instance
	 * @throws IllegalArgumentException when the key is shorter than 32 bytes
	 */
	public CookieFlashMapManager(byte[] key) {
		byte[] bytes = key;
		if (bytes == null || bytes.length == 0) {
			bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
		}
		if (bytes.length < 32) {
			throw new IllegalArgumentException("the flash cookie's key must have at least 32 bytes");
		}
		this.key = new SecretKeySpec(bytes, MAC);
	}

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return read(cookie.getValue());
			}
		}
		return null;
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request,
			HttpServletResponse response) {
		String value = flashMaps.isEmpty() ? "" : write(flashMaps);
		if (value.length() > MAX_COOKIE_VALUE) {
			throw new IllegalStateException("flash messages too long for a cookie: " + value.length() + " characters");
		}
		String path = StringUtils.hasText(request.getContextPath()) ? request.getContextPath() : "/";
		ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
			.path(path)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(value.isEmpty() ? 0 : getFlashMapTimeout())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	@Override
	protected Object getFlashMapsMutex(HttpServletRequest request) {
		// the cookie travels with each request: there is nothing shared to guard
		return null;
	}

	/** @return the flash maps as the cookie's value: the encoded maps, a dot, and their signature */
	String write(List<FlashMap> flashMaps) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(FORMAT);
			out.writeShort(flashMaps.size());
			for (FlashMap map : flashMaps) {
				out.writeLong(map.getExpirationTime());
				writeText(out, map.getTargetRequestPath());
				out.writeShort(map.getTargetRequestParams().size());
				for (Map.Entry<String, List<String>> param : map.getTargetRequestParams().entrySet()) {
					writeText(out, param.getKey());
					writeTexts(out, param.getValue().toArray(String[]::new));
				}
				out.writeShort(map.size());
				for (Map.Entry<String, Object> entry : map.entrySet()) {
					writeText(out, entry.getKey());
					if (entry.getValue() instanceof String[] texts) {
						out.writeByte(TEXTS);
						writeTexts(out, texts);
					}
					else if (entry.getValue() == null || entry.getValue() instanceof String) {
						out.writeByte(TEXT);
						writeText(out, (String) entry.getValue());
					}
					else {
						throw new IllegalArgumentException("a flash attribute must be a text or texts (shared.web.Flash): "
								+ entry.getKey() + " is a " + entry.getValue().getClass().getName());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		byte[] payload = bytes.toByteArray();
		return base64.encodeToString(payload) + "." + base64.encodeToString(sign(payload));
	}

	/** @return the flash maps of a cookie's value; null when it is not one this manager signed, or is malformed */
	List<FlashMap> read(String value) {
		int dot = value == null ? -1 : value.indexOf('.');
		if (dot <= 0) {
			return null;
		}
		try {
			Base64.Decoder base64 = Base64.getUrlDecoder();
			byte[] payload = base64.decode(value.substring(0, dot));
			if (!MessageDigest.isEqual(sign(payload), base64.decode(value.substring(dot + 1)))) {
				return null;
			}
			DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
			if (in.readByte() != FORMAT) {
				return null;
			}
			List<FlashMap> maps = new ArrayList<>();
			for (int m = in.readUnsignedShort(); m > 0; m--) {
				FlashMap map = new FlashMap();
				map.setExpirationTime(in.readLong());
				map.setTargetRequestPath(readText(in));
				for (int p = in.readUnsignedShort(); p > 0; p--) {
					String name = readText(in);
					for (String param : readTexts(in)) {
						map.addTargetRequestParam(name, param);
					}
				}
				for (int a = in.readUnsignedShort(); a > 0; a--) {
					String name = readText(in);
					map.put(name, in.readByte() == TEXTS ? readTexts(in) : readText(in));
				}
				if (!map.isExpired()) {
					maps.add(map);
				}
			}
			return maps;
		}
		catch (IllegalArgumentException | IOException ex) {
			return null;
		}
	}

	private byte[] sign(byte[] payload) {
		try {
			Mac mac = Mac.getInstance(MAC);
			mac.init(this.key);
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void writeText(DataOutputStream out, String text) throws IOException {
		out.writeBoolean(text != null);
		if (text != null) {
			byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
			out.writeShort(utf8.length);
			out.write(utf8);
		}
	}

	private static void writeTexts(DataOutputStream out, String[] texts) throws IOException {
		out.writeShort(texts.length);
		for (String text : texts) {
			writeText(out, text);
		}
	}

	private static String readText(DataInputStream in) throws IOException {
		if (!in.readBoolean()) {
			return null;
		}
		byte[] utf8 = new byte[in.readUnsignedShort()];
		in.readFully(utf8);
		return new String(utf8, StandardCharsets.UTF_8);
	}

	private static String[] readTexts(DataInputStream in) throws IOException {
		String[] texts = new String[in.readUnsignedShort()];
		for (int i = 0; i < texts.length; i++) {
			texts[i] = readText(in);
		}
		return texts;
	}
}
