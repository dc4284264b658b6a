package org.zhucun.oversight.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * A recall (召回调整) of a cadre who fails (DOMAIN §10, §3): the membership ends on the last day with reason RECALL,
 * and the team's replacement is due within the replacement days in force then; a member joining the team from the
 * last day on closes it (worked out when read).
 */
@Entity
@Table(name = "oversight_recall")
@Audited
public class Recall extends BaseEntity {

	@Column(name = "cadre_id", nullable = false, updatable = false)
	private Long cadreId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "town_id", updatable = false)
	private Long townId;

	@Column(name = "membership_id", nullable = false, updatable = false)
	private Long membershipId;

	@Column(name = "last_day", nullable = false, updatable = false)
	private LocalDate lastDay;

	@Column(name = "replacement_due", nullable = false, updatable = false)
	private LocalDate replacementDue;

	@Column(nullable = false)
	private String reason;

	@Column(name = "finding_id")
	private Long findingId;

	@Column(name = "interview_id")
	private Long interviewId;

	/** For persistence frameworks only. */
	protected Recall() {
	}

	/**
	 * Records the recall of a cadre's membership.
	 * @param replacementDays the days within which the team must be brought back to strength (setting in force on
	 * the last day)
	 * @throws BusinessRuleException beside {@code lastDay} or {@code reason}
	 */
	public static Recall of(Long cadreId, Long teamId, Long unitId, Long townId, Long membershipId, LocalDate lastDay,
			int replacementDays, String reason, Long findingId, Long interviewId) {
		if (lastDay == null) {
			throw new BusinessRuleException("lastDay", "oversight.recall.error.last-day-required");
		}
		Recall recall = new Recall();
		recall.cadreId = cadreId;
		recall.teamId = teamId;
		recall.unitId = unitId;
		recall.townId = townId;
		recall.membershipId = membershipId;
		recall.lastDay = lastDay;
		recall.replacementDue = lastDay.plusDays(replacementDays);
		recall.reason = Texts.required("reason", reason, 1000, "oversight.recall.error.reason");
		recall.findingId = findingId;
		recall.interviewId = interviewId;
		return recall;
	}

	/** @return the reason as recorded */
	public String reasonText() {
		return this.reason;
	}

	public Long teamId() {
		return this.teamId;
	}

	public LocalDate lastDay() {
		return this.lastDay;
	}

	public LocalDate replacementDue() {
		return this.replacementDue;
	}
}
