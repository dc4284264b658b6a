package org.zhucun.unitduties.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.zhucun.shared.domain.BaseEntity;

/**
 * An aid unit's meeting on the village work (驻村帮扶专题会), at least one a quarter: when, who chaired it, who
 * attended, whether the team and its first secretary reported (听取汇报), the topics, decisions and problems solved.
 */
@Entity
@Table(name = "unit_meeting")
public class UnitMeeting extends BaseEntity {

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(name = "chair_id", nullable = false)
	private Long chairId;

	@Column(nullable = false)
	private String attendees;

	@Column(name = "team_reported", nullable = false)
	private boolean teamReported;

	@Column(nullable = false)
	private String topics;

	private String decisions;

	private String solved;

	protected UnitMeeting() {
	}

	public UnitMeeting(Long unitId, LocalDate heldOn, Long chairId, String attendees, boolean teamReported,
			String topics, String decisions, String solved) {
		this.unitId = unitId;
		this.heldOn = heldOn;
		this.chairId = chairId;
		this.attendees = attendees;
		this.teamReported = teamReported;
		this.topics = topics;
		this.decisions = decisions;
		this.solved = solved;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public Long getChairId() {
		return this.chairId;
	}

	public String getAttendees() {
		return this.attendees;
	}

	public boolean isTeamReported() {
		return this.teamReported;
	}

	public String getTopics() {
		return this.topics;
	}

	public String getDecisions() {
		return this.decisions;
	}

	public String getSolved() {
		return this.solved;
	}
}
