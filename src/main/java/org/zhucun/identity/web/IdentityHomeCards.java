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

/** The administrator's accounts card, and the password card on the phones of team members. */
@Component
class IdentityHomeCards implements HomeCardContribution {

	private final AccountService accounts;

	IdentityHomeCards(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public List<HomeCard> homeCards() {
		return List.of(
				HomeCard.of("identity.repeated-lockouts", 10, () -> {
					long alerts = this.accounts.repeatedLockoutAlerts();
					return alerts == 0 ? Optional.empty()
							: Optional.of(CardView.of("home.card.repeated-lockouts.title",
									"/admin/audit/logins?kind=REPEATED_LOCKOUT", Tone.ACTION,
									"home.card.repeated-lockouts", alerts));
				}, Role.OFFICE_ADMIN),
				HomeCard.of("identity.accounts", 90,
						() -> Optional.of(CardView.of("nav.accounts", "/admin/accounts", Tone.INFO, "home.card.accounts")),
						Role.OFFICE_ADMIN),
				HomeCard.of("identity.password", 95,
						() -> Optional.of(
								CardView.of("nav.change-password", "/account/password", Tone.INFO, "home.card.password")),
						Role.TEAM_LEADER, Role.TEAM_MEMBER));
	}
}
