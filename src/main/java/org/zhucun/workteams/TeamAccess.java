package org.zhucun.workteams;

import java.util.Collection;

import org.springframework.stereotype.Component;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.workteams.domain.TeamQueries;
import org.zhucun.workteams.domain.TeamQueries.TeamCriteria;
import org.zhucun.workteams.domain.TeamQueries.TeamRow;

/**
 * The scope rules of the team pages (DOMAIN §1): the office reads every team and its administrator changes them; a
 * town official manages the teams of their town's villages; an aid unit's liaison reads the teams the unit
 * dispatched; a team leader or member reads the team they serve in. Every method refuses (HTTP 403) what the
 * signed-in account may not do; the services call it on every read and write.
 */
@Component
class TeamAccess {

	private final ScopeService scopes;

	private final TeamQueries queries;

	TeamAccess(ScopeService scopes, TeamQueries queries) {
		this.scopes = scopes;
		this.queries = queries;
	}

	DataScope current() {
		return this.scopes.current();
	}

	/** Reading one team: its town's official, its unit's liaison, its active members, the office. */
	DataScope readTeam(TeamRow team) {
		DataScope scope = this.scopes.current();
		this.scopes.require(canRead(scope, team.id(), team.townId(), team.unitId()));
		return scope;
	}

	boolean canRead(DataScope scope, Long teamId, Long townId, Long unitId) {
		if (scope.isOffice()) {
			return true;
		}
		if (scope.isTown()) {
			return scope.townId() != null && scope.townId().equals(townId);
		}
		if (scope.isUnit()) {
			return scope.unitId() != null && scope.unitId().equals(unitId);
		}
		return scope.isTeam() && scope.cadreId() != null && this.queries.isActiveMember(teamId, scope.cadreId());
	}

	/** Changing a team of a village of the town: the office administrator or an official of that town. */
	DataScope writeTown(Long townId) {
		DataScope scope = this.scopes.current();
		this.scopes.require(canWrite(scope, townId));
		return scope;
	}

	boolean canWrite(DataScope scope, Long townId) {
		return scope.isOfficeAdmin() || (scope.isTown() && scope.townId() != null && scope.townId().equals(townId));
	}

	/** Creating teams and importing rosters: the office administrator and town officials. */
	DataScope creator() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOfficeAdmin() || scope.isTown());
		return scope;
	}

	/** The overview of problems and the reductions: the office and town officials (their town). */
	DataScope officeOrTown() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || scope.isTown());
		return scope;
	}

	/** @return whether the account is an official of a town the cadre serves or served in */
	boolean isTownCadre(DataScope scope, Long cadreId) {
		return this.scopes.isTownCadre(scope, cadreId);
	}

	/** Refuses when the condition (a scope rule computed by the caller) does not hold. */
	void require(boolean allowed) {
		this.scopes.require(allowed);
	}

	DataScope office() {
		return this.scopes.requireOffice();
	}

	DataScope officeAdmin() {
		return this.scopes.requireOfficeAdmin();
	}

	/** The list's criteria narrowed to the scope: a town, a unit, the team one serves in. */
	TeamCriteria narrow(DataScope scope, TeamFilter filter, Collection<TeamProblem> problems) {
		Long townId = scope.isTown() ? scope.townId() : filter.townId();
		Long unitId = scope.isUnit() ? scope.unitId() : filter.unitId();
		Long cadreId = null;
		if (scope.isTeam()) {
			// A team account without a cadre sees no team: -1 matches no membership.
			cadreId = scope.cadreId() == null ? -1L : scope.cadreId();
			unitId = filter.unitId();
		}
		return new TeamCriteria(townId, unitId, cadreId, filter.category(), filter.status(), problems, null, null);
	}
}
