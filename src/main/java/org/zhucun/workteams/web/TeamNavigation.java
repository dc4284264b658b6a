package org.zhucun.workteams.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TEAM_LEADER;
import static org.zhucun.identity.Role.TEAM_MEMBER;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.NavEntry;
import org.zhucun.shared.platform.NavigationContribution;

/** The work teams in the main menu: the teams in scope for desks, one's own team for team members. */
@Component
class TeamNavigation implements NavigationContribution {

	@Override
	public List<NavEntry> navigation() {
		return List.of(
				NavEntry.link("teams", 30, "nav.teams", "/teams", OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN),
				NavEntry.link("teams.mine", 31, "nav.my-team", "/teams/mine", TEAM_LEADER, TEAM_MEMBER));
	}
}
