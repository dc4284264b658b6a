package org.zhucun.pairings.domain;

import java.time.LocalDate;

/**
 * The contact rule of a paired household (DOMAIN §7): at least one contact (of any kind) per contact period and one
 * home visit per home-visit period, periods of whole months counted from January (1 month and 3 months: every month
 * and every quarter).
 *
 * <p>A period is owed when the household was paired on its first day and has stayed paired since (a handover to
 * another cadre is no break; a pairing that starts in the middle of a period owes from the next one). A household is
 * <em>overdue</em> when the last complete period was owed and it has had no contact (home visit) since that period
 * began: a contact in the current period ends it. It is <em>due</em> while the current period has no contact (home
 * visit) yet. The same rule is written in SQL by the lists ({@link #overdueSince}).
 * @param contactMonths length of a contact period in months (1..12)
 * @param homeVisitMonths length of a home-visit period in months (1..12)
 */
public record ContactRule(int contactMonths, int homeVisitMonths) {

	public ContactRule {
		if (contactMonths < 1 || contactMonths > 12 || homeVisitMonths < 1 || homeVisitMonths > 12) {
			throw new IllegalArgumentException("periods of 1 to 12 months");
		}
	}

	/** Where a paired household stands on a day. */
	public record Status(boolean contactOverdue, boolean homeVisitOverdue, boolean contactDue, boolean homeVisitDue) {

		/** @return whether a contact or a home visit is overdue */
		public boolean overdue() {
			return this.contactOverdue || this.homeVisitOverdue;
		}

		/** @return whether the household is to be visited or called in the current period */
		public boolean toDo() {
			return this.contactDue || this.homeVisitDue;
		}
	}

	/** @return the first day of the period of {@code months} months that holds the day */
	public static LocalDate periodStart(LocalDate day, int months) {
		int first = (day.getMonthValue() - 1) / months * months + 1;
		return LocalDate.of(day.getYear(), first, 1);
	}

	/** @return the first day of the last complete period before the one holding the day */
	public static LocalDate overdueSince(LocalDate day, int months) {
		return periodStart(periodStart(day, months).minusDays(1), months);
	}

	/**
	 * @param pairedSince since when the household has been paired without a break, or {@code null} when it is not
	 * paired now
	 * @param lastContact the last contact of any kind, or {@code null}
	 * @param lastHomeVisit the last home visit, or {@code null}
	 * @param today the day judged
	 */
	public Status status(LocalDate pairedSince, LocalDate lastContact, LocalDate lastHomeVisit, LocalDate today) {
		if (pairedSince == null || pairedSince.isAfter(today)) {
			return new Status(false, false, false, false);
		}
		LocalDate contactSince = overdueSince(today, this.contactMonths);
		LocalDate visitSince = overdueSince(today, this.homeVisitMonths);
		boolean contactOverdue = !pairedSince.isAfter(contactSince) && before(lastContact, contactSince);
		boolean visitOverdue = !pairedSince.isAfter(visitSince) && before(lastHomeVisit, visitSince);
		boolean contactDue = before(lastContact, periodStart(today, this.contactMonths));
		boolean visitDue = before(lastHomeVisit, periodStart(today, this.homeVisitMonths));
		return new Status(contactOverdue, visitOverdue, contactDue, visitDue);
	}

	private static boolean before(LocalDate day, LocalDate limit) {
		return day == null || day.isBefore(limit);
	}
}
