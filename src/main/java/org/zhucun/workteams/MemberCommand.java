package org.zhucun.workteams;

import java.time.LocalDate;

/** What adding a cadre to a team needs: the cadre, their role, the day they join and a note. */
public record MemberCommand(Long cadreId, TeamRole role, LocalDate joinedOn, String note) {
}
