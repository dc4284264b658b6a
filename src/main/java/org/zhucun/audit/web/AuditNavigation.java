package org.zhucun.audit.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.identity.Role;
import org.zhucun.shared.platform.NavEntry;
import org.zhucun.shared.platform.NavigationContribution;

/** The audit trail and the sign-in log in the administration menu. */
@Component
class AuditNavigation implements NavigationContribution {

	@Override
	public List<NavEntry> navigation() {
		return List.of(
				NavEntry.item(NavEntry.ADMIN_MENU, "admin.audit", 40, "nav.audit", "/admin/audit", Role.OFFICE_ADMIN,
						Role.OFFICE_STAFF),
				NavEntry.item(NavEntry.ADMIN_MENU, "admin.logins", 50, "nav.login-log", "/admin/audit/logins",
						Role.OFFICE_ADMIN, Role.OFFICE_STAFF));
	}
}
