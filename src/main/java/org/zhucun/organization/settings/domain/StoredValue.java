package org.zhucun.organization.settings.domain;

import java.time.LocalDate;

/**
 * A stored value of a policy setting as {@link SettingResolver} reads it: the setting's key, the day it holds from and
 * the value. The entity {@link PolicySettingValue} is one; the settings read for a page in SQL are another.
 */
public interface StoredValue {

	String getKey();

	LocalDate getValidFrom();

	String getValue();
}
