package org.zhucun.identity.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhucun.identity.AccountService;
import org.zhucun.identity.Role;
import org.zhucun.shared.platform.CardView;
import org.zhucun.shared.platform.CardView.Tone;
import org.zhucun.shared.platform.HomeCard;
import org.zhucun.shared.platform.HomeCardContribution;

/** The administrator's card of today's work: the accounts locked now, to unlock when their users ask (one count). */
@Component
class IdentityHomeCards implements HomeCardContribution {

	private final AccountService accounts;

	IdentityHomeCards(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public List<HomeCard> homeCards() {
		return List.of(HomeCard.of("identity.locked", 90, this::locked, Role.OFFICE_ADMIN),
				HomeCard.of("identity.repeated-lockouts", 10, () -> {
					long alerts = this.accounts.repeatedLockoutAlerts();
					return alerts == 0 ? Optional.empty()
							: Optional.of(CardView.of("home.card.repeated-lockouts.title",
									"/admin/audit/logins?kind=REPEATED_LOCKOUT", Tone.ACTION,
									"home.card.repeated-lockouts", alerts));
				}, Role.OFFICE_ADMIN));
	}

	private Optional<CardView> locked() {
		long locked = this.accounts.lockedCount();
		return Optional.of(CardView.of("account.card.locked.title", "/admin/accounts?status=LOCKED",
				locked > 0 ? Tone.ACTION : Tone.OK, "account.card.locked.count", locked));
	}
}
