package org.zhucun.oversight.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.oversight.FindingService;
import org.zhucun.shared.platform.NavEntry;
import org.zhucun.shared.platform.NavigationContribution;

/**
 * The supervision menu: the findings (with the count that waits for the user: answers to verify for the office,
 * findings to answer for a unit), and the office's facts of the month and form.
 */
@Component
class OversightNavigation implements NavigationContribution {

	private static final String MENU = "oversight";

	private final FindingService findings;

	OversightNavigation(FindingService findings) {
		this.findings = findings;
	}

	@Override
	public List<NavEntry> navigation() {
		return List.of(NavEntry.menu(MENU, 80, "oversight.nav"),
				NavEntry.item(MENU, "oversight.findings", 10, "oversight.nav.findings", "/oversight/findings",
						OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN)
					.withBadge(this.findings::badgeCount),
				NavEntry.item(MENU, "oversight.facts", 20, "oversight.nav.facts", "/oversight/findings/facts",
						OFFICE_ADMIN, OFFICE_STAFF),
				NavEntry.item(MENU, "oversight.new", 30, "oversight.nav.new", "/oversight/findings/new", OFFICE_ADMIN,
						OFFICE_STAFF),
				NavEntry.item(MENU, "oversight.interviews", 40, "oversight.nav.interviews", "/oversight/interviews",
						OFFICE_ADMIN, OFFICE_STAFF, UNIT_ADMIN),
				NavEntry.item(MENU, "oversight.notices", 60, "oversight.nav.notices", "/oversight/notices", OFFICE_ADMIN,
						OFFICE_STAFF, UNIT_ADMIN),
				NavEntry.item(MENU, "oversight.stories", 70, "oversight.nav.stories", "/oversight/stories"),
				NavEntry.item(MENU, "oversight.nominations", 80, "oversight.nav.nominations", "/oversight/nominations",
						OFFICE_ADMIN, OFFICE_STAFF, UNIT_ADMIN),
				NavEntry.item(MENU, "oversight.recalls", 50, "oversight.nav.recalls", "/oversight/recalls", OFFICE_ADMIN,
						OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN));
	}
}
