package org.zhucun.organization;

import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.CadreSight;
import org.zhucun.identity.ScopeService;
import org.zhucun.shared.web.Formats;

/**
 * Shows a person's phone number as the signed-in user may see it (DOMAIN §2): in full to the office, to their own unit
 * and to the officials of their town, masked (138****1234) to everyone else. A cadre's town is a town whose teams they
 * serve or served in ({@link org.zhucun.identity.TownCadres}); a unit's leadership member's towns are the towns the
 * unit is linked to.
 */
@Component
@Transactional(readOnly = true)
public class ContactPhones {

	/** What a phone number may look like: 7 to 20 digits, plus signs and hyphens. */
	public static final String PATTERN = "^[0-9+\\-]{7,20}$";

	private final OrganizationAccess access;

	private final ScopeService scopes;

	ContactPhones(OrganizationAccess access, ScopeService scopes) {
		this.access = access;
		this.scopes = scopes;
	}

	/** @return the phone of a cadre (of that unit), masked unless the signed-in user may see it: one query at most */
	public String showCadre(Long cadreId, Long unitId, String phone) {
		return this.scopes.seesCadre(this.scopes.current(), cadreId, unitId) ? phone : Formats.maskPhone(phone);
	}

	/** @return which cadres' phones the signed-in user sees in full, for showing many rows with one query */
	public CadreSight cadres() {
		return this.scopes.cadreSight(this.scopes.current());
	}

	/** @return the phone of a unit's leadership member, masked unless the signed-in user may see it */
	public String show(Long unitId, String phone) {
		return visibleFor().test(unitId) ? phone : Formats.maskPhone(phone);
	}

	/** @return which units' leadership members the signed-in user sees in full, for many rows with one query */
	public Predicate<Long> visibleFor() {
		return this.access.phoneVisibleForUnits(this.scopes.current());
	}
}
