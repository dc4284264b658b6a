package org.zhucun.identity;

import java.util.HashSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one data-scope service: gives the signed-in account's {@link DataScope} and refuses (HTTP 403) reads and
 * writes outside it. Modules call it in their services, so that a hidden link is never the only guard.
 */
@Service
public class ScopeService {

	private final JdbcClient jdbc;

	ScopeService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the scope of the signed-in account */
	public DataScope current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CurrentAccount account) {
			return account.scope();
		}
		throw new AccessDeniedException("Not signed in");
	}

	/** Refuses anyone but the office administrator. */
	public DataScope requireOfficeAdmin() {
		DataScope scope = current();
		if (!scope.isOfficeAdmin()) {
			throw new AccessDeniedException("Office administrators only");
		}
		return scope;
	}

	/** Refuses anyone outside the office. */
	public DataScope requireOffice() {
		DataScope scope = current();
		if (!scope.isOffice()) {
			throw new AccessDeniedException("Office only");
		}
		return scope;
	}

	/** Refuses a town official of another town; the office passes; other roles are refused. */
	public DataScope requireTown(Long townId) {
		DataScope scope = current();
		if (scope.isOffice() || (scope.isTown() && java.util.Objects.equals(scope.townId(), townId) && townId != null)) {
			return scope;
		}
		throw new AccessDeniedException("Outside the account's town");
	}

	/** Refuses a unit administrator of another unit; the office passes; other roles are refused. */
	public DataScope requireUnit(Long unitId) {
		DataScope scope = current();
		if (scope.isOffice() || (scope.isUnit() && java.util.Objects.equals(scope.unitId(), unitId) && unitId != null)) {
			return scope;
		}
		throw new AccessDeniedException("Outside the account's unit");
	}

	/**
	 * @return whether the account is a town official and the cadre one of the town's cadres ({@link TownCadres}): one
	 * query
	 */
	public boolean isTownCadre(DataScope scope, Long cadreId) {
		if (!scope.isTown() || scope.townId() == null || cadreId == null) {
			return false;
		}
		return this.jdbc.sql("select exists (select 1 from cadre c where c.id = :cadre and " + TownCadres.ids("c.id") + ")")
			.param("cadre", cadreId)
			.param(TownCadres.TOWN_PARAMETER, scope.townId())
			.query(Boolean.class)
			.single();
	}

	/**
	 * @return whether the account sees the cadre (of that unit) in full: the office, a town official for the town's
	 * cadres, anyone else for the cadres of their own unit (DOMAIN §1, §2)
	 */
	public boolean seesCadre(DataScope scope, Long cadreId, Long cadreUnitId) {
		if (scope.isTown()) {
			return isTownCadre(scope, cadreId);
		}
		return cadreSight(scope).sees(cadreId, cadreUnitId);
	}

	/** @return which cadres the account sees in full, for a page of rows (one query for a town official) */
	public CadreSight cadreSight(DataScope scope) {
		if (scope.isOffice()) {
			return CadreSight.everyone();
		}
		if (scope.isTown()) {
			if (scope.townId() == null) {
				return CadreSight.cadres(java.util.Set.of());
			}
			return CadreSight.cadres(new HashSet<>(this.jdbc.sql(
					"select tc.cadre_id from (" + TownCadres.PAIRS + ") tc where tc.town_id = :" + TownCadres.TOWN_PARAMETER)
				.param(TownCadres.TOWN_PARAMETER, scope.townId())
				.query(Long.class)
				.list()));
		}
		return CadreSight.unit(scope.unitId());
	}

	/** Refuses when the condition does not hold; for scope rules a module computes itself. */
	public void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Outside the account's scope");
		}
	}
}
