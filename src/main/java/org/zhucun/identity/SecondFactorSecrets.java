package org.zhucun.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the authenticator secrets for the database: AES-256-GCM with the key of {@code zhucun.security.second-factor-key}
 * (32 bytes in Base64, e.g. {@code openssl rand -base64 32}), so that a copy of the database alone gives no codes. Without
 * a key the secrets are stored as they are (a warning at the start says so); either way they are never shown again
 * after the enrolment. A secret sealed with a key can only be read with that key.
 */
@Component
class SecondFactorSecrets {

	private static final Logger log = LoggerFactory.getLogger(SecondFactorSecrets.class);

	private static final String SEALED = "aes:";

	private static final String PLAIN = "plain:";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	SecondFactorSecrets(@Value("${zhucun.security.second-factor-key:}") String key) {
		if (key == null || key.isBlank()) {
			this.key = null;
			log.warn("zhucun.security.second-factor-key is not set: second-factor secrets are stored unencrypted");
		}
		else {
			byte[] bytes = Base64.getDecoder().decode(key.trim());
			if (bytes.length != 32) {
				throw new IllegalStateException("zhucun.security.second-factor-key must be 32 bytes in Base64");
			}
			this.key = new SecretKeySpec(bytes, "AES");
		}
	}

	String seal(String secret) {
		if (this.key == null) {
			return PLAIN + secret;
		}
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
			return SEALED + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal the secret", ex);
		}
	}

	String open(String stored) {
		if (stored.startsWith(PLAIN)) {
			return stored.substring(PLAIN.length());
		}
		if (this.key == null || !stored.startsWith(SEALED)) {
			throw new IllegalStateException("The second-factor secret was sealed with a key that is not configured");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, all, 0, 12));
			return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not open the second-factor secret (another key?)", ex);
		}
	}
}
