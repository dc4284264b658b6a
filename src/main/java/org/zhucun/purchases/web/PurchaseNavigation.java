package org.zhucun.purchases.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.NavEntry;
import org.zhucun.shared.platform.NavigationContribution;

/** The consumption-aid menu: purchases, reserved shares, and the office's channels and categories. */
@Component
class PurchaseNavigation implements NavigationContribution {

	private static final String MENU = "purchases";

	@Override
	public List<NavEntry> navigation() {
		return List.of(NavEntry.menu(MENU, 70, "purchase.nav"),
				NavEntry.item(MENU, "purchases.list", 10, "purchase.nav.list", "/purchases", UNIT_ADMIN, TOWN_OFFICIAL,
						OFFICE_ADMIN, OFFICE_STAFF),
				NavEntry.item(MENU, "purchases.new", 20, "purchase.new", "/purchases/new", UNIT_ADMIN, OFFICE_ADMIN),
				NavEntry.item(MENU, "purchases.shares", 30, "purchase.nav.shares", "/purchases/shares", UNIT_ADMIN,
						TOWN_OFFICIAL, OFFICE_ADMIN, OFFICE_STAFF),
				NavEntry.item(MENU, "purchases.overview", 40, "purchase.nav.overview", "/purchases/overview",
						OFFICE_ADMIN, OFFICE_STAFF),
				NavEntry.item(MENU, "purchases.channels", 50, "purchase.nav.channels", "/purchases/channels",
						OFFICE_ADMIN, OFFICE_STAFF),
				NavEntry.item(MENU, "purchases.categories", 60, "purchase.nav.categories", "/purchases/categories",
						OFFICE_ADMIN, OFFICE_STAFF));
	}
}
