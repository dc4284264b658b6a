package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The one-time codes against RFC 6238's test values, and the sealing of the secrets. */
class TotpTest {

	/** RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in Base32. */
	private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void theCodesAreThoseOfRfc6238() {
		assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		// The RFC's eight digits, of which an app shows the last six.
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void aCodeOfTheStepBeforeOrAfterIsAcceptedButNotFurther() {
		String secret = Totp.newSecret();
		long now = 1_000_000;
		assertThat(Totp.matchingStep(secret, Totp.code(secret, now), now)).hasValue(now);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, now - 1), now)).hasValue(now - 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, now + 1), now)).hasValue(now + 1);
		String twoAgo = Totp.code(secret, now - 2);
		if (!twoAgo.equals(Totp.code(secret, now)) && !twoAgo.equals(Totp.code(secret, now - 1))
				&& !twoAgo.equals(Totp.code(secret, now + 1))) {
			assertThat(Totp.matchingStep(secret, twoAgo, now)).isEmpty();
		}
		assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "abcdef", now)).isEmpty();
		assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
	}

	@Test
	void base32GoesBothWays() {
		byte[] bytes = new byte[20];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 37 + 11);
		}
		assertThat(Totp.base32Decode(Totp.base32(bytes))).isEqualTo(bytes);
		assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+");
	}

	@Test
	void theUriNamesTheIssuerAndTheAccount() {
		assertThat(Totp.uri("驻村通", "admin", "ABCD")).startsWith("otpauth://totp/%E9%A9%BB%E6%9D%91%E9%80%9A:admin?")
			.contains("secret=ABCD", "digits=6", "period=30");
	}

	@Test
	void secretsAreSealedWithTheConfiguredKeyAndOnlyOpenWithIt() {
		byte[] key = new byte[32];
		key[0] = 7;
		SecondFactorSecrets secrets = new SecondFactorSecrets(Base64.getEncoder().encodeToString(key));
		String secret = Totp.newSecret();
		String sealed = secrets.seal(secret);
		assertThat(sealed).startsWith("aes:").doesNotContain(secret);
		assertThat(secrets.seal(secret)).isNotEqualTo(sealed);
		assertThat(secrets.open(sealed)).isEqualTo(secret);

		key[0] = 8;
		SecondFactorSecrets otherKey = new SecondFactorSecrets(Base64.getEncoder().encodeToString(key));
		assertThatIllegalStateException().isThrownBy(() -> otherKey.open(sealed));
		assertThatIllegalStateException().isThrownBy(() -> new SecondFactorSecrets("").open(sealed));
		assertThat(new SecondFactorSecrets("").open(new SecondFactorSecrets("").seal(secret))).isEqualTo(secret);
	}
}
