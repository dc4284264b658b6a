package org.zhucun.workteams;

import java.time.LocalDate;

/** What the dispatch of a new team needs: the village, the dispatching unit, the term and a note. */
public record TeamCommand(Long villageId, Long unitId, LocalDate termStart, LocalDate termEnd, String note) {
}
