package org.zhucun.workteams.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.workteams.LeaveReason;
import org.zhucun.workteams.TeamRole;

/**
 * A cadre's service in a work team: role, the day they joined and, once ended, the day they left with the reason.
 * Memberships are never deleted; they change only through their team ({@link WorkTeam}), which keeps exactly one
 * leader and the dates inside the term.
 */
@Entity
@Table(name = "team_membership")
@Audited
public class TeamMembership extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "team_id", nullable = false, updatable = false)
	private WorkTeam team;

	@Column(name = "cadre_id", nullable = false, updatable = false)
	private Long cadreId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TeamRole role;

	@Column(name = "joined_on", nullable = false, updatable = false)
	private LocalDate joinedOn;

	@Column(name = "left_on")
	private LocalDate leftOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "leave_reason")
	private LeaveReason leaveReason;

	private String note;

	protected TeamMembership() {
	}

	TeamMembership(WorkTeam team, Long cadreId, TeamRole role, LocalDate joinedOn, String note) {
		this.team = team;
		this.cadreId = cadreId;
		this.role = role;
		this.joinedOn = joinedOn;
		this.note = note;
	}

	/**
	 * Ends the membership on {@code leftOn} (the member's last day) for the reason given; a note given replaces the
	 * one recorded when the member joined (the audit trail keeps both).
	 * @throws BusinessRuleException when it has ended already, or the day is before the day the member joined or
	 * outside the team's term
	 */
	void end(LocalDate leftOn, LeaveReason reason, String note) {
		if (reason == null || leftOn == null) {
			throw new IllegalArgumentException("A membership ends on a day and for a reason");
		}
		if (!isActive()) {
			throw BusinessRuleException.global("team.member.not-active");
		}
		if (leftOn.isBefore(this.joinedOn)) {
			throw new BusinessRuleException("leftOn", "team.member.left-before-joined",
					this.joinedOn);
		}
		if (!this.team.inTerm(leftOn)) {
			throw new BusinessRuleException("leftOn", "team.member.left-outside-term",
					this.team.getTermStart(), this.team.getTermEnd());
		}
		this.leftOn = leftOn;
		this.leaveReason = reason;
		if (note != null) {
			this.note = note;
		}
	}

	void takeLead(TeamRole leading) {
		this.role = leading;
	}

	void stepDown() {
		this.role = TeamRole.MEMBER;
	}

	/** @return whether the member still serves (no day of leaving recorded) */
	public boolean isActive() {
		return this.leftOn == null;
	}

	/** @return whether the member is active and leads the team */
	public boolean isLeading() {
		return isActive() && this.role.leads();
	}

	public WorkTeam getTeam() {
		return this.team;
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public TeamRole getRole() {
		return this.role;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

	public LocalDate getLeftOn() {
		return this.leftOn;
	}

	public LeaveReason getLeaveReason() {
		return this.leaveReason;
	}

	public String getNote() {
		return this.note;
	}
}
