package org.zhucun.workteams.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Stored memberships, and the switch of the one-leader rule around a hand-over of the lead. */
public interface TeamMembershipRepository extends JpaRepository<TeamMembership, Long> {

	/** Checks the one-leader rule at the end of the current change only (after pending changes are written). */
	@Modifying(flushAutomatically = true)
	@Query(value = "set constraints team_membership_one_leader_ex deferred", nativeQuery = true)
	void deferLeaderRule();

	/** Writes pending changes and checks the one-leader rule now, so that a violation surfaces here. */
	@Modifying(flushAutomatically = true)
	@Query(value = "set constraints team_membership_one_leader_ex immediate", nativeQuery = true)
	void checkLeaderRuleNow();
}
