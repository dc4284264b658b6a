package org.zhucun.attendance;

import java.util.List;

/**
 * The choice of the cadre on the spot check form: the teams in the signed-in account's scope (grouped by town for
 * the office), the team picked (or null), and that team's members to pick from.
 */
public record SpotCheckPicker(List<TeamChoice> teams, Long teamId, List<MemberChoice> members) {

	/** A team to pick: its village and that village's town, and the dispatching unit. */
	public record TeamChoice(Long id, String villageName, Long townId, String townName, String unitName) {
	}

	/** A member of the picked team. */
	public record MemberChoice(Long id, String name) {
	}

	/** @return the town names in the order of the teams, each once, for the groups of the select */
	public List<String> townNames() {
		return this.teams.stream().map(TeamChoice::townName).distinct().toList();
	}

	/** @return the teams of the named town */
	public List<TeamChoice> teamsOf(String townName) {
		return this.teams.stream().filter(t -> t.townName().equals(townName)).toList();
	}
}
