package org.zhucun.purchases;

import org.springframework.stereotype.Component;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;

/**
 * The scope rules of consumption aid (DOMAIN §1, §8): unit administrators read and write their own unit's purchases;
 * the office reads everything and its administrator writes everything, keeps the reference data and the reserved
 * shares and alone moves a purchase back; town officials read the purchases from sellers in their villages. Every
 * method refuses (HTTP 403) what the signed-in account may not do.
 */
@Component
public class PurchaseAccess {

	private final ScopeService scopes;

	PurchaseAccess(ScopeService scopes) {
		this.scopes = scopes;
	}

	/** The office, towns and unit administrators read lists; the scope narrows them. */
	public DataScope reader() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || scope.isTown() || (scope.isUnit() && scope.unitId() != null));
		return scope;
	}

	/** @return the filter narrowed to the account's scope */
	public PurchaseFilter scoped(PurchaseFilter filter) {
		DataScope scope = reader();
		if (scope.isUnit()) {
			return filter.forUnit(scope.unitId());
		}
		if (scope.isTown()) {
			return filter.forTown(scope.townId());
		}
		return filter;
	}

	/** Reading one purchase: the office, its unit's administrator, or an official of its seller's town. */
	public DataScope read(PurchaseRow row) {
		DataScope scope = reader();
		this.scopes.require(scope.isOffice() || (scope.isUnit() && scope.unitId().equals(row.unitId()))
				|| (scope.isTown() && scope.townId() != null && scope.townId().equals(row.townId())));
		return scope;
	}

	/** @return whether the account may record purchases of the unit */
	public boolean canWrite(DataScope scope, Long unitId) {
		return scope.isOfficeAdmin() || (scope.isUnit() && scope.unitId() != null && scope.unitId().equals(unitId));
	}

	/** Recording or changing a purchase of the unit: the office administrator or the unit's administrator. */
	public DataScope write(Long unitId) {
		DataScope scope = this.scopes.current();
		this.scopes.require(canWrite(scope, unitId));
		return scope;
	}

	/** @return whether the account may record purchases at all (and then for which unit, null for any) */
	public boolean canRecord() {
		DataScope scope = this.scopes.current();
		return scope.isOfficeAdmin() || (scope.isUnit() && scope.unitId() != null);
	}

	/** Refuses an account that may not record purchases. */
	public void requireRecord() {
		this.scopes.require(canRecord());
	}

	/** The office's administrator: reference data, reserved shares, moving a purchase back. */
	public DataScope officeAdmin() {
		return this.scopes.requireOfficeAdmin();
	}

	/** The office: administrator and staff (overviews of every unit). */
	public DataScope office() {
		return this.scopes.requireOffice();
	}

	/** @return the signed-in account's scope */
	public DataScope current() {
		return this.scopes.current();
	}
}
