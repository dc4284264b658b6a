package org.zhucun.monthlyreports.domain;

import org.zhucun.monthlyreports.ReportState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.zhucun.shared.domain.BusinessRuleException;

/**
 * The monthly report's rules as domain code (DOMAIN §9): which actor may take which transition from which state, the
 * due date of a month, and whether a submission is late (after the due day in the district's time zone).
 */
public final class ReportRules {

	/** The district's time zone, in which the due day is judged. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private ReportRules() {
	}

	/** @return whether the actor may take the action on a report in the state */
	public static boolean allows(ReportActor actor, ReportAction action, ReportState state) {
		return switch (action) {
			case DRAFT -> actor == ReportActor.UNIT && state == null;
			case EDIT, SUBMIT -> actor == ReportActor.UNIT && state != null && state.editable();
			case ACCEPT, RETURN -> actor == ReportActor.OFFICE && state == ReportState.SUBMITTED;
			case REOPEN -> actor == ReportActor.OFFICE && state == ReportState.ACCEPTED;
		};
	}

	/** @return the state a report is in after the action */
	public static ReportState after(ReportAction action, ReportState state) {
		return switch (action) {
			case DRAFT -> ReportState.DRAFT;
			case EDIT -> state;
			case SUBMIT -> ReportState.SUBMITTED;
			case ACCEPT -> ReportState.ACCEPTED;
			case RETURN, REOPEN -> ReportState.RETURNED;
		};
	}

	/**
	 * Refuses the action unless the actor may take it in the state.
	 * @throws BusinessRuleException with {@code monthlyreports.error.not-allowed}
	 */
	public static ReportState check(ReportActor actor, ReportAction action, ReportState state) {
		if (!allows(actor, action, state)) {
			throw BusinessRuleException.global("monthlyreports.error.not-allowed");
		}
		return after(action, state);
	}

	/** @return the due date of the month: the due day, or the month's last day when the month is shorter */
	public static LocalDate dueDate(YearMonth month, int dueDay) {
		return month.atDay(Math.min(Math.max(1, dueDay), month.lengthOfMonth()));
	}

	/** @return whether a submission at the instant is late: on a day after the due date in the district */
	public static boolean late(Instant submittedAt, LocalDate dueDate) {
		return LocalDate.ofInstant(submittedAt, ZONE).isAfter(dueDate);
	}
}
