package org.zhucun.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.passay.CharacterCharacteristicsRule;
import org.passay.CharacterData;
import org.passay.CharacterRule;
import org.passay.DictionaryRule;
import org.passay.EnglishCharacterData;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

/**
 * The password rule (等保2.0 level 3, OWASP ASVS level 2), checked with Passay: at least {@value #MIN_LENGTH}
 * characters and at most {@value #MAX_LENGTH} UTF-8 bytes; at least three of four kinds of character (capitals, small
 * letters, digits, symbols including Chinese punctuation); not containing the user name (forwards or backwards); no
 * run of five letters, digits or keys in keyboard order and no character four times in a row; and not one of the
 * 30,000 most common passwords of breached password sets shipped in {@code security/common-passwords.txt}, nor such a
 * password with digits and symbols put before or after it ({@code Password1!}).
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	/**
	 * The most a password may have, in UTF-8 bytes: BCrypt refuses longer ones (a Chinese character takes three
	 * bytes), so the limit is checked in bytes, not characters.
	 */
	public static final int MAX_LENGTH = 72;

	/** How many of the four kinds of character a password needs. */
	public static final int CHARACTER_KINDS = 3;

	/** A user name shorter than this is only refused as the whole password, not as a part of it. */
	private static final int SHORTEST_NAME_SEARCHED = 3;

	/** The shortest common word that counts when found inside digits and symbols ({@code Love!2024}). */
	private static final int SHORTEST_DECORATED_WORD = 4;

	/** Symbols: Passay's ASCII set plus Chinese full-width punctuation and the yuan sign. */
	private static final CharacterData SYMBOLS = new CharacterData() {

		private final String characters = EnglishCharacterData.Special.getCharacters()
				+ "，。！？；：、（）【】《》〈〉「」『』“”‘’·…—～￥＠＃％＆＊＋－＝｜";

		@Override
		public String getErrorCode() {
			return EnglishCharacterData.Special.getErrorCode();
		}

		@Override
		public String getCharacters() {
			return this.characters;
		}
	};

	private PasswordPolicy() {
	}

	/** @return the message key of the broken rule, or {@code null} when the password is acceptable */
	public static String check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return "password.too-short";
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
			return "password.too-long";
		}
		if (username != null && password.equalsIgnoreCase(username)) {
			return "password.same-as-username";
		}
		String name = username == null || username.length() < SHORTEST_NAME_SEARCHED ? null : username;
		RuleResult result = Rules.VALIDATOR.validate(name == null ? new PasswordData(password)
				: new PasswordData(name, password));
		Set<String> codes = new HashSet<>();
		for (RuleResultDetail detail : result.getDetails()) {
			codes.add(detail.getErrorCode());
		}
		if (codes.contains("TOO_SHORT")) {
			return "password.too-short";
		}
		if (codes.contains("ILLEGAL_USERNAME") || codes.contains("ILLEGAL_USERNAME_REVERSED")) {
			return "password.contains-username";
		}
		if (codes.contains("INSUFFICIENT_CHARACTERISTICS")) {
			return "password.too-simple";
		}
		if (codes.contains("ILLEGAL_ALPHABETICAL_SEQUENCE") || codes.contains("ILLEGAL_NUMERICAL_SEQUENCE")
				|| codes.contains("ILLEGAL_QWERTY_SEQUENCE") || codes.contains("ILLEGAL_MATCH")) {
			return "password.sequence";
		}
		if (codes.contains("ILLEGAL_WORD") || isDecoratedCommonPassword(password)) {
			return "password.common";
		}
		return result.isValid() ? null : "password.too-simple";
	}

	/** @return whether the password is a common one with digits and symbols around it ({@code Password1!}) */
	static boolean isDecoratedCommonPassword(String password) {
		String core = password.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
		if (core.length() < SHORTEST_DECORATED_WORD || core.length() == password.length()) {
			return false;
		}
		return Rules.COMMON.search(core.toLowerCase(Locale.ROOT));
	}

	/** The rules, with the list of common passwords read once when the first password is checked. */
	private static final class Rules {

		static final WordListDictionary COMMON = commonPasswords();

		static final PasswordValidator VALIDATOR = new PasswordValidator(List.of(
				new LengthRule(MIN_LENGTH, Integer.MAX_VALUE),
				new UsernameRule(true, true),
				characterKinds(),
				new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
				new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
				new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false),
				new RepeatCharacterRegexRule(4),
				new DictionaryRule(COMMON)));

		private static CharacterCharacteristicsRule characterKinds() {
			CharacterCharacteristicsRule rule = new CharacterCharacteristicsRule();
			rule.getRules().add(new CharacterRule(EnglishCharacterData.UpperCase, 1));
			rule.getRules().add(new CharacterRule(EnglishCharacterData.LowerCase, 1));
			rule.getRules().add(new CharacterRule(EnglishCharacterData.Digit, 1));
			rule.getRules().add(new CharacterRule(SYMBOLS, 1));
			rule.setNumberOfCharacteristics(CHARACTER_KINDS);
			return rule;
		}

		private static WordListDictionary commonPasswords() {
			try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
				if (in == null) {
					throw new IllegalStateException("security/common-passwords.txt is missing");
				}
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				return new WordListDictionary(WordLists.createFromReader(new Reader[] { reader }, false,
						new ArraysSort()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}
