package org.zhucun.notifications.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.notifications.Notifications;
import org.zhucun.shared.platform.NavEntry;
import org.zhucun.shared.platform.NavigationContribution;

/** The bell: a link to the notification centre for everyone signed in, with the count of unread notices. */
@Component
class NotificationsNavigation implements NavigationContribution {

	private final Notifications notifications;

	NotificationsNavigation(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public List<NavEntry> navigation() {
		return List.of(NavEntry.link("notifications", 990, "notifications.nav", "/notifications")
			.withBadge(this.notifications::unreadCount));
	}
}
