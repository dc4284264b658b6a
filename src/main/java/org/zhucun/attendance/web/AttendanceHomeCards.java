package org.zhucun.attendance.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TEAM_LEADER;
import static org.zhucun.identity.Role.TEAM_MEMBER;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.CardView;
import org.zhucun.shared.platform.CardView.Tone;
import org.zhucun.shared.platform.HomeCard;
import org.zhucun.shared.platform.HomeCardContribution;

/** Attendance's cards: one's days for team members, the overview for the office and towns, the monthly sheets. */
@Component
class AttendanceHomeCards implements HomeCardContribution {

	@Override
	public List<HomeCard> homeCards() {
		return List.of(
				HomeCard.of("attendance.mine", 10,
						() -> Optional.of(
								CardView.of("attendance.nav.mine", "/attendance", Tone.INFO, "home.card.attendance")),
						TEAM_LEADER, TEAM_MEMBER),
				HomeCard.of("attendance.overview", 30,
						() -> Optional
							.of(CardView.of("overview.nav", "/attendance/overview", Tone.INFO, "overview.home.card")),
						OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL),
				HomeCard.of("attendance.sheets", 40,
						() -> Optional.of(CardView.of("sheets.nav", "/attendance/sheets", Tone.INFO, "sheets.home.card")),
						TEAM_LEADER, UNIT_ADMIN));
	}
}
