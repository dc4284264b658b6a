package org.zhucun.workteams;

import java.time.LocalDate;

/** A membership of a team, for other modules: who, in which role, from when to when ({@code leftOn} null: active). */
public record TeamMember(Long membershipId, Long cadreId, TeamRole role, LocalDate joinedOn, LocalDate leftOn) {
}
