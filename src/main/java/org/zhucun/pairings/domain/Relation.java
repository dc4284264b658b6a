package org.zhucun.pairings.domain;

/** A member's relation to the head of the household. */
public enum Relation {

	HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD, SIBLING, OTHER
}
