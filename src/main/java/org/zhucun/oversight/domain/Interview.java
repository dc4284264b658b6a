package org.zhucun.oversight.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * An interview (约谈) of a cadre or of a leadership member of an aid unit who fails (DOMAIN §10): when, who, by whom,
 * why (optionally the finding it follows), what was agreed, and the day to follow up.
 */
@Entity
@Table(name = "oversight_interview")
@Audited
public class Interview extends BaseEntity {

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "cadre_id")
	private Long cadreId;

	@Column(name = "leader_id")
	private Long leaderId;

	@Column(nullable = false)
	private String interviewer;

	@Column(nullable = false)
	private String reason;

	@Column(name = "finding_id")
	private Long findingId;

	@Column(nullable = false)
	private String agreed;

	@Column(name = "follow_up_on")
	private LocalDate followUpOn;

	/** For persistence frameworks only. */
	protected Interview() {
	}

	/**
	 * Records an interview held on a day not in the future, of exactly one cadre or unit leader of the unit.
	 * @throws BusinessRuleException beside the field at fault
	 */
	public static Interview record(LocalDate heldOn, Long unitId, Long cadreId, Long leaderId, String interviewer,
			String reason, Long findingId, String agreed, LocalDate followUpOn, LocalDate today) {
		if (heldOn == null) {
			throw new BusinessRuleException("heldOn", "oversight.interview.error.held-on-required");
		}
		if (heldOn.isAfter(today)) {
			throw new BusinessRuleException("heldOn", "oversight.interview.error.held-on-future");
		}
		if ((cadreId == null) == (leaderId == null)) {
			throw new BusinessRuleException("cadreId", "oversight.interview.error.who-required");
		}
		if (followUpOn != null && followUpOn.isBefore(heldOn)) {
			throw new BusinessRuleException("followUpOn", "oversight.interview.error.follow-up-before");
		}
		Interview interview = new Interview();
		interview.heldOn = heldOn;
		interview.unitId = unitId;
		interview.cadreId = cadreId;
		interview.leaderId = leaderId;
		interview.interviewer = Texts.required("interviewer", interviewer, 100, "oversight.interview.error.interviewer");
		interview.reason = Texts.required("reason", reason, 1000, "oversight.interview.error.reason");
		interview.findingId = findingId;
		interview.agreed = Texts.required("agreed", agreed, 1000, "oversight.interview.error.agreed");
		interview.followUpOn = followUpOn;
		return interview;
	}

	public LocalDate heldOn() {
		return this.heldOn;
	}

	public Long unitId() {
		return this.unitId;
	}
}
