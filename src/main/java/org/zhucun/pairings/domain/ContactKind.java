package org.zhucun.pairings.domain;

/** How a cadre contacted a household: 入户 or 电话. */
public enum ContactKind {

	HOME_VISIT, PHONE
}
