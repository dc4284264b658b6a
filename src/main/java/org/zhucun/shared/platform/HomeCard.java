package org.zhucun.shared.platform;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One card of the home page: for which roles, where it stands, and how it is computed. The view is computed only
 * when the home page is rendered for a user of one of the roles, with the user signed in, and must cost one query
 * at most; an empty view hides the card (e.g. a member who serves in no team).
 * @param id unique name of the card, e.g. {@code attendance.today}
 * @param order place on the page, smaller first
 * @param roles names of the roles that see the card
 * @param view computes what the card shows for the signed-in user
 */
public record HomeCard(String id, int order, Set<String> roles, Supplier<Optional<CardView>> view) {

	/** @return a card for the roles */
	public static HomeCard of(String id, int order, Supplier<Optional<CardView>> view, Enum<?>... roles) {
		return new HomeCard(id, order, Arrays.stream(roles).map(Enum::name).collect(Collectors.toUnmodifiableSet()),
				view);
	}
}
