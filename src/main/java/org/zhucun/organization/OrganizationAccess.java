package org.zhucun.organization;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.zhucun.identity.CadreSight;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.domain.AidUnitRepository;

/**
 * The scope rules of the organisation pages (DOMAIN §1): who may read and write towns, villages, units and cadres.
 * Every method refuses (HTTP 403) what the signed-in account may not do; the services call it on every read and
 * write.
 */
@Component
class OrganizationAccess {

	private final ScopeService scopes;

	private final AidUnitRepository units;

	OrganizationAccess(ScopeService scopes, AidUnitRepository units) {
		this.scopes = scopes;
		this.units = units;
	}

	/** The office, town officials and unit administrators may open these pages; team roles may not. */
	DataScope reader() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || scope.isTown() || scope.isUnit());
		return scope;
	}

	DataScope officeAdmin() {
		return this.scopes.requireOfficeAdmin();
	}

	DataScope office() {
		return this.scopes.requireOffice();
	}

	/** A town's page: the office, or an official of that town. */
	DataScope readTown(Long townId) {
		DataScope scope = reader();
		this.scopes.require(scope.isOffice() || (scope.isTown() && scope.townId().equals(townId)));
		return scope;
	}

	/** A village: the office, an official of its town, or the administrator of a unit linked to it. */
	DataScope readVillage(Long villageId, Long townId) {
		DataScope scope = reader();
		this.scopes.require(scope.isOffice() || (scope.isTown() && scope.townId().equals(townId))
				|| (scope.isUnit() && this.units.isLinkedToVillage(scope.unitId(), villageId)));
		return scope;
	}

	/** Creating or changing a village: the office administrator, or an official of its town. */
	DataScope writeVillage(Long townId) {
		DataScope scope = this.scopes.current();
		this.scopes.require(canWriteVillage(scope, townId));
		return scope;
	}

	boolean canWriteVillage(DataScope scope, Long townId) {
		return scope.isOfficeAdmin() || (scope.isTown() && scope.townId().equals(townId));
	}

	/** A unit: the office, the unit's administrator, or an official of a town linked to it. */
	DataScope readUnit(Long unitId) {
		DataScope scope = reader();
		this.scopes.require(canReadUnit(scope, unitId));
		return scope;
	}

	/** @return whether the account may open the unit's page (one query for a town official) */
	boolean canReadUnit(DataScope scope, Long unitId) {
		return scope.isOffice() || (scope.isUnit() && scope.unitId().equals(unitId))
				|| (scope.isTown() && this.units.isLinkedToTown(unitId, scope.townId()));
	}

	/**
	 * A cadre: the office, the administrator of the cadre's unit, or an official of a town the cadre serves or served
	 * in ({@link org.zhucun.identity.TownCadres}), whatever units are linked to the town.
	 */
	DataScope readCadre(Long cadreId, Long unitId) {
		DataScope scope = reader();
		this.scopes.require(scope.isOffice() || (scope.isUnit() && scope.unitId().equals(unitId))
				|| this.scopes.isTownCadre(scope, cadreId));
		return scope;
	}

	/** @return which cadres' phones the account sees in full, computed once for a page of rows */
	CadreSight cadreSight(DataScope scope) {
		return this.scopes.cadreSight(scope);
	}

	/** Changing a unit's details and leaders, or its cadres: the office administrator or the unit's administrator. */
	DataScope writeUnit(Long unitId) {
		DataScope scope = this.scopes.current();
		this.scopes.require(canWriteUnit(scope, unitId));
		return scope;
	}

	boolean canWriteUnit(DataScope scope, Long unitId) {
		return scope.isOfficeAdmin() || (scope.isUnit() && scope.unitId().equals(unitId));
	}

	/**
	 * Whose phone numbers of a unit's leadership members the signed-in account sees in full: of its own unit, of the
	 * units linked to its town, or anyone for the office (DOMAIN §2). Computed once for a page of rows. Cadres'
	 * phones follow {@link #cadreSight(DataScope)}.
	 */
	Predicate<Long> phoneVisibleForUnits(DataScope scope) {
		if (scope.isOffice()) {
			return unitId -> true;
		}
		if (scope.isTown()) {
			Set<Long> linked = new HashSet<>(this.units.idsLinkedToTown(scope.townId()));
			return linked::contains;
		}
		Long own = scope.unitId();
		return unitId -> own != null && own.equals(unitId);
	}
}
