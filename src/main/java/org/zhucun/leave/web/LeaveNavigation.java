package org.zhucun.leave.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TEAM_LEADER;
import static org.zhucun.identity.Role.TEAM_MEMBER;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.leave.LeaveService;
import org.zhucun.shared.platform.NavEntry;
import org.zhucun.shared.platform.NavigationContribution;

/**
 * The leave menu: one's requests, the approvals waiting (with their count, counted only when a page with the menu
 * is rendered), the list and the yearly totals, and the administrator's form to record leave for a cadre.
 */
@Component
class LeaveNavigation implements NavigationContribution {

	private static final String MENU = "leave";

	private final LeaveService leave;

	LeaveNavigation(LeaveService leave) {
		this.leave = leave;
	}

	@Override
	public List<NavEntry> navigation() {
		return List.of(NavEntry.menu(MENU, 50, "leave.nav"),
				NavEntry.item(MENU, "leave.mine", 10, "leave.nav.mine", "/leave-requests/mine", TEAM_LEADER,
						TEAM_MEMBER),
				NavEntry.item(MENU, "leave.inbox", 20, "leave.nav.inbox", "/leave-requests/inbox", TEAM_LEADER,
						TOWN_OFFICIAL, OFFICE_ADMIN, OFFICE_STAFF)
					.withBadge(this.leave::pendingCount),
				NavEntry.item(MENU, "leave.list", 30, "leave.nav.list", "/leave-requests", TEAM_LEADER, TOWN_OFFICIAL,
						UNIT_ADMIN, OFFICE_ADMIN, OFFICE_STAFF),
				NavEntry.item(MENU, "leave.totals", 40, "leave.nav.totals", "/leave-requests/totals", TEAM_LEADER,
						TOWN_OFFICIAL, UNIT_ADMIN, OFFICE_ADMIN, OFFICE_STAFF),
				NavEntry.item(MENU, "leave.record", 50, "leave.new.office-title", "/leave-requests/new", OFFICE_ADMIN));
	}
}
