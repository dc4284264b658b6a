package org.zhucun.workteams;

import java.time.LocalDate;

/**
 * A membership as the team page shows it: the cadre (phone as the signed-in user may see it), role, dates and, once
 * ended, the reason.
 * @param cadreOpens whether the signed-in user may open the cadre's pages (else the name is shown as text)
 */
public record MemberView(Long membershipId, long version, Long cadreId, String cadreName, Long cadreUnitId,
		String cadreUnitName, String phone, TeamRole role, LocalDate joinedOn, LocalDate leftOn, LeaveReason reason,
		String note, boolean cadreOpens) {

	public boolean isActive() {
		return this.leftOn == null;
	}

	public boolean isLeading() {
		return isActive() && this.role.leads();
	}

	MemberView withPhone(String shown) {
		return new MemberView(this.membershipId, this.version, this.cadreId, this.cadreName, this.cadreUnitId,
				this.cadreUnitName, shown, this.role, this.joinedOn, this.leftOn, this.reason, this.note, this.cadreOpens);
	}

	MemberView opening() {
		return new MemberView(this.membershipId, this.version, this.cadreId, this.cadreName, this.cadreUnitId,
				this.cadreUnitName, this.phone, this.role, this.joinedOn, this.leftOn, this.reason, this.note, true);
	}
}
