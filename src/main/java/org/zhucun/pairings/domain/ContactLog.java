package org.zhucun.pairings.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * A contact of the paired cadre with the household (走访记录): the day, home visit or phone call, the standard check
 * of the family's situation (两不愁三保障: each met or a problem), problems raised, help given, policies applied,
 * income change, satisfaction, and optionally where it was made. Made within the running pairing, never in the
 * future or before the pairing began.
 */
@Entity
@Table(name = "contact_log")
@Audited
public class ContactLog extends BaseEntity {

	/** Form field of the day. */
	public static final String DATE_FIELD = "contactDate";

	/** The standard check (两不愁三保障): for each item, whether it is met. */
	public record Check(boolean food, boolean clothing, boolean education, boolean medical, boolean housing,
			boolean water) {

		/** @return how many of the six items are a problem */
		public int problems() {
			int n = 0;
			for (boolean ok : new boolean[] { this.food, this.clothing, this.education, this.medical, this.housing,
					this.water }) {
				n += ok ? 0 : 1;
			}
			return n;
		}
	}

	/** What was found and done. */
	public record Notes(String problems, String helpGiven, String policies, String incomeChange) {
	}

	@Column(name = "household_id", nullable = false, updatable = false)
	private long householdId;

	@Column(name = "pairing_id", nullable = false, updatable = false)
	private long pairingId;

	@Column(name = "cadre_id", nullable = false, updatable = false)
	private long cadreId;

	@Column(name = "contact_date", nullable = false, updatable = false)
	private LocalDate contactDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ContactKind kind;

	@Column(name = "food_ok", nullable = false)
	private boolean foodOk;

	@Column(name = "clothing_ok", nullable = false)
	private boolean clothingOk;

	@Column(name = "education_ok", nullable = false)
	private boolean educationOk;

	@Column(name = "medical_ok", nullable = false)
	private boolean medicalOk;

	@Column(name = "housing_ok", nullable = false)
	private boolean housingOk;

	@Column(name = "water_ok", nullable = false)
	private boolean waterOk;

	private String problems;

	@Column(name = "help_given")
	private String helpGiven;

	private String policies;

	@Column(name = "income_change")
	private String incomeChange;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Satisfaction satisfaction;

	private BigDecimal latitude;

	private BigDecimal longitude;

	@Column(name = "on_behalf", nullable = false, updatable = false)
	private boolean onBehalf;

	protected ContactLog() {
	}

	/**
	 * Logs a contact within the pairing.
	 * @throws BusinessRuleException beside the day when it is after today or before the pairing's first day
	 */
	public ContactLog(Pairing pairing, LocalDate contactDate, ContactKind kind, Check check, Notes notes,
			Satisfaction satisfaction, BigDecimal latitude, BigDecimal longitude, boolean onBehalf, LocalDate today) {
		if (contactDate.isAfter(today)) {
			throw new BusinessRuleException(DATE_FIELD, "pairings.contact.date.future");
		}
		if (contactDate.isBefore(pairing.getFromDate())) {
			throw new BusinessRuleException(DATE_FIELD, "pairings.contact.date.before-pairing", pairing.getFromDate());
		}
		if (!pairing.isOpen()) {
			throw BusinessRuleException.global("pairings.pairing.already-ended");
		}
		this.householdId = pairing.getHouseholdId();
		this.pairingId = pairing.getId();
		this.cadreId = pairing.getCadreId();
		this.contactDate = contactDate;
		this.kind = kind;
		this.foodOk = check.food();
		this.clothingOk = check.clothing();
		this.educationOk = check.education();
		this.medicalOk = check.medical();
		this.housingOk = check.housing();
		this.waterOk = check.water();
		this.problems = notes.problems();
		this.helpGiven = notes.helpGiven();
		this.policies = notes.policies();
		this.incomeChange = notes.incomeChange();
		this.satisfaction = satisfaction;
		this.latitude = latitude;
		this.longitude = longitude;
		this.onBehalf = onBehalf;
	}

	public long getHouseholdId() {
		return this.householdId;
	}

	public LocalDate getContactDate() {
		return this.contactDate;
	}

	public ContactKind getKind() {
		return this.kind;
	}
}
