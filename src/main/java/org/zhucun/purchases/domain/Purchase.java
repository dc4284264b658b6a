package org.zhucun.purchases.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * A unit's purchase of an assisted village's produce (DOMAIN §8) and its life: ordered, received (dated), paid
 * (dated). It moves forward one step at a time (never paid before received); only the office may move it back.
 * Every change is kept by the audit trail.
 */
@Entity
@Table(name = "purchase")
@Audited
public class Purchase extends BaseEntity {

	/** The form field of the received date. */
	public static final String RECEIVED_FIELD = "receivedOn";

	/** The form field of the paid date. */
	public static final String PAID_FIELD = "paidOn";

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "purchase_date", nullable = false)
	private LocalDate date;

	@Column(name = "village_id", nullable = false)
	private Long villageId;

	@Enumerated(EnumType.STRING)
	@Column(name = "seller_kind", nullable = false)
	private SellerKind sellerKind;

	@Column(name = "seller_name")
	private String sellerName;

	@Column(nullable = false)
	private String product;

	@Column(name = "category_id", nullable = false)
	private Long categoryId;

	@Column(nullable = false, precision = 14, scale = 3)
	private BigDecimal quantity;

	@Column(nullable = false)
	private String measure;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	@Column(name = "channel_id", nullable = false)
	private Long channelId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Destination destination;

	@Enumerated(EnumType.STRING)
	@Column(name = "buyer_kind", nullable = false)
	private BuyerKind buyerKind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PurchaseStatus status;

	@Column(name = "received_on")
	private LocalDate receivedOn;

	@Column(name = "paid_on")
	private LocalDate paidOn;

	private String note;

	/** For persistence frameworks only. */
	protected Purchase() {
	}

	/**
	 * A new ordered purchase; the values must have passed {@link PurchaseRules#check} and the service's reference
	 * checks.
	 */
	public static Purchase order(PurchaseDetails details) {
		Purchase purchase = new Purchase();
		purchase.unitId = details.unitId();
		purchase.status = PurchaseStatus.ORDERED;
		purchase.apply(details);
		return purchase;
	}

	/** Changes the values (not the unit, not the status). A received purchase keeps a date on or before receipt. */
	public void update(PurchaseDetails details) {
		if (this.receivedOn != null && details.date().isAfter(this.receivedOn)) {
			throw new BusinessRuleException("date", "purchase.error.date-after-received", this.receivedOn.toString());
		}
		apply(details);
	}

	private void apply(PurchaseDetails d) {
		this.date = d.date();
		this.villageId = d.villageId();
		this.sellerKind = d.sellerKind();
		this.sellerName = d.sellerKind().named() ? d.sellerName().strip() : null;
		this.product = d.product().strip();
		this.categoryId = d.categoryId();
		this.quantity = d.quantity().setScale(3, RoundingMode.UNNECESSARY);
		this.measure = d.measure().strip();
		this.amount = d.amount().setScale(2, RoundingMode.UNNECESSARY);
		this.channelId = d.channelId();
		this.destination = d.destination();
		this.buyerKind = d.buyerKind();
		this.note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
	}

	/**
	 * Records the produce as received on the day.
	 * @throws BusinessRuleException when it is not ordered, or the day is missing, in the future or before the
	 * purchase
	 */
	public void receive(LocalDate on, LocalDate today) {
		if (this.status != PurchaseStatus.ORDERED) {
			throw BusinessRuleException.global("purchase.error.not-ordered");
		}
		checkDay(RECEIVED_FIELD, on, this.date, today, "purchase.error.received-before-date");
		this.receivedOn = on;
		this.status = PurchaseStatus.RECEIVED;
	}

	/**
	 * Records the purchase as paid on the day; from now on it counts.
	 * @throws BusinessRuleException when it has not been received (never paid before received), or the day is
	 * missing, in the future or before receipt
	 */
	public void pay(LocalDate on, LocalDate today) {
		if (this.status != PurchaseStatus.RECEIVED) {
			throw BusinessRuleException.global(this.status == PurchaseStatus.ORDERED ? "purchase.error.paid-before-received"
					: "purchase.error.already-paid");
		}
		checkDay(PAID_FIELD, on, this.receivedOn, today, "purchase.error.paid-before-received-day");
		this.paidOn = on;
		this.status = PurchaseStatus.PAID;
	}

	/**
	 * Moves the purchase one step back (paid → received → ordered), clearing that step's date.
	 * @param byOffice whether the office asks: nobody else may go back
	 */
	public void stepBack(boolean byOffice) {
		if (!byOffice) {
			throw BusinessRuleException.global("purchase.error.back-office-only");
		}
		switch (this.status) {
			case PAID -> {
				this.paidOn = null;
				this.status = PurchaseStatus.RECEIVED;
			}
			case RECEIVED -> {
				this.receivedOn = null;
				this.status = PurchaseStatus.ORDERED;
			}
			default -> throw BusinessRuleException.global("purchase.error.nothing-back");
		}
	}

	private static void checkDay(String field, LocalDate on, LocalDate notBefore, LocalDate today, String beforeKey) {
		if (on == null) {
			throw new BusinessRuleException(field, "purchase.error.day-required");
		}
		if (on.isAfter(today)) {
			throw new BusinessRuleException(field, "purchase.error.day-future");
		}
		if (on.isBefore(notBefore)) {
			throw new BusinessRuleException(field, beforeKey, notBefore.toString());
		}
	}

	public Long unitId() {
		return this.unitId;
	}

	public LocalDate date() {
		return this.date;
	}

	public Long villageId() {
		return this.villageId;
	}

	public SellerKind sellerKind() {
		return this.sellerKind;
	}

	public String sellerName() {
		return this.sellerName;
	}

	public String product() {
		return this.product;
	}

	public Long categoryId() {
		return this.categoryId;
	}

	public BigDecimal quantity() {
		return this.quantity;
	}

	public String measure() {
		return this.measure;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public Long channelId() {
		return this.channelId;
	}

	public Destination destination() {
		return this.destination;
	}

	public BuyerKind buyerKind() {
		return this.buyerKind;
	}

	public PurchaseStatus status() {
		return this.status;
	}

	public LocalDate receivedOn() {
		return this.receivedOn;
	}

	public LocalDate paidOn() {
		return this.paidOn;
	}

	public String note() {
		return this.note;
	}

	/** @return whether the purchase counts toward the totals (received and paid) */
	public boolean counted() {
		return this.status.counted();
	}
}
