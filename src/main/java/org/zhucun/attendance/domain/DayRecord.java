package org.zhucun.attendance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.attendance.DaySource;
import org.zhucun.attendance.DayStatus;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * One cadre's record of one day (DOMAIN §4). It guards its rules: only a day in the village has a night, leave days
 * belong to the leave module and holidays to the calendar, so a declaration never overwrites them, while approved
 * leave overwrites any declaration.
 */
@Entity
@Table(name = "day_record")
@Audited
public class DayRecord extends BaseEntity {

	@Column(name = "cadre_id", nullable = false, updatable = false)
	private Long cadreId;

	@Column(name = "team_id")
	private Long teamId;

	@Column(nullable = false, updatable = false)
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DayStatus status;

	@Column(nullable = false)
	private boolean overnight;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DaySource source;

	@Column(name = "leave_request_id")
	private Long leaveRequestId;

	private BigDecimal latitude;

	private BigDecimal longitude;

	@Column(name = "accuracy_m")
	private Integer accuracyM;

	@Column(name = "distance_m")
	private Integer distanceM;

	@Column(name = "needs_review", nullable = false)
	private boolean needsReview;

	private String note;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@Column(name = "review_note")
	private String reviewNote;

	protected DayRecord() {
	}

	private DayRecord(Long cadreId, Long teamId, LocalDate day) {
		this.cadreId = Objects.requireNonNull(cadreId);
		this.teamId = teamId;
		this.day = Objects.requireNonNull(day);
	}

	/** @return a new record of a day the cadre or their team leader declares */
	public static DayRecord declared(Long cadreId, Long teamId, LocalDate day, DaySource source, DayStatus status,
			boolean overnight, Evidence evidence) {
		DayRecord record = new DayRecord(cadreId, teamId, day);
		record.declare(source, status, overnight, evidence);
		return record;
	}

	/** @return a new record of a day of approved leave */
	public static DayRecord leave(Long cadreId, Long teamId, LocalDate day, Long requestId) {
		DayRecord record = new DayRecord(cadreId, teamId, day);
		record.markLeave(requestId);
		return record;
	}

	/**
	 * Records what the cadre did that day, replacing an earlier declaration.
	 * @throws BusinessRuleException when the day is leave or a holiday, the status cannot be declared, or a night is
	 * claimed for a day not spent in the village
	 */
	public void declare(DaySource source, DayStatus status, boolean overnight, Evidence evidence) {
		checkDeclarable(source, status, overnight);
		Evidence given = evidence == null ? Evidence.NONE : evidence;
		this.status = status;
		this.overnight = overnight;
		this.source = Objects.requireNonNull(source);
		this.leaveRequestId = null;
		this.latitude = given.latitude();
		this.longitude = given.longitude();
		this.accuracyM = given.accuracyM();
		this.distanceM = given.distanceM();
		this.needsReview = given.needsReview();
		clearReview();
	}

	/**
	 * The town or the office has looked at a record marked for review (outside the village's radius) and says so
	 * with a note; kept in the record's history.
	 * @throws BusinessRuleException when the record is not marked for review or the note is missing
	 */
	public void markReviewed(String note, Instant at, String by) {
		if (!this.needsReview) {
			throw new BusinessRuleException(null, "attendance.review.not-marked");
		}
		if (note == null || note.isBlank()) {
			throw new BusinessRuleException("note", "attendance.review.note-required");
		}
		this.reviewNote = note.strip();
		this.reviewedAt = Objects.requireNonNull(at);
		this.reviewedBy = Objects.requireNonNull(by);
	}

	private void clearReview() {
		this.reviewedAt = null;
		this.reviewedBy = null;
		this.reviewNote = null;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public String getReviewNote() {
		return this.reviewNote;
	}

	/**
	 * @return whether the record already says this status and night with this position (or none): the same declaration
	 * sent twice changes nothing
	 */
	public boolean holds(DayStatus status, boolean overnight, BigDecimal latitude, BigDecimal longitude,
			Integer accuracyM) {
		return this.status == status && this.overnight == overnight && sameNumber(this.latitude, latitude)
				&& sameNumber(this.longitude, longitude) && Objects.equals(this.accuracyM, accuracyM);
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	/** @return a new record of a day the team leader fills in, with the reason in its note */
	public static DayRecord corrected(Long cadreId, Long teamId, LocalDate day, DayStatus status, boolean overnight,
			String reason) {
		DayRecord record = new DayRecord(cadreId, teamId, day);
		record.correct(status, overnight, reason);
		return record;
	}

	/**
	 * The team leader corrects the day with a reason, kept in the note (and so in the record's history); the
	 * location evidence of the cadre's declaration stays.
	 * @throws BusinessRuleException when the reason is missing, the day is leave or a holiday, the status cannot be
	 * declared, or a night is claimed for a day not spent in the village
	 */
	public void correct(DayStatus status, boolean overnight, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "attendance.cell.reason-required");
		}
		checkDeclarable(DaySource.LEADER, status, overnight);
		this.status = status;
		this.overnight = overnight;
		this.source = DaySource.LEADER;
		this.leaveRequestId = null;
		this.note = reason.strip();
	}

	private void checkDeclarable(DaySource source, DayStatus status, boolean overnight) {
		Objects.requireNonNull(status);
		if (this.status == DayStatus.LEAVE || this.status == DayStatus.HOLIDAY) {
			throw new BusinessRuleException("status", this.status == DayStatus.LEAVE ? "attendance.day.leave-locked"
					: "attendance.day.holiday-locked");
		}
		if (!status.isDeclarable() || source == DaySource.LEAVE) {
			throw new BusinessRuleException("status", "attendance.day.not-declarable");
		}
		if (overnight && !status.allowsNight()) {
			throw new BusinessRuleException("overnight", "attendance.day.night-needs-village");
		}
	}

	/** Marks the day as approved leave of the request; any declaration of the day gives way. Repeating it is harmless. */
	public void markLeave(Long requestId) {
		Objects.requireNonNull(requestId);
		this.status = DayStatus.LEAVE;
		this.source = DaySource.LEAVE;
		this.leaveRequestId = requestId;
		this.overnight = false;
		this.latitude = null;
		this.longitude = null;
		this.accuracyM = null;
		this.distanceM = null;
		this.needsReview = false;
		clearReview();
	}

	/**
	 * Withdraws the leave of the request from this day.
	 * @return whether the day was leave of that request and so holds nothing any more (the caller removes it);
	 * {@code false} leaves the record as it is
	 */
	public boolean clearLeave(Long requestId) {
		return this.status == DayStatus.LEAVE && Objects.equals(this.leaveRequestId, requestId);
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public DayStatus getStatus() {
		return this.status;
	}

	public boolean isOvernight() {
		return this.overnight;
	}

	public DaySource getSource() {
		return this.source;
	}

	public Long getLeaveRequestId() {
		return this.leaveRequestId;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public Integer getAccuracyM() {
		return this.accuracyM;
	}

	public Integer getDistanceM() {
		return this.distanceM;
	}

	public boolean isNeedsReview() {
		return this.needsReview;
	}

	public String getNote() {
		return this.note;
	}
}
