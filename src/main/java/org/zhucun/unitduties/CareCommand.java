package org.zhucun.unitduties;

import java.time.LocalDate;

import org.zhucun.unitduties.domain.CareKind;

/** A record of care to add: the unit, the kind, the cadre, the day, what (or the note) and by whom (family visits). */
public record CareCommand(Long unitId, CareKind kind, Long cadreId, LocalDate day, String what, String by) {
}
