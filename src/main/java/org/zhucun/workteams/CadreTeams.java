package org.zhucun.workteams;

import java.util.List;

/** A cadre's page of team service: who they are and their memberships, latest first. */
public record CadreTeams(Long cadreId, String name, Long unitId, String unitName, String position, String phone,
		boolean active, List<CadreMembership> memberships) {

	public CadreTeams {
		memberships = List.copyOf(memberships);
	}
}
