package org.zhucun.attendance.web;

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

/** Attendance in the main menu: one's days, the leader's week, the overview, monthly sheets and spot checks. */
@Component
class AttendanceNavigation implements NavigationContribution {

	@Override
	public List<NavEntry> navigation() {
		return List.of(NavEntry.link("attendance.mine", 40, "attendance.nav.mine", "/attendance", TEAM_LEADER,
				TEAM_MEMBER),
				NavEntry.link("attendance.week", 41, "attendance.nav.week", "/attendance/week", TEAM_LEADER),
				NavEntry.link("attendance.overview", 42, "overview.nav", "/attendance/overview", OFFICE_ADMIN,
						OFFICE_STAFF, TOWN_OFFICIAL),
				NavEntry.link("attendance.sheets", 43, "sheets.nav", "/attendance/sheets", TEAM_LEADER, UNIT_ADMIN),
				NavEntry.link("attendance.spot-checks", 44, "spotchecks.nav", "/attendance/spot-checks", OFFICE_ADMIN,
						OFFICE_STAFF, TOWN_OFFICIAL),
				NavEntry.link("attendance.reviews", 45, "attendance.nav.reviews", "/attendance/reviews", OFFICE_ADMIN,
						OFFICE_STAFF, TOWN_OFFICIAL));
	}
}
