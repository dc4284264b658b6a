package org.zhucun.identity.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.identity.Role;
import org.zhucun.shared.platform.NavEntry;
import org.zhucun.shared.platform.NavigationContribution;

/** The administrator's account pages in the administration menu. */
@Component
class IdentityNavigation implements NavigationContribution {

	@Override
	public List<NavEntry> navigation() {
		return List.of(NavEntry.item(NavEntry.ADMIN_MENU, "admin.accounts", 10, "nav.accounts", "/admin/accounts",
				Role.OFFICE_ADMIN));
	}
}
