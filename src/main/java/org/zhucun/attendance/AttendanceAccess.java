package org.zhucun.attendance;

import java.util.Objects;

import org.springframework.stereotype.Component;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.workteams.WorkTeams;

/**
 * Who may read a cadre's attendance (DOMAIN §1), written once: the cadre themself, the office, the town official
 * of the town of the cadre's team's village, the administrator of the cadre's aid unit, and the cadre's team leader.
 * Everyone else is refused (HTTP 403).
 */
@Component
class AttendanceAccess {

	private final ScopeService scopes;

	private final WorkTeams workTeams;

	AttendanceAccess(ScopeService scopes, WorkTeams workTeams) {
		this.scopes = scopes;
		this.workTeams = workTeams;
	}

	/** The facts the rule judges: the cadre, their aid unit, their team and its village's town (both may be null). */
	record Subject(Long cadreId, Long unitId, Long teamId, Long townId) {
	}

	/** Refuses anyone but a team leader or member bound to a cadre; returns the scope of the one who may. */
	DataScope ownCadre() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isTeam() && scope.cadreId() != null);
		return scope;
	}

	/** Refuses reading the subject's attendance outside the signed-in account's scope. */
	DataScope read(Subject subject) {
		DataScope scope = this.scopes.current();
		this.scopes.require(canRead(scope, subject));
		return scope;
	}

	boolean canRead(DataScope scope, Subject subject) {
		if (scope.isOffice()) {
			return true;
		}
		if (scope.isTown()) {
			return subject.townId() != null && Objects.equals(scope.townId(), subject.townId());
		}
		if (scope.isUnit()) {
			return subject.unitId() != null && Objects.equals(scope.unitId(), subject.unitId());
		}
		if (scope.isTeam() && scope.cadreId() != null) {
			return scope.cadreId().equals(subject.cadreId())
					|| (subject.teamId() != null && this.workTeams.leads(scope.cadreId(), subject.teamId()));
		}
		return false;
	}
}
