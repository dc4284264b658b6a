package org.zhucun.audit;

/**
 * One audited property of a record before and after a change, as display text; empty text where there was no value.
 * @param label the property's name in the user's language
 */
public record FieldDifference(String property, String label, String before, String after) {

	public boolean changed() {
		return !this.before.equals(this.after);
	}
}
