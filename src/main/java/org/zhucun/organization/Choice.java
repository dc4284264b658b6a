package org.zhucun.organization;

import java.util.List;

/** A record to choose in a drop-down or a filter: its id and display name. */
public record Choice(Long id, String name) {

	/** @return the name of the choice with this id among the choices, or null (no id, or not among them) */
	public static String nameOf(List<Choice> choices, Long id) {
		return id == null ? null
				: choices.stream().filter(c -> c.id().equals(id)).map(Choice::name).findFirst().orElse(null);
	}
}
