package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	@Test
	void acceptsTenCharactersOfThreeKinds() {
		assertThat(PasswordPolicy.check("li.ming", "Abcdxyz-19")).isNull();
		assertThat(PasswordPolicy.check("li.ming", "a much longer pass phrase, 2026")).isNull();
		assertThat(PasswordPolicy.check("li.ming", "驻村帮扶，Jiyuan9")).isNull();
	}

	@Test
	void refusesFewerThanTenCharacters() {
		assertThat(PasswordPolicy.check("li.ming", "Abc-def-1")).isEqualTo("password.too-short");
		assertThat(PasswordPolicy.check("li.ming", "")).isEqualTo("password.too-short");
		assertThat(PasswordPolicy.check("li.ming", null)).isEqualTo("password.too-short");
	}

	@Test
	void refusesEachExampleOfTheIssue() {
		assertThat(PasswordPolicy.check("li.ming", "1234567890")).isEqualTo("password.too-simple");
		assertThat(PasswordPolicy.check("li.ming", "aaaaaaaaaa")).isEqualTo("password.too-simple");
		assertThat(PasswordPolicy.check("li.ming", "password12")).isEqualTo("password.too-simple");
		assertThat(PasswordPolicy.check("li.ming", "qwertyuiop")).isEqualTo("password.too-simple");
		assertThat(PasswordPolicy.check("li.ming", "Password1!")).isEqualTo("password.common");
		assertThat(PasswordPolicy.check("li.ming", "demo1234demo")).isEqualTo("password.too-simple");
	}

	@Test
	void refusesCommonAndBreachedPasswordsWithOrWithoutDecoration() {
		assertThat(PasswordPolicy.check("li.ming", "1qaz2wsx3edc")).isNotNull();
		assertThat(PasswordPolicy.check("li.ming", "Woaini1314")).isEqualTo("password.common");
		assertThat(PasswordPolicy.check("li.ming", "!!Sunshine2024")).isEqualTo("password.common");
		assertThat(PasswordPolicy.isDecoratedCommonPassword("Sunshine")).isFalse();
	}

	@Test
	void refusesSequencesAndRepeats() {
		assertThat(PasswordPolicy.check("li.ming", "Xy-abcdef-9")).isEqualTo("password.sequence");
		assertThat(PasswordPolicy.check("li.ming", "Xy-34567-zz")).isEqualTo("password.sequence");
		assertThat(PasswordPolicy.check("li.ming", "Qwertyu-2024")).isEqualTo("password.sequence");
		assertThat(PasswordPolicy.check("li.ming", "Xyzz-1111-k")).isEqualTo("password.sequence");
	}

	@Test
	void refusesTheUserNameInAnyCaseAndInsideThePassword() {
		assertThat(PasswordPolicy.check("zhang.wei.01", "zhang.wei.01")).isEqualTo("password.same-as-username");
		assertThat(PasswordPolicy.check("zhang.wei.01", "ZHANG.WEI.01")).isEqualTo("password.same-as-username");
		assertThat(PasswordPolicy.check("zhangwei", "My-Zhangwei-9")).isEqualTo("password.contains-username");
		assertThat(PasswordPolicy.check("zhangwei", "My-iewgnahz-9")).isEqualTo("password.contains-username");
	}

	@Test
	void refusesMoreThanBcryptCanHash() {
		String seventyTwo = "Ab1-" + "xyzw".repeat(17);
		assertThat(seventyTwo).hasSize(PasswordPolicy.MAX_LENGTH);
		assertThat(PasswordPolicy.check("li.ming", seventyTwo)).isNull();
		assertThat(PasswordPolicy.check("li.ming", seventyTwo + "x")).isEqualTo("password.too-long");
	}

	@Test
	void countsTheLimitInBytesBecauseBcryptDoes() {
		// 22 Chinese characters are 66 bytes in UTF-8, plus "Ab-1.." 72; one more character is 75 bytes, which BCrypt
		// would refuse with an exception.
		String chinese = "驻村帮扶工作".repeat(3) + "驻村帮扶";
		assertThat(PasswordPolicy.check("li.ming", chinese + "Ab-1..")).isNull();
		assertThat(PasswordPolicy.check("li.ming", chinese + "队Ab-1..")).isEqualTo("password.too-long");
	}

	@Test
	void theDemoAccountsAreExemptOnlyInTheDemoProfile() {
		assertThat(new DemoAccounts(true).isExempt("admin")).isTrue();
		assertThat(new DemoAccounts(true).isExempt("li.ming")).isFalse();
		assertThat(new DemoAccounts(false).isExempt("admin")).isFalse();
	}
}
