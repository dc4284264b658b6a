package org.zhucun.leave.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TEAM_LEADER;
import static org.zhucun.identity.Role.TEAM_MEMBER;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhucun.leave.LeaveService;
import org.zhucun.shared.platform.CardView;
import org.zhucun.shared.platform.CardView.Tone;
import org.zhucun.shared.platform.HomeCard;
import org.zhucun.shared.platform.HomeCardContribution;

/** Leave's cards: the approvals waiting for the approver (one count), one's own requests for team members. */
@Component
class LeaveHomeCards implements HomeCardContribution {

	private final LeaveService leave;

	LeaveHomeCards(LeaveService leave) {
		this.leave = leave;
	}

	@Override
	public List<HomeCard> homeCards() {
		return List.of(HomeCard.of("leave.inbox", 15, this::inbox, TEAM_LEADER, TOWN_OFFICIAL, OFFICE_ADMIN, OFFICE_STAFF),
				HomeCard.of("leave.mine", 50,
						() -> Optional
							.of(CardView.of("leave.nav.mine", "/leave-requests/mine", Tone.INFO, "home.card.leave")),
						TEAM_LEADER, TEAM_MEMBER));
	}

	private Optional<CardView> inbox() {
		long waiting = this.leave.pendingCount();
		return Optional.of(CardView.of("leave.nav.inbox", "/leave-requests/inbox", waiting > 0 ? Tone.ACTION : Tone.OK,
				"leave.card.inbox.waiting", waiting).line("home.card.inbox"));
	}
}
