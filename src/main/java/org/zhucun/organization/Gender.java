package org.zhucun.organization;

/** Gender of a cadre or leader. */
public enum Gender {
	MALE, FEMALE
}
