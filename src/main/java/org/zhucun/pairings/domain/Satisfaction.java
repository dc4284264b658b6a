package org.zhucun.pairings.domain;

/** The family's satisfaction with the help: 满意, 基本满意, 不满意. */
public enum Satisfaction {

	SATISFIED, BASICALLY, DISSATISFIED
}
