package org.zhucun.attendance.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.attendance.DayStatus;
import org.zhucun.attendance.SpotCheckMethod;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * A spot check of one cadre (DOMAIN §4), made by a town official or the office: when, how (visit or phone), whether
 * the cadre was found present, and a note. It guards its rules: the time is not in the future, the method and the
 * result are given, the note is at most 500 characters; the day is the district's calendar date of the time. The
 * cadre's team and that team's town are kept as they were on the day. Whether it is a discrepancy is worked out when
 * read, against the day record as it is then.
 */
@Entity
@Table(name = "spot_check")
@Audited
public class SpotCheck extends BaseEntity {

	/** The longest note kept. */
	public static final int NOTE_MAX = 500;

	@Column(name = "cadre_id", nullable = false, updatable = false)
	private Long cadreId;

	@Column(name = "team_id", updatable = false)
	private Long teamId;

	@Column(name = "town_id", updatable = false)
	private Long townId;

	@Column(name = "checked_at", nullable = false, updatable = false)
	private Instant checkedAt;

	@Column(nullable = false, updatable = false)
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private SpotCheckMethod method;

	@Column(name = "found_present", nullable = false, updatable = false)
	private boolean foundPresent;

	@Column(updatable = false)
	private String note;

	@Column(name = "checked_by", nullable = false, updatable = false)
	private Long checkedBy;

	@Column(name = "checked_by_username", nullable = false, updatable = false)
	private String checkedByUsername;

	protected SpotCheck() {
	}

	/**
	 * @param clock the district's clock: its zone gives the day, its instant the limit of the time
	 * @return a new check
	 * @throws BusinessRuleException when the time is missing or in the future, the method or the result is missing, or
	 * the note is too long
	 */
	public static SpotCheck record(Long cadreId, Long teamId, Long townId, Instant checkedAt, SpotCheckMethod method,
			Boolean foundPresent, String note, Long checkedBy, String checkedByUsername, Clock clock) {
		Objects.requireNonNull(cadreId);
		Objects.requireNonNull(checkedBy);
		Objects.requireNonNull(checkedByUsername);
		if (checkedAt == null) {
			throw new BusinessRuleException("date", "spotchecks.checked-at.required");
		}
		if (checkedAt.isAfter(clock.instant())) {
			throw new BusinessRuleException("date", "spotchecks.checked-at.future");
		}
		if (method == null) {
			throw new BusinessRuleException("method", "spotchecks.method.required");
		}
		if (foundPresent == null) {
			throw new BusinessRuleException("foundPresent", "spotchecks.result.required");
		}
		String kept = note == null || note.isBlank() ? null : note.strip();
		if (kept != null && kept.length() > NOTE_MAX) {
			throw new BusinessRuleException("note", "spotchecks.note.too-long", NOTE_MAX);
		}
		SpotCheck check = new SpotCheck();
		check.cadreId = cadreId;
		check.teamId = teamId;
		check.townId = townId;
		check.checkedAt = checkedAt;
		check.day = checkedAt.atZone(clock.getZone()).toLocalDate();
		check.method = method;
		check.foundPresent = foundPresent;
		check.note = kept;
		check.checkedBy = checkedBy;
		check.checkedByUsername = checkedByUsername;
		return check;
	}

	/**
	 * @param declared the cadre's status of the day as it is now, or {@code null} when the day has no record
	 * @return whether the check found the cadre absent on a day declared in the village
	 */
	public boolean isDiscrepancyAgainst(DayStatus declared) {
		return !this.foundPresent && declared == DayStatus.IN_VILLAGE;
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public Long getTownId() {
		return this.townId;
	}

	public Instant getCheckedAt() {
		return this.checkedAt;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public SpotCheckMethod getMethod() {
		return this.method;
	}

	public boolean isFoundPresent() {
		return this.foundPresent;
	}

	public String getNote() {
		return this.note;
	}

	public Long getCheckedBy() {
		return this.checkedBy;
	}

	public String getCheckedByUsername() {
		return this.checkedByUsername;
	}
}
