package org.zhucun.unitduties.domain.rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The monthly duty rule of an aid unit (DOMAIN §6, 单位做后盾): in each month the principal visits the village at
 * least {@code duty.principal-visits-per-month} times (a visit counts in every month it overlaps), and the other
 * leadership members, taking turns, spend at least {@code duty.others-days-per-month} days in the village in total
 * (only the days that fall in the month; a member's day is counted once even when two of their visits overlap).
 * A visit counts for the role its member held when it was recorded: the principal's visits count for the principal
 * only, never towards the others' days, and the visits of a member who has since left the leadership still count for
 * the months they fell in. Each month is judged by the numbers in force on its first day.
 */
public final class DutyRule {

	/** Months without a visit after which a member is pointed out on the rotation. */
	public static final int ROTATION_GAP_MONTHS = 3;

	private final Function<YearMonth, DutyNumbers> numbersInForce;

	/** @param numbersInForce the rule's numbers for a month (from the settings valid on its first day) */
	public DutyRule(Function<YearMonth, DutyNumbers> numbersInForce) {
		this.numbersInForce = numbersInForce;
	}

	/** @return the month judged from the unit's visits (visits outside the month are ignored) */
	public MonthDuty judge(YearMonth month, Collection<VisitSpan> visits) {
		return judge(month, this.numbersInForce.apply(month), visits);
	}

	/** @return each of the months judged, in order */
	public List<MonthDuty> judge(List<YearMonth> months, Collection<VisitSpan> visits) {
		return months.stream().map(m -> judge(m, visits)).toList();
	}

	/** @return the month judged by the given numbers */
	public static MonthDuty judge(YearMonth month, DutyNumbers numbers, Collection<VisitSpan> visits) {
		int principalVisits = 0;
		Map<Long, Set<LocalDate>> days = new LinkedHashMap<>();
		Set<String> otherDays = new HashSet<>();
		for (VisitSpan visit : visits) {
			if (!visit.overlaps(month)) {
				continue;
			}
			if (visit.principal()) {
				principalVisits++;
			}
			Set<LocalDate> ofLeader = days.computeIfAbsent(visit.leaderId(), k -> new HashSet<>());
			LocalDate from = visit.firstDay().isBefore(month.atDay(1)) ? month.atDay(1) : visit.firstDay();
			LocalDate to = visit.lastDay().isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : visit.lastDay();
			for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
				ofLeader.add(d);
				if (!visit.principal()) {
					otherDays.add(visit.leaderId() + "@" + d);
				}
			}
		}
		Map<Long, Integer> byLeader = new HashMap<>();
		days.forEach((leader, set) -> byLeader.put(leader, set.size()));
		return new MonthDuty(month, numbers, principalVisits, otherDays.size(), byLeader);
	}

	/**
	 * The rotation of the members over the months: one row per member who is active now or went to the village in
	 * one of the months (so a member who left the leadership mid-month still shows the days they went), with their
	 * days per month and whether they have not been for {@link #ROTATION_GAP_MONTHS} months up to the last month.
	 * @param members the unit's members, active and former, in the order to show
	 * @param judged the months shown, judged, oldest first
	 */
	public static List<RotationRow> rotation(List<Member> members, List<MonthDuty> judged) {
		List<RotationRow> rows = new ArrayList<>();
		for (Member member : members) {
			List<Integer> perMonth = judged.stream().map(d -> d.daysByLeader().getOrDefault(member.id(), 0)).toList();
			boolean went = perMonth.stream().anyMatch(n -> n > 0);
			if (!member.active() && !went) {
				continue;
			}
			int recent = Math.min(ROTATION_GAP_MONTHS, perMonth.size());
			boolean gap = perMonth.size() >= ROTATION_GAP_MONTHS && member.active()
					&& perMonth.subList(perMonth.size() - recent, perMonth.size()).stream().allMatch(n -> n == 0);
			rows.add(new RotationRow(member, perMonth, gap));
		}
		return rows;
	}

	/** A leadership member as the rotation shows them. */
	public record Member(Long id, String name, String position, boolean principal, boolean active) {
	}

	/**
	 * One member's days per month.
	 * @param member the member
	 * @param daysPerMonth days in the village in each month shown
	 * @param notForThreeMonths whether an active member has not been to the village in the last three months shown
	 */
	public record RotationRow(Member member, List<Integer> daysPerMonth, boolean notForThreeMonths) {

		public RotationRow {
			daysPerMonth = List.copyOf(daysPerMonth);
		}
	}
}
