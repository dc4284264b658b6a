package org.zhucun.oversight;

import java.time.LocalDate;

import org.zhucun.oversight.domain.FindingSource;
import org.zhucun.oversight.domain.SubjectKind;

/**
 * A finding recorded by hand: how it was found, what it is about (the unit; the team or the cadre when it is about
 * one), what was found and the deadline of the rectification.
 */
public record FindingCommand(FindingSource source, SubjectKind subjectKind, Long unitId, Long teamId, Long cadreId,
		String description, LocalDate deadline) {
}
