package org.zhucun.shared.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The home page's cards, gathered from every module's {@link HomeCardContribution} at start-up and computed for the
 * signed-in user when the home page is rendered. A card that fails to compute is shown without its figures, so one
 * module's trouble never takes the home page down.
 */
@Component
public class HomeCards {

	private static final Logger log = LoggerFactory.getLogger(HomeCards.class);

	/** A card as the home page shows it: its view, or only its id when it could not be computed. */
	public record Shown(String id, CardView view, boolean failed) {
	}

	private final List<HomeCard> cards;

	public HomeCards(List<HomeCardContribution> contributions) {
		this.cards = contributions.stream()
			.flatMap(c -> c.homeCards().stream())
			.sorted(Comparator.comparingInt(HomeCard::order).thenComparing(HomeCard::id))
			.toList();
		Set<String> ids = new HashSet<>();
		this.cards.forEach(card -> {
			if (!ids.add(card.id())) {
				throw new IllegalStateException("Two home cards have the id " + card.id());
			}
		});
	}

	/** @return the signed-in user's cards, computed now, in order */
	public List<Shown> forCurrentUser() {
		Set<String> roles = Navigation.currentRoles();
		List<Shown> shown = new ArrayList<>();
		for (HomeCard card : this.cards) {
			if (card.roles().stream().noneMatch(roles::contains)) {
				continue;
			}
			try {
				Optional<CardView> view = card.view().get();
				view.ifPresent(v -> shown.add(new Shown(card.id(), v, false)));
			}
			catch (org.springframework.security.access.AccessDeniedException ex) {
				log.debug("Home card {} not shown: {}", card.id(), ex.getMessage());
			}
			catch (RuntimeException ex) {
				log.warn("Home card {} could not be computed", card.id(), ex);
				shown.add(new Shown(card.id(), null, true));
			}
		}
		return shown;
	}

	/** @return the ids of the cards the role may see, in order (for tests and documentation) */
	public List<String> idsFor(String role) {
		return this.cards.stream().filter(c -> c.roles().contains(role)).map(HomeCard::id).toList();
	}
}
