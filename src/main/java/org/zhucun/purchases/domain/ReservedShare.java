package org.zhucun.purchases.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.domain.BusinessRuleException;

/** A unit's reserved share (预留份额) for a year: a target amount, or exempt (the unit has no canteen). */
@Entity
@Table(name = "purchase_share")
@Audited
public class ReservedShare extends BaseEntity {

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(nullable = false, updatable = false)
	private int year;

	@Column(precision = 14, scale = 2)
	private BigDecimal target;

	@Column(nullable = false)
	private boolean exempt;

	protected ReservedShare() {
	}

	public ReservedShare(Long unitId, int year) {
		this.unitId = unitId;
		this.year = year;
	}

	/**
	 * Sets a target, or marks the unit exempt (then the target is dropped).
	 * @throws BusinessRuleException beside {@code target} when a non-exempt share has no positive target of at most
	 * two decimals
	 */
	public void set(BigDecimal target, boolean exempt) {
		if (exempt) {
			this.target = null;
			this.exempt = true;
			return;
		}
		if (target == null) {
			throw new BusinessRuleException("target", "purchase.share.error.target-required");
		}
		if (target.signum() <= 0) {
			throw new BusinessRuleException("target", "purchase.error.not-positive");
		}
		if (target.stripTrailingZeros().scale() > 2) {
			throw new BusinessRuleException("target", "purchase.error.decimals", 2);
		}
		if (target.compareTo(PurchaseRules.MAX_AMOUNT) > 0) {
			throw new BusinessRuleException("target", "purchase.error.too-large");
		}
		this.target = target.setScale(2, RoundingMode.UNNECESSARY);
		this.exempt = false;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public int getYear() {
		return this.year;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public boolean isExempt() {
		return this.exempt;
	}
}
