package org.zhucun.purchases.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.zhucun.purchases.ShareService;
import org.zhucun.purchases.UnitCard;
import org.zhucun.shared.platform.CardView;
import org.zhucun.shared.platform.CardView.Tone;
import org.zhucun.shared.platform.HomeCard;
import org.zhucun.shared.platform.HomeCardContribution;
import org.zhucun.shared.web.Formats;

/**
 * Consumption aid's home cards (one query each): the unit administrator's progress this year and purchases waiting
 * for payment; the office's count of units behind their pace.
 */
@org.springframework.stereotype.Component
class PurchaseHomeCards implements HomeCardContribution {

	private final ShareService shares;

	private final Formats formats;

	PurchaseHomeCards(ShareService shares, Formats formats) {
		this.shares = shares;
		this.formats = formats;
	}

	@Override
	public List<HomeCard> homeCards() {
		return List.of(HomeCard.of("purchases.unit", 40, this::unit, UNIT_ADMIN),
				HomeCard.of("purchases.office", 40, this::office, OFFICE_ADMIN, OFFICE_STAFF));
	}

	private Optional<CardView> unit() {
		UnitCard card = this.shares.unitCard();
		CardView view;
		if (card.exempt()) {
			view = CardView.of("purchase.card.title", "/purchases/shares", Tone.INFO, "purchase.card.exempt",
					this.formats.money(card.counted()));
		}
		else if (card.target() == null) {
			view = CardView.of("purchase.card.title", "/purchases/shares", Tone.INFO, "purchase.card.no-target",
					this.formats.money(card.counted()));
		}
		else {
			view = CardView.of("purchase.card.title", "/purchases/shares", card.behind() ? Tone.PROBLEM : Tone.OK,
					card.behind() ? "purchase.card.progress-behind" : "purchase.card.progress",
					this.formats.money(card.counted()), this.formats.money(card.target()), percent(card.progress()));
		}
		if (card.waiting() > 0) {
			view = view.link("/purchases?status=RECEIVED", Tone.ACTION, "purchase.card.waiting",
					String.valueOf(card.waiting()), this.formats.money(card.waitingAmount()));
		}
		return Optional.of(view.link("/purchases/new", null, "purchase.new"));
	}

	private Optional<CardView> office() {
		long behind = this.shares.behindCount();
		return Optional.of(CardView.of("purchase.card.title", "/purchases/overview", behind > 0 ? Tone.ACTION : Tone.OK,
				"purchase.card.behind", String.valueOf(behind)));
	}

	private static String percent(BigDecimal share) {
		return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
	}
}
