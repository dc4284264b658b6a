package org.zhucun.purchases.web;

import java.math.BigDecimal;

/** The reserved-share form of one unit and year: a target amount, or exempt. */
public class ShareForm {

	private Long version;

	private BigDecimal target;

	private boolean exempt;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public void setTarget(BigDecimal target) {
		this.target = target;
	}

	public boolean isExempt() {
		return this.exempt;
	}

	public void setExempt(boolean exempt) {
		this.exempt = exempt;
	}
}
