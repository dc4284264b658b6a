package org.zhucun.organization.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.CardView;
import org.zhucun.shared.platform.CardView.Tone;
import org.zhucun.shared.platform.HomeCard;
import org.zhucun.shared.platform.HomeCardContribution;

/** The organisation's cards on the desks' home pages: villages, units and cadres in scope. */
@Component
class OrganizationHomeCards implements HomeCardContribution {

	@Override
	public List<HomeCard> homeCards() {
		return List.of(card("organization.villages", 80, "/villages", "nav.villages", "home.card.villages"),
				card("organization.units", 81, "/units", "nav.units", "home.card.units"),
				card("organization.cadres", 82, "/cadres", "nav.cadres", "home.card.cadres"));
	}

	private static HomeCard card(String id, int order, String href, String titleKey, String textKey) {
		return HomeCard.of(id, order, () -> Optional.of(CardView.of(titleKey, href, Tone.INFO, textKey)), OFFICE_ADMIN,
				OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN);
	}
}
