package org.zhucun.shared.platform;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One entry of the main navigation that a module contributes: a link, a drop-down menu, or a link inside a menu.
 * Roles are the names of the roles that see the entry (none: every signed-in user); a menu is shown when one of its
 * links is. A badge is counted only when a whole page with the navigation is rendered, never for exports,
 * fragments or redirects.
 * @param id unique name of the entry, e.g. {@code leave.inbox}
 * @param menu the id of the menu the link belongs to, or {@code null} for the top level
 * @param order place among its siblings, smaller first
 * @param labelKey message key of the text
 * @param href the address, e.g. {@code /villages}; {@code null} for a menu
 * @param roles names of the roles that see the entry; empty for every signed-in user
 * @param badge the count shown beside the text, or {@code null}
 */
public record NavEntry(String id, String menu, int order, String labelKey, String href, Set<String> roles,
		NavBadge badge) {

	/** The office's administration menu, which several modules add to. */
	public static final String ADMIN_MENU = "admin";

	/** @return a top-level link */
	public static NavEntry link(String id, int order, String labelKey, String href, Enum<?>... roles) {
		return new NavEntry(id, null, order, labelKey, href, names(roles), null);
	}

	/** @return a drop-down menu; its links name it as their menu */
	public static NavEntry menu(String id, int order, String labelKey) {
		return new NavEntry(id, null, order, labelKey, null, Set.of(), null);
	}

	/** @return a link inside the menu */
	public static NavEntry item(String menu, String id, int order, String labelKey, String href, Enum<?>... roles) {
		return new NavEntry(id, menu, order, labelKey, href, names(roles), null);
	}

	/** @return this entry with a count beside its text */
	public NavEntry withBadge(NavBadge countOfSignedInUser) {
		return new NavEntry(this.id, this.menu, this.order, this.labelKey, this.href, this.roles, countOfSignedInUser);
	}

	/** @return whether this entry is a drop-down menu */
	public boolean isMenu() {
		return this.href == null;
	}

	private static Set<String> names(Enum<?>... roles) {
		return Arrays.stream(roles).map(Enum::name).collect(Collectors.toUnmodifiableSet());
	}
}
