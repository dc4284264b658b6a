package org.zhucun.leave.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A leave period split at the cadre's actual return date: the days taken before it, and the days from it to the
 * last day of leave, which are freed (their leave day records are to be removed).
 */
public final class EarlyReturn {

	private final LocalDate returnDate;

	private final LeavePeriod taken;

	private final LeavePeriod freed;

	EarlyReturn(LocalDate returnDate, LeavePeriod taken, LeavePeriod freed) {
		this.returnDate = returnDate;
		this.taken = taken;
		this.freed = freed;
	}

	/** @return the first day back at work */
	public LocalDate returnDate() {
		return this.returnDate;
	}

	/** @return the days of leave actually taken; empty when the cadre came back on the first day */
	public Optional<LeavePeriod> taken() {
		return Optional.ofNullable(this.taken);
	}

	/** @return the days of leave not taken; empty when the cadre came back the day after the last day */
	public Optional<LeavePeriod> freed() {
		return Optional.ofNullable(this.freed);
	}

	public int daysTaken() {
		return this.taken == null ? 0 : this.taken.days();
	}

	public int daysFreed() {
		return this.freed == null ? 0 : this.freed.days();
	}
}
