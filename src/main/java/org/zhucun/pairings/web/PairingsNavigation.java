package org.zhucun.pairings.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TEAM_LEADER;
import static org.zhucun.identity.Role.TEAM_MEMBER;
import static org.zhucun.identity.Role.CADRE;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.NavEntry;
import org.zhucun.shared.platform.NavigationContribution;

/** The pairings menu: a cadre's own households, the household register, the pairings, the overdue list and monitoring. */
@Component
class PairingsNavigation implements NavigationContribution {

	private static final String MENU = "pairings";

	@Override
	public List<NavEntry> navigation() {
		return List.of(NavEntry.menu(MENU, 60, "pairings.nav"),
				NavEntry.item(MENU, "pairings.mine", 5, "pairings.mine.title", "/pairings/mine", TEAM_LEADER,
						TEAM_MEMBER, CADRE),
				NavEntry.item(MENU, "pairings.monitoring", 40, "pairings.monitoring.title", "/monitoring", OFFICE_ADMIN,
						OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN),
				NavEntry.item(MENU, "pairings.overdue", 30, "pairings.overdue.title", "/pairings/overdue", OFFICE_ADMIN,
						OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN),
				NavEntry.item(MENU, "pairings.households", 10, "pairings.households.title", "/households",
						OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN, TEAM_LEADER, TEAM_MEMBER, CADRE),
				NavEntry.item(MENU, "pairings.pairings", 20, "pairings.pairings.title", "/pairings", OFFICE_ADMIN,
						OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN, TEAM_LEADER, TEAM_MEMBER, CADRE));
	}
}
