package org.zhucun.shared.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The main navigation, gathered from every module's {@link NavigationContribution} at start-up and filtered by the
 * signed-in user's role when the layout renders it ({@code ${@navigation.visible()}}). Refuses to start when two
 * entries share an id or a link names a menu that nobody declares.
 */
@Component("navigation")
public class Navigation {

	private static final Logger log = LoggerFactory.getLogger(Navigation.class);

	/** One entry as the layout shows it: a link, or a menu with its links; the badge is counted already. */
	public record Item(String id, String labelKey, String href, long badge, List<Item> children) {

		public boolean isMenu() {
			return this.href == null;
		}
	}

	private final List<NavEntry> topLevel;

	private final Map<String, List<NavEntry>> menus = new HashMap<>();

	public Navigation(List<NavigationContribution> contributions) {
		List<NavEntry> all = contributions.stream().flatMap(c -> c.navigation().stream()).toList();
		Set<String> ids = new HashSet<>();
		for (NavEntry entry : all) {
			if (!ids.add(entry.id())) {
				throw new IllegalStateException("Two navigation entries have the id " + entry.id());
			}
		}
		Comparator<NavEntry> order = Comparator.comparingInt(NavEntry::order).thenComparing(NavEntry::id);
		this.topLevel = all.stream().filter(e -> e.menu() == null).sorted(order).toList();
		Set<String> menuIds = new HashSet<>();
		this.topLevel.stream().filter(NavEntry::isMenu).forEach(m -> menuIds.add(m.id()));
		for (NavEntry entry : all) {
			if (entry.menu() != null) {
				if (!menuIds.contains(entry.menu())) {
					throw new IllegalStateException(
							"Navigation entry " + entry.id() + " names an undeclared menu " + entry.menu());
				}
				this.menus.computeIfAbsent(entry.menu(), k -> new ArrayList<>()).add(entry);
			}
		}
		this.menus.values().forEach(list -> list.sort(order));
	}

	/** @return the entries the signed-in user may see, in order, with their badges counted; empty for visitors */
	public List<Item> visible() {
		Set<String> roles = currentRoles();
		if (roles.isEmpty()) {
			return List.of();
		}
		List<Item> items = new ArrayList<>();
		for (NavEntry entry : this.topLevel) {
			if (entry.isMenu()) {
				List<Item> children = this.menus.getOrDefault(entry.id(), List.of())
					.stream()
					.filter(e -> sees(roles, e))
					.map(e -> new Item(e.id(), e.labelKey(), e.href(), count(e), List.of()))
					.toList();
				if (!children.isEmpty()) {
					long badge = children.stream().mapToLong(Item::badge).max().orElse(0);
					items.add(new Item(entry.id(), entry.labelKey(), null, badge, children));
				}
			}
			else if (sees(roles, entry)) {
				items.add(new Item(entry.id(), entry.labelKey(), entry.href(), count(entry), List.of()));
			}
		}
		return items;
	}

	/** @return every entry that the role sees, menus' links included (for tests and documentation) */
	public List<NavEntry> entriesFor(String role) {
		List<NavEntry> result = new ArrayList<>();
		for (NavEntry entry : this.topLevel) {
			if (entry.isMenu()) {
				this.menus.getOrDefault(entry.id(), List.of())
					.stream()
					.filter(e -> sees(Set.of(role), e))
					.forEach(result::add);
			}
			else if (sees(Set.of(role), entry)) {
				result.add(entry);
			}
		}
		return result;
	}

	private static boolean sees(Set<String> roles, NavEntry entry) {
		return entry.roles().isEmpty() || entry.roles().stream().anyMatch(roles::contains);
	}

	private static long count(NavEntry entry) {
		if (entry.badge() == null) {
			return 0;
		}
		try {
			return entry.badge().count();
		}
		catch (RuntimeException ex) {
			// A badge is a convenience: the page must still render when its count cannot be had.
			log.warn("Navigation badge {} could not be counted: {}", entry.id(), ex.toString());
			return 0;
		}
	}

	/** @return the role names of the signed-in user (without Spring's ROLE_ prefix); empty for visitors */
	static Set<String> currentRoles() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated()) {
			return Set.of();
		}
		Set<String> roles = new HashSet<>();
		for (GrantedAuthority authority : auth.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				roles.add(name.substring("ROLE_".length()));
			}
		}
		return roles;
	}
}
