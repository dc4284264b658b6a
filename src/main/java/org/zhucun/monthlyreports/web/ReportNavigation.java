package org.zhucun.monthlyreports.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.monthlyreports.ReportHome;
import org.zhucun.shared.platform.NavEntry;
import org.zhucun.shared.platform.NavigationContribution;

/** The monthly reports link: the unit's reports, the month's completeness for the office (with the waiting count). */
@Component
class ReportNavigation implements NavigationContribution {

	private final ReportHome home;

	ReportNavigation(ReportHome home) {
		this.home = home;
	}

	@Override
	public List<NavEntry> navigation() {
		return List.of(NavEntry.link("monthlyreports", 70, "monthlyreports.nav", "/monthly-reports", UNIT_ADMIN,
				TOWN_OFFICIAL, OFFICE_ADMIN, OFFICE_STAFF).withBadge(this.home::waitingForSignedIn));
	}
}
