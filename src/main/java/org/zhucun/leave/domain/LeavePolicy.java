package org.zhucun.leave.domain;

/**
 * The leave settings (DOMAIN §12) in force on the first day of a leave, as read by the service from the policy
 * settings valid on that date.
 * @param teamMaxDays {@code leave.team-max-days}: at most this many days need the team leader only
 * @param townMaxDays {@code leave.town-max-days}: at most this many days need the team leader and the town
 * @param maxRequestDays {@code leave.max-request-days}: the longest leave one request may ask for
 * @param backdateDays {@code leave.backdate-days}: how many days before today a cadre's leave may start
 */
public record LeavePolicy(int teamMaxDays, int townMaxDays, int maxRequestDays, int backdateDays) {

	public LeavePolicy {
		if (teamMaxDays < 0 || townMaxDays < 0 || maxRequestDays < 1 || backdateDays < 0) {
			throw new IllegalArgumentException("leave settings out of range");
		}
	}

	/** @return the defaults of DOMAIN §12: 1, 3, 60 and 3 days */
	public static LeavePolicy defaults() {
		return new LeavePolicy(1, 3, 60, 3);
	}

	/** @return the approval chain for a leave of that many days */
	public ApprovalChain chainFor(int days, boolean requesterLeadsTeam) {
		return ApprovalChain.select(days, requesterLeadsTeam, this.teamMaxDays, this.townMaxDays);
	}
}
