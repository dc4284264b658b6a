package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	@Test
	void acceptsTenCharactersOrMore() {
		assertThat(PasswordPolicy.check("li.ming", "abcdefghij")).isNull();
		assertThat(PasswordPolicy.check("li.ming", "a much longer pass phrase")).isNull();
	}

	@Test
	void refusesFewerThanTenCharacters() {
		assertThat(PasswordPolicy.check("li.ming", "abcdefghi")).isEqualTo("password.too-short");
		assertThat(PasswordPolicy.check("li.ming", "")).isEqualTo("password.too-short");
		assertThat(PasswordPolicy.check("li.ming", null)).isEqualTo("password.too-short");
	}

	@Test
	void refusesTheUserNameInAnyCase() {
		assertThat(PasswordPolicy.check("zhang.wei.01", "zhang.wei.01")).isEqualTo("password.same-as-username");
		assertThat(PasswordPolicy.check("zhang.wei.01", "ZHANG.WEI.01")).isEqualTo("password.same-as-username");
	}

	@Test
	void refusesMoreThanBcryptCanHash() {
		assertThat(PasswordPolicy.check("li.ming", "x".repeat(PasswordPolicy.MAX_LENGTH))).isNull();
		assertThat(PasswordPolicy.check("li.ming", "x".repeat(PasswordPolicy.MAX_LENGTH + 1)))
			.isEqualTo("password.too-long");
	}

	@Test
	void countsTheLimitInBytesBecauseBcryptDoes() {
		// 24 Chinese characters are 72 bytes in UTF-8; 25 are 75 bytes, which BCrypt would refuse with an exception.
		assertThat(PasswordPolicy.check("li.ming", "驻村帮扶".repeat(6))).isNull();
		assertThat(PasswordPolicy.check("li.ming", "驻村帮扶".repeat(6) + "队")).isEqualTo("password.too-long");
	}
}
