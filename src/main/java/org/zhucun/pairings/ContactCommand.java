package org.zhucun.pairings;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.zhucun.pairings.domain.ContactKind;
import org.zhucun.pairings.domain.ContactLog;
import org.zhucun.pairings.domain.Satisfaction;

/** What the contact form gives: the day, the kind, the standard check, notes, satisfaction and where. */
public record ContactCommand(LocalDate contactDate, ContactKind kind, ContactLog.Check check, ContactLog.Notes notes,
		Satisfaction satisfaction, BigDecimal latitude, BigDecimal longitude) {
}
