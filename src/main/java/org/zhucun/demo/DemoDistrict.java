package org.zhucun.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import java.util.List;

import org.zhucun.organization.Gender;
import org.zhucun.organization.UnitKind;
import org.zhucun.organization.VillageCategory;

/**
 * The generated demo district, before it is written: rows that refer to each other by their position in these lists.
 * @param days the days it is generated around, from the day it is loaded
 * @param towns the towns
 * @param villages the villages, each with the index of its town
 * @param units the aid units
 * @param leaders the units' leadership members
 * @param links which unit is linked to which village
 * @param cadres the units' cadres
 * @param holidays the statutory holidays (days off)
 * @param workdays the make-up working days (调休上班): Saturdays and Sundays on which cadres work
 * @param anchors the records the demo accounts are bound to
 * @param teams the work teams, each with the index of its village and of the unit that dispatched it
 * @param memberships the teams' memberships, each with the index of its team and of its cadre
 * @param stories the teams whose history the demo shows, and the village left for a new team
 * @param leaves the leave requests of cadres in active teams, each with the index of its cadre and team
 */
record DemoDistrict(DemoDays days, List<Town> towns, List<Village> villages, List<Unit> units, List<Leader> leaders, List<Link> links,
		List<Cadre> cadres, List<Holiday> holidays, List<Holiday> workdays, Anchors anchors, List<Team> teams, List<Membership> memberships,
		Stories stories, List<LeaveRequest> leaves) {

	record Town(String name, int sortOrder) {
	}

	record Village(int town, String name, VillageCategory category, BigDecimal latitude, BigDecimal longitude,
			int radiusMetres, int population, int households) {
	}

	record Unit(String name, UnitKind kind, String phone, String address) {
	}

	record Leader(int unit, String name, Gender gender, String position, String phone, boolean principal,
			int sortOrder) {
	}

	record Link(int unit, int village) {
	}

	record Cadre(int unit, String name, Gender gender, String phone, String position) {
	}

	record Holiday(LocalDate day, String name) {
	}

	/**
	 * The records the demo accounts are bound to: {@code town}'s town, {@code unit}'s unit (linked to a registered poor
	 * village of that town), and the cadres of that unit who sign in as {@code leader} and {@code member}.
	 */
	record Anchors(int town, int unit, int village, int leaderCadre, int memberCadre) {
	}

	/** A work team: active while it has no end day; registered poor villages have one active team each (一村一队). */
	record Team(int village, int unit, LocalDate termStart, LocalDate termEnd, LocalDate endedOn, String note) {

		boolean active() {
			return this.endedOn == null;
		}
	}

	/** A cadre's membership of a team: active while it has no last day; a reason only once it has one. */
	record Membership(int team, int cadre, TeamRole role, LocalDate joined, LocalDate left, LeaveReason reason,
			String note) {

		boolean active() {
			return this.left == null;
		}
	}

	/** Roles in a team, as the work teams module stores them; a team has one leading member. */
	enum TeamRole {

		FIRST_SECRETARY, TEAM_LEADER, MEMBER;

		boolean leads() {
			return this != MEMBER;
		}
	}

	/** Reasons a membership ends, as the work teams module stores them. */
	enum LeaveReason {

		ROTATION, RECALL, WITHDRAWN, TRANSFER, OTHER
	}

	/**
	 * The teams whose history the demo shows (indices into the teams), and the village of the demo town that is left
	 * without a team so that a town official can dispatch one.
	 * @param demoTeam the team {@code leader} leads and {@code member} serves in
	 * @param rotations teams where a member was rotated out and replaced within the replacement window
	 * @param recall the team a member was recalled from and replaced
	 * @param reductionTwoMonthsAgo the team that lost a member two months ago, replaced only after the window
	 * @param reductionLastMonth the team that lost a member last month without replacement, now below the minimum
	 * @param belowMinimum the team dispatched with two members only
	 * @param withdrawn the team of a non-poor village with tasks that was withdrawn six months ago
	 * @param expired the team whose term ended eight months ago, leaving its registered poor village without a team
	 * @param openVillage a village of the demo town without a team, whose unit has cadres in no team
	 */
	record Stories(int demoTeam, List<Integer> rotations, int recall, int reductionTwoMonthsAgo, int reductionLastMonth,
			int belowMinimum, int withdrawn, int expired, int openVillage) {
	}

	/** Kinds of leave, as the leave module stores them. */
	enum LeaveType {

		PERSONAL, SICK, ANNUAL, MARRIAGE_FUNERAL, FAMILY_VISIT, OTHER
	}

	/** Steps of an approval chain, in their order, as the leave module stores them. */
	enum LeaveStep {

		TEAM_LEADER, TOWN, OFFICE
	}

	/** States of a leave request, as the leave module stores them. */
	enum LeaveState {

		PENDING, APPROVED, RETURNED, REJECTED, CANCELLED
	}

	/**
	 * A step's decision: the team leader's (by the index of the leader's cadre) or the town's or the office's (cadre
	 * -1), with the name shown in the history and, for a rejection, the reason.
	 */
	record LeaveDecision(LeaveStep step, int leaderCadre, String name, boolean approved, String comment,
			OffsetDateTime at) {
	}

	/**
	 * A leave request of a cadre in their active team; the step index is the chain's size once approved, the rejecting
	 * step's once rejected, the waiting step's while pending.
	 */
	record LeaveRequest(int cadre, int team, LeaveType type, LocalDate firstDay, LocalDate lastDay, String reason,
			List<LeaveStep> chain, int stepIndex, LeaveState state, LocalDate actualReturn, OffsetDateTime createdAt,
			OffsetDateTime modifiedAt, List<LeaveDecision> decisions) {

		int days() {
			return (int) (this.lastDay.toEpochDay() - this.firstDay.toEpochDay()) + 1;
		}

		/** @return the days of leave taken: all of an approved request, up to the day before an early return */
		List<LocalDate> daysTaken() {
			return switch (this.state) {
				case APPROVED -> this.firstDay.datesUntil(this.lastDay.plusDays(1)).toList();
				case RETURNED -> this.firstDay.datesUntil(this.actualReturn).toList();
				default -> List.of();
			};
		}

		/** @return the chain as stored, e.g. {@code TEAM_LEADER,TOWN} */
		String chainText() {
			return this.chain.stream().map(LeaveStep::name).collect(Collectors.joining(","));
		}
	}
}
