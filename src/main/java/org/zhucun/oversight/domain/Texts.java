package org.zhucun.oversight.domain;

import org.zhucun.shared.domain.BusinessRuleException;

/** The one check of the module's required texts: present, stripped, not too long. */
final class Texts {

	private Texts() {
	}

	/**
	 * @return the text stripped
	 * @throws BusinessRuleException beside the field: {@code key-required} when blank, {@code key-too-long} when longer
	 * than max
	 */
	static String required(String field, String value, int max, String key) {
		if (value == null || value.isBlank()) {
			throw new BusinessRuleException(field, key + "-required");
		}
		String cleaned = value.strip();
		if (cleaned.length() > max) {
			throw new BusinessRuleException(field, key + "-too-long", max);
		}
		return cleaned;
	}
}
