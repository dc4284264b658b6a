package org.zhucun.organization.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.NavEntry;
import org.zhucun.shared.platform.NavigationContribution;

/** The organisation's pages in the main menu: towns, villages, units, cadres; settings and holidays for the office. */
@Component
class OrganizationNavigation implements NavigationContribution {

	@Override
	public List<NavEntry> navigation() {
		return List.of(NavEntry.link("towns", 20, "nav.towns", "/towns", OFFICE_ADMIN, OFFICE_STAFF),
				NavEntry.link("villages", 21, "nav.villages", "/villages", OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL,
						UNIT_ADMIN),
				NavEntry.link("units", 22, "nav.units", "/units", OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN),
				NavEntry.link("cadres", 23, "nav.cadres", "/cadres", OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL,
						UNIT_ADMIN),
				NavEntry.item(NavEntry.ADMIN_MENU, "admin.settings", 20, "nav.settings", "/admin/settings", OFFICE_ADMIN,
						OFFICE_STAFF),
				NavEntry.item(NavEntry.ADMIN_MENU, "admin.holidays", 30, "nav.holidays", "/admin/holidays",
						OFFICE_ADMIN, OFFICE_STAFF));
	}
}
