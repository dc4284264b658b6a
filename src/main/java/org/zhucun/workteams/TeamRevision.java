package org.zhucun.workteams;

import java.time.LocalDate;

/** What the edit form of a team changes: the planned end of the term and the note, on the version it was opened on. */
public record TeamRevision(LocalDate termEnd, String note, long version) {
}
