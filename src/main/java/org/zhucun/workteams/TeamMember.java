package org.zhucun.workteams;

import java.time.LocalDate;

/**
 * A membership of a team, for other modules: who (the cadre and their name), in which role, from when to when
 * ({@code leftOn} null: active).
 */
public record TeamMember(Long membershipId, Long cadreId, String cadreName, TeamRole role, LocalDate joinedOn,
		LocalDate leftOn) {
}
