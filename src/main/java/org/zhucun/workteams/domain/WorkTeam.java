package org.zhucun.workteams.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.workteams.LeaveReason;
import org.zhucun.workteams.TeamRole;
import org.zhucun.workteams.TeamStatus;

/**
 * A work team (驻村工作队) dispatched by an aid unit to a village for a term, with its memberships. The team guards
 * its roster: members join and leave inside the term, a cadre serves once at a time in it, exactly one active member
 * leads it (a team without a leader takes its leader first), and the lead changes hands only through
 * {@link #handOverLead(TeamMembership, TeamRole)}. Nothing is ever deleted: a team ends, and ending it ends its memberships.
 */
@Entity
@Table(name = "work_team")
@Audited
public class WorkTeam extends BaseEntity {

	@Column(name = "village_id", nullable = false, updatable = false)
	private Long villageId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "term_start", nullable = false, updatable = false)
	private LocalDate termStart;

	@Column(name = "term_end", nullable = false)
	private LocalDate termEnd;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TeamStatus status = TeamStatus.ACTIVE;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	/** Whether the village was a registered poor village at dispatch: one active team there, a minimum size. */
	@Column(name = "one_per_village", nullable = false, updatable = false)
	private boolean onePerVillage;

	private String note;

	/** The roster has its own versions; a change to it does not make the team's edit form stale. */
	@OneToMany(mappedBy = "team", cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	@OrderBy("joinedOn, id")
	@NotAudited
	@OptimisticLock(excluded = true)
	private List<TeamMembership> memberships = new ArrayList<>();

	protected WorkTeam() {
	}

	private WorkTeam(Long villageId, boolean onePerVillage, Long unitId, LocalDate termStart, LocalDate termEnd,
			String note) {
		this.villageId = villageId;
		this.onePerVillage = onePerVillage;
		this.unitId = unitId;
		this.termStart = termStart;
		this.termEnd = termEnd;
		this.note = note;
	}

	/**
	 * Dispatches a new team to a village.
	 * @param registeredPoor whether the village is a registered poor village (one active team there at most)
	 * @throws BusinessRuleException when the term ends before it starts
	 */
	public static WorkTeam dispatch(Long villageId, boolean registeredPoor, Long unitId, LocalDate termStart,
			LocalDate termEnd, String note) {
		Objects.requireNonNull(villageId, "villageId");
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(termStart, "termStart");
		Objects.requireNonNull(termEnd, "termEnd");
		if (termEnd.isBefore(termStart)) {
			throw new BusinessRuleException("termEnd", "team.term.end-before-start");
		}
		return new WorkTeam(villageId, registeredPoor, unitId, termStart, termEnd, note);
	}

	/**
	 * Adds a cadre to the team. The first member of a team without a leader must lead it.
	 * @throws BusinessRuleException when the team has ended, the day is outside the term, the cadre is already an
	 * active member or their earlier membership here ends on or after that day, a second leader is added, or a plain
	 * member is added to a team without a leader
	 */
	public TeamMembership addMember(Long cadreId, TeamRole role, LocalDate joinedOn, String note) {
		Objects.requireNonNull(cadreId, "cadreId");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(joinedOn, "joinedOn");
		requireActive();
		if (!inTerm(joinedOn)) {
			throw new BusinessRuleException("joinedOn", "team.member.joined-outside-term", this.termStart, this.termEnd);
		}
		for (TeamMembership m : this.memberships) {
			if (m.getCadreId().equals(cadreId)) {
				if (m.isActive()) {
					throw new BusinessRuleException("cadreId", "team.member.already-in-team");
				}
				if (!m.getLeftOn().isBefore(joinedOn)) {
					throw new BusinessRuleException("joinedOn", "team.member.joined-before-left", m.getLeftOn());
				}
			}
		}
		Optional<TeamMembership> leader = leader();
		if (role.leads() && leader.isPresent()) {
			throw new BusinessRuleException("role", "team.member.second-leader");
		}
		if (!role.leads() && leader.isEmpty()) {
			throw new BusinessRuleException("role", "team.member.leader-first");
		}
		TeamMembership membership = new TeamMembership(this, cadreId, role, joinedOn, note);
		this.memberships.add(membership);
		return membership;
	}

	/**
	 * Ends an active membership. The leader leaves last or after handing the lead to another member.
	 * @throws BusinessRuleException when the membership is not an active one of this team, the leader would leave
	 * others without a leader, or the day is before the member joined or outside the term
	 */
	public void endMembership(TeamMembership membership, LocalDate leftOn, LeaveReason reason, String note) {
		requireOwnActive(membership, null);
		if (membership.getRole().leads() && activeMembers().size() > 1) {
			throw BusinessRuleException.global("team.member.leader-hands-over-first");
		}
		membership.end(leftOn, reason, note);
	}

	/**
	 * Gives the lead to an active member in a leading role; the previous leader stays as a member. Handing the lead
	 * to the leader changes their leading role (first secretary or team leader).
	 * @throws BusinessRuleException when the team has ended, the role does not lead, or the membership is not an
	 * active one of this team
	 */
	public void handOverLead(TeamMembership next, TeamRole role) {
		requireActive();
		if (role == null || !role.leads()) {
			throw new BusinessRuleException("role", "team.lead.role-must-lead");
		}
		requireOwnActive(next, "membershipId");
		leader().filter(previous -> previous != next).ifPresent(TeamMembership::stepDown);
		next.takeLead(role);
	}

	/**
	 * Moves the planned end of the term to a later day (the office's bulk extension).
	 * @throws BusinessRuleException when the team has ended or the day is before the current end
	 */
	public void extendTermTo(LocalDate newEnd) {
		requireActive();
		if (newEnd.isBefore(this.termEnd)) {
			throw new BusinessRuleException("termEnd", "team.term.extend-earlier", this.termEnd);
		}
		this.termEnd = newEnd;
	}

	/**
	 * Revises the planned end of the term and the note. The term may also be shortened, but not before the term
	 * starts nor before any day of the roster; an ended team keeps its term.
	 * @throws BusinessRuleException when the new end is not allowed
	 */
	public void revise(LocalDate newEnd, String note) {
		Objects.requireNonNull(newEnd, "newEnd");
		if (!newEnd.equals(this.termEnd)) {
			requireActive();
			if (newEnd.isBefore(this.termStart)) {
				throw new BusinessRuleException("termEnd", "team.term.end-before-start");
			}
			LocalDate latest = latestRosterDay();
			if (latest != null && newEnd.isBefore(latest)) {
				throw new BusinessRuleException("termEnd", "team.term.before-roster", latest);
			}
			this.termEnd = newEnd;
		}
		this.note = note;
	}

	/**
	 * Ends the team on the given day (inside the term); every active membership ends that day as withdrawn.
	 * @throws BusinessRuleException when the team has ended, the day is outside the term, or before an active
	 * member joined
	 */
	public void end(LocalDate endedOn) {
		Objects.requireNonNull(endedOn, "endedOn");
		requireActive();
		if (!inTerm(endedOn)) {
			throw new BusinessRuleException("endedOn", "team.end.outside-term", this.termStart, this.termEnd);
		}
		for (TeamMembership m : activeMembers()) {
			if (endedOn.isBefore(m.getJoinedOn())) {
				throw new BusinessRuleException("endedOn", "team.end.before-joined", m.getJoinedOn());
			}
		}
		for (TeamMembership m : activeMembers()) {
			m.end(endedOn, LeaveReason.WITHDRAWN, null);
		}
		this.status = TeamStatus.ENDED;
		this.endedOn = endedOn;
	}

	/** @return the active member who leads the team, if any */
	public Optional<TeamMembership> leader() {
		return this.memberships.stream().filter(TeamMembership::isLeading).findFirst();
	}

	/** @return the active memberships, in the order the members joined */
	public List<TeamMembership> activeMembers() {
		return this.memberships.stream().filter(TeamMembership::isActive).toList();
	}

	/** @return the active membership of the cadre, if they serve in this team */
	public Optional<TeamMembership> activeMembershipOf(Long cadreId) {
		return this.memberships.stream().filter(m -> m.isActive() && m.getCadreId().equals(cadreId)).findFirst();
	}

	/** @return whether the day lies within the term, both ends included */
	public boolean inTerm(LocalDate day) {
		return !day.isBefore(this.termStart) && !day.isAfter(this.termEnd);
	}

	public boolean isActive() {
		return this.status == TeamStatus.ACTIVE;
	}

	/** @return the membership (past or present) of this team with the given id */
	public Optional<TeamMembership> membership(Long membershipId) {
		return this.memberships.stream().filter(m -> m.getId() != null && m.getId().equals(membershipId)).findFirst();
	}

	private void requireOwnActive(TeamMembership membership, String field) {
		if (membership == null || this.memberships.stream().noneMatch(m -> m == membership) || !membership.isActive()) {
			throw new BusinessRuleException(field, "team.member.not-active");
		}
	}

	private void requireActive() {
		if (!isActive()) {
			throw BusinessRuleException.global("team.ended");
		}
	}

	private LocalDate latestRosterDay() {
		LocalDate latest = null;
		for (TeamMembership m : this.memberships) {
			for (LocalDate day : new LocalDate[] { m.getJoinedOn(), m.getLeftOn() }) {
				if (day != null && (latest == null || day.isAfter(latest))) {
					latest = day;
				}
			}
		}
		return latest;
	}

	public Long getVillageId() {
		return this.villageId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public LocalDate getTermStart() {
		return this.termStart;
	}

	public LocalDate getTermEnd() {
		return this.termEnd;
	}

	public TeamStatus getStatus() {
		return this.status;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public boolean isOnePerVillage() {
		return this.onePerVillage;
	}

	public String getNote() {
		return this.note;
	}

	/** @return every membership, past and present, in the order the members joined */
	public List<TeamMembership> getMemberships() {
		return Collections.unmodifiableList(this.memberships);
	}
}
