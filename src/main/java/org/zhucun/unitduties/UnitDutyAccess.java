package org.zhucun.unitduties;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;

/**
 * Who may read and write a unit's duties (DOMAIN §1, §6): the office reads everything and its administrator writes
 * everything; a unit's administrator reads and writes its own unit's records only; a town official reads the units
 * serving the town's villages. Every method refuses (HTTP 403) what the signed-in account may not do.
 */
@Component
class UnitDutyAccess {

	private final ScopeService scopes;

	private final DutyQueries queries;

	UnitDutyAccess(ScopeService scopes, DutyQueries queries) {
		this.scopes = scopes;
		this.queries = queries;
	}

	DataScope current() {
		return this.scopes.current();
	}

	/** @return the scope, when the account may read the unit's duties */
	DataScope readUnit(Long unitId) {
		DataScope scope = this.scopes.current();
		this.scopes.require(canRead(scope, unitId));
		return scope;
	}

	/** @return the scope, when the account may record and remove the unit's visits and meetings */
	DataScope writeUnit(Long unitId) {
		DataScope scope = this.scopes.current();
		this.scopes.require(canWrite(scope, unitId));
		return scope;
	}

	/** Refuses all but the office's administrator and the units' administrators. */
	void requireRecorder() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOfficeAdmin() || (scope.isUnit() && scope.unitId() != null));
	}

	boolean canRead(DataScope scope, Long unitId) {
		return unitId != null && (scope.isOffice() || (scope.isUnit() && unitId.equals(scope.unitId()))
				|| (scope.isTown() && scope.townId() != null && this.queries.servesTown(unitId, scope.townId())));
	}

	boolean canWrite(DataScope scope, Long unitId) {
		return unitId != null && (scope.isOfficeAdmin() || (scope.isUnit() && unitId.equals(scope.unitId())));
	}

	/**
	 * @return the units whose duties the account reads, narrowed to the one asked for (none when it is outside the
	 * scope): {@code null} for all (the office, no unit asked for)
	 */
	Set<Long> readableUnits(Long asked) {
		Set<Long> readable = readableUnits();
		if (asked == null) {
			return readable;
		}
		return readable == null || readable.contains(asked) ? Set.of(asked) : Set.of();
	}

	/** @return the units whose duties the account reads: {@code null} for all (the office); refuses other roles */
	Set<Long> readableUnits() {
		DataScope scope = this.scopes.current();
		if (scope.isOffice()) {
			return null;
		}
		if (scope.isUnit() && scope.unitId() != null) {
			return Set.of(scope.unitId());
		}
		if (scope.isTown() && scope.townId() != null) {
			return this.queries.unitsServingTown(scope.townId());
		}
		this.scopes.require(false);
		return Set.of();
	}
}
