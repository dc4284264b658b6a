package org.zhucun.oversight;

import java.time.LocalDate;
import java.time.YearMonth;

import org.zhucun.oversight.domain.FactKind;

/**
 * A fact of a month that a finding can be made from in one click, with the finding already made from it (if any).
 * @param id the spot check's id, or the reduced team's id
 * @param day the day checked, or the last departure's day
 * @param subject the cadre checked, or the team's village
 * @param detail the team's village and town of a check, or the headcount change of a reduction
 * @param unitName the unit answering for it
 * @param href the fact's page
 * @param findingId the finding made from it, or null
 */
public record FactLine(FactKind kind, Long id, YearMonth month, LocalDate day, String subject, String detail,
		String unitName, String href, Long findingId) {

	/** @return this line with the finding made from it, looked up by {@link FindingQueries#key} */
	FactLine withFinding(java.util.Map<String, Long> made) {
		return new FactLine(this.kind, this.id, this.month, this.day, this.subject, this.detail, this.unitName,
				this.href, made.get(FindingQueries.key(this.kind, this.id, this.month == null ? null
						: this.month.toString())));
	}
}
