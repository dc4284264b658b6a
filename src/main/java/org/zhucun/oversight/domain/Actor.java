package org.zhucun.oversight.domain;

import java.util.Objects;

/**
 * Who acts on a finding, as the domain needs to know it: the office, a town official of a town, an aid unit's liaison
 * of a unit, or someone else (team accounts), with the name recorded in the history.
 */
public record Actor(Kind kind, Long townId, Long unitId, String name) {

	/** The kinds of actor the rules tell apart. */
	public enum Kind {
		OFFICE, TOWN, UNIT, OTHER
	}

	public Actor {
		Objects.requireNonNull(kind, "kind");
	}

	public static Actor office(String name) {
		return new Actor(Kind.OFFICE, null, null, name);
	}

	public static Actor town(Long townId, String name) {
		return new Actor(Kind.TOWN, townId, null, name);
	}

	public static Actor unit(Long unitId, String name) {
		return new Actor(Kind.UNIT, null, unitId, name);
	}

	public static Actor other(String name) {
		return new Actor(Kind.OTHER, null, null, name);
	}

	public boolean isOffice() {
		return this.kind == Kind.OFFICE;
	}
}
