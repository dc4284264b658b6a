package org.zhucun.attendance;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhucun.shared.audit.AuditRevisions;
import org.zhucun.attendance.domain.DayRecord;
import org.zhucun.attendance.domain.DayRecordRepository;
import org.zhucun.leave.LeaveDaysGranted;
import org.zhucun.leave.LeaveDaysWithdrawn;
import org.zhucun.workteams.TeamAssignment;
import org.zhucun.workteams.WorkTeams;

/**
 * Turns the leave module's decisions into day records: granted days become {@code LEAVE} (over any declaration),
 * withdrawn days of the same request are emptied again. Each event is handled once per publication, after the
 * leave decision committed, in its own transaction; handling it twice changes nothing.
 */
@Component
class LeaveDaysListener {

	private final DayRecordRepository records;

	private final WorkTeams workTeams;

	private final AuditRevisions revisions;

	LeaveDaysListener(DayRecordRepository records, WorkTeams workTeams, AuditRevisions revisions) {
		this.records = records;
		this.workTeams = workTeams;
		this.revisions = revisions;
	}

	@ApplicationModuleListener
	void on(LeaveDaysGranted event) {
		// The LEAVE days name the approver in the audit trail, not the application.
		this.revisions.actingFor(event.decidedBy(), () -> grant(event));
	}

	private void grant(LeaveDaysGranted event) {
		Map<LocalDate, DayRecord> existing = existing(event);
		for (LocalDate day : event.days()) {
			DayRecord record = existing.get(day);
			if (record != null) {
				record.markLeave(event.requestId());
			}
			else {
				Long teamId = this.workTeams.activeTeamOf(event.cadreId(), day).map(TeamAssignment::teamId).orElse(null);
				this.records.save(DayRecord.leave(event.cadreId(), teamId, day, event.requestId()));
			}
		}
	}

	@ApplicationModuleListener
	void on(LeaveDaysWithdrawn event) {
		this.revisions.actingFor(event.decidedBy(), () -> withdraw(event));
	}

	private void withdraw(LeaveDaysWithdrawn event) {
		for (DayRecord record : this.records.findByCadreIdAndDayIn(event.cadreId(), event.days())) {
			if (record.clearLeave(event.requestId())) {
				this.records.delete(record);
			}
		}
	}

	private Map<LocalDate, DayRecord> existing(LeaveDaysGranted event) {
		return this.records.findByCadreIdAndDayIn(event.cadreId(), event.days())
			.stream()
			.collect(Collectors.toMap(DayRecord::getDay, Function.identity()));
	}
}
