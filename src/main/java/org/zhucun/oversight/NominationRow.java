package org.zhucun.oversight;

import java.time.LocalDate;

import org.zhucun.oversight.domain.NominationState;
import org.zhucun.oversight.domain.SubjectKind;

/**
 * A nomination as the list and its page show it.
 * @param nominee the cadre's name, or the team's town and village
 * @param facts the supporting facts as they stood when it was made, one per line
 */
public record NominationRow(Long id, SubjectKind kind, String unitName, String nominee, String award, String reason,
		String facts, LocalDate nominatedOn, NominationState state, String reviewNote, LocalDate reviewedOn,
		long version) {
}
