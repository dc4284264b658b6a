package org.zhucun.oversight;

import org.springframework.stereotype.Component;
import org.zhucun.notifications.Notifications;
import org.zhucun.oversight.domain.Finding;
import org.zhucun.oversight.domain.Notice;

/**
 * What oversight tells others through the notification centre: the unit when its finding is assigned, sent back or
 * closed; the office when the unit answers; the unit, its town and the office when a finding becomes overdue; every
 * unit a published notice names. Each notice carries a dedup key naming its occasion (a step of the finding's
 * history, the escalation, the publication), so that it is sent once.
 */
@Component
class OversightNotifications {

	private final Notifications notifications;

	OversightNotifications(Notifications notifications) {
		this.notifications = notifications;
	}

	/** Tells the unit its finding was handed to it, with the deadline. */
	void assigned(Finding finding) {
		toUnit(finding, "assigned");
	}

	/** Tells the unit its answer was sent back. */
	void sentBack(Finding finding) {
		toUnit(finding, "sent-back");
	}

	/** Tells the unit its finding was verified and closed. */
	void closed(Finding finding) {
		toUnit(finding, "closed");
	}

	/** Tells the office the unit answered, to verify. */
	void answered(Finding finding) {
		this.notifications.sendToOffice("oversight.finding-answered", "oversight.notification.answered",
				args(finding), href(finding), occasion(finding, "answered"));
	}

	/** Tells the unit, the town the finding is kept under (if any) and the office that the finding is overdue. */
	void overdue(Finding finding) {
		String key = "oversight.finding-overdue." + finding.getId();
		this.notifications.sendToUnit(finding.unitId(), "oversight.finding-overdue", "oversight.notification.overdue",
				args(finding), href(finding), key + ".unit");
		if (finding.subject().townId() != null) {
			this.notifications.sendToTown(finding.subject().townId(), "oversight.finding-overdue",
					"oversight.notification.overdue", args(finding), href(finding), key + ".town");
		}
		this.notifications.sendToOffice("oversight.finding-overdue", "oversight.notification.overdue", args(finding),
				href(finding), key + ".office");
	}

	/** Tells every unit the published notice names that it is there to read. */
	void published(Notice notice) {
		for (Long unitId : notice.unitIds()) {
			this.notifications.sendToUnit(unitId, "oversight.notice-published", "oversight.notification.published",
					new Object[] { notice.number(), notice.title() }, "/oversight/notices/" + notice.getId(),
					"oversight.notice-published." + notice.getId() + ".unit-" + unitId);
		}
	}

	private void toUnit(Finding finding, String what) {
		this.notifications.sendToUnit(finding.unitId(), "oversight.finding-" + what, "oversight.notification." + what,
				args(finding), href(finding), occasion(finding, what));
	}

	private static Object[] args(Finding finding) {
		return new Object[] { finding.getId(), finding.deadline().toString() };
	}

	private static String href(Finding finding) {
		return "/oversight/findings/" + finding.getId();
	}

	/** @return the dedup key of the step just taken: the finding, the step and its place in the history */
	private static String occasion(Finding finding, String what) {
		return "oversight.finding-" + what + "." + finding.getId() + "." + finding.steps().size();
	}
}
