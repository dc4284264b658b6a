package org.zhucun.oversight;

import java.time.LocalDate;

import org.zhucun.oversight.domain.FindingSource;
import org.zhucun.oversight.domain.FindingState;
import org.zhucun.oversight.domain.SubjectKind;

/**
 * One finding in a list, with the names of its unit, team's village, town and cadre.
 * @param overdue whether the rectification is still to be done and the deadline has passed
 */
public record FindingRow(Long id, FindingSource source, SubjectKind subjectKind, Long unitId, String unitName,
		Long teamId, String villageName, String townName, Long cadreId, String cadreName, String description,
		LocalDate deadline, LocalDate foundOn, FindingState state, boolean overdue, LocalDate escalatedOn) {

	/** @return the subject's name: the cadre, the team's village, or the unit */
	public String subjectName() {
		return switch (this.subjectKind) {
			case CADRE -> this.cadreName;
			case TEAM -> this.villageName;
			case UNIT -> this.unitName;
		};
	}
}
