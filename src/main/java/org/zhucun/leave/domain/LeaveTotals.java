package org.zhucun.leave.domain;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cadre's approved leave days in one year, by type (DOMAIN §5): approved requests count all their days, returned
 * ones the days actually taken, others none; only the days inside the year count.
 */
public final class LeaveTotals {

	/**
	 * One leave request as the totals need it.
	 * @param actualReturnDate the first day back at work of a returned request, otherwise null
	 */
	public record Entry(long cadreId, LeaveType type, LeavePeriod period, LeaveState state, LocalDate actualReturnDate) {

		public Entry {
			Objects.requireNonNull(type, "type");
			Objects.requireNonNull(period, "period");
			Objects.requireNonNull(state, "state");
		}

		/** An entry of a request that was not returned. */
		public Entry(long cadreId, LeaveType type, LeavePeriod period, LeaveState state) {
			this(cadreId, type, period, state, null);
		}

		/** @return the entry of a request */
		public static Entry of(LeaveRequest request) {
			return new Entry(request.cadreId(), request.type(), request.period(), request.state(),
					request.actualReturnDate().orElse(null));
		}

		/** @return the days of leave this entry counts in the year */
		int daysIn(Year year) {
			return switch (this.state) {
				case APPROVED -> this.period.daysIn(year);
				case RETURNED -> this.period.withEarlyReturn(this.actualReturnDate)
					.taken()
					.map(taken -> taken.daysIn(year))
					.orElse(0);
				default -> 0;
			};
		}
	}

	private final long cadreId;

	private final Year year;

	private final Map<LeaveType, Integer> byType;

	private LeaveTotals(long cadreId, Year year, Map<LeaveType, Integer> byType) {
		this.cadreId = cadreId;
		this.year = year;
		this.byType = Collections.unmodifiableMap(byType);
	}

	/** @return the totals of one cadre in the year, from any entries (those of other cadres are left out) */
	public static LeaveTotals of(long cadreId, Year year, Collection<Entry> entries) {
		Map<LeaveType, Integer> byType = new EnumMap<>(LeaveType.class);
		for (Entry entry : entries) {
			int days = entry.cadreId() == cadreId ? entry.daysIn(year) : 0;
			if (days > 0) {
				byType.merge(entry.type(), days, Integer::sum);
			}
		}
		return new LeaveTotals(cadreId, year, byType);
	}

	/** @return the totals in the year of every cadre with an entry, by cadre id in the order first met */
	public static Map<Long, LeaveTotals> perCadre(Year year, Collection<Entry> entries) {
		Map<Long, List<Entry>> byCadre = new LinkedHashMap<>();
		for (Entry entry : entries) {
			byCadre.computeIfAbsent(entry.cadreId(), id -> new ArrayList<>()).add(entry);
		}
		Map<Long, LeaveTotals> totals = new LinkedHashMap<>();
		byCadre.forEach((id, own) -> totals.put(id, of(id, year, own)));
		return totals;
	}

	public long cadreId() {
		return this.cadreId;
	}

	public Year year() {
		return this.year;
	}

	/** @return the days of each type with at least one day */
	public Map<LeaveType, Integer> byType() {
		return this.byType;
	}

	/** @return the days of that type */
	public int days(LeaveType type) {
		return this.byType.getOrDefault(type, 0);
	}

	/** @return the days of every type together */
	public int total() {
		return this.byType.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * @param limitDays setting {@code leave.year-limit-days}
	 * @return whether the cadre took more days than the limit, and is to be flagged for recall review (召回调整)
	 */
	public boolean overYearLimit(int limitDays) {
		return total() > limitDays;
	}
}
