package org.zhucun.organization;

import java.util.List;
import java.util.Set;

/**
 * What is entered for an aid unit: its details, all its leadership members and (office only) its linked villages.
 * {@code version} is the one the form was built on (0 for a new unit).
 */
public record UnitCommand(String name, UnitKind kind, String phone, String address, List<LeaderCommand> leaders,
		Set<Long> villageIds, long version) {

	public UnitCommand {
		leaders = List.copyOf(leaders);
		villageIds = villageIds == null ? Set.of() : Set.copyOf(villageIds);
	}
}
