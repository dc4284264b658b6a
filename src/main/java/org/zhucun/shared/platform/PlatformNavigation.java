package org.zhucun.shared.platform;

import java.util.List;

import org.springframework.stereotype.Component;

/** The menus that several modules add to: the office's administration menu. */
@Component
class PlatformNavigation implements NavigationContribution {

	@Override
	public List<NavEntry> navigation() {
		return List.of(NavEntry.menu(NavEntry.ADMIN_MENU, 90, "nav.admin"));
	}
}
