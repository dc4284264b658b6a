package org.zhucun.unitduties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.Attendance;
import org.zhucun.attendance.CadreMonth;
import org.zhucun.organization.Choice;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.unitduties.domain.rule.DutyNumbers;
import org.zhucun.unitduties.domain.rule.MonthDuty;
import org.zhucun.unitduties.domain.rule.VisitSpan;

/**
 * The unit duties module's API for the monthly report and oversight: a unit's duties in a month, and the units short
 * of the monthly rule. Facts without a scope check: the caller checks what the signed-in account may see. Each answer
 * takes a few queries.
 */
@Service
@Transactional(readOnly = true)
public class UnitDuties {

	private final DutyQueries queries;

	private final DutyJudge judge;

	private final Attendance attendance;

	private final PolicySettings settings;

	UnitDuties(DutyQueries queries, DutyJudge judge, Attendance attendance, PolicySettings settings) {
		this.queries = queries;
		this.judge = judge;
		this.attendance = attendance;
		this.settings = settings;
	}

	/** @return the unit's duties in the month: visits, the rule's result, the quarter's meeting, the allowances */
	public UnitDutyMonth monthFor(Long unitId, YearMonth month) {
		List<VisitRow> visits = this.queries.visitsOverlapping(Set.of(unitId), month.atDay(1), month.atEndOfMonth());
		MonthDuty duty = this.judge.judge(month, visits);
		List<VisitLine> lines = visits.stream()
			.map(v -> new VisitLine(v.id(), v.leaderId(), v.leaderName(), v.principal(), v.villageName(), v.firstDay(),
					v.lastDay(),
					new VisitSpan(v.leaderId(), v.principal(), v.firstDay(), v.lastDay()).daysIn(month)))
			.toList();
		boolean meeting = !this.queries
			.unitsWithMeeting(Set.of(unitId), DutyJudge.quarterStart(month), DutyJudge.quarterEnd(month))
			.isEmpty();
		BigDecimal allowance = dailyRate(month)
			.map(rate -> rate.multiply(BigDecimal.valueOf(
					this.attendance.unitMonth(unitId, month).stream().mapToInt(CadreMonth::inVillageDays).sum())))
			.orElse(null);
		return new UnitDutyMonth(lines, duty.principalVisited(), duty.othersDays(), duty.required().othersDays(),
				meeting, allowance, duty.met());
	}

	/** @return the active units short of the month's rule, by name */
	public List<UnitDutyShortfall> shortfalls(YearMonth month) {
		return statuses(null, month).stream()
			.filter(s -> !s.monthMet())
			.map(UnitMonthStatus::shortfall)
			.toList();
	}

	/** @return the daily allowance rate in force in the month (on its first day); empty while the office has set none */
	public Optional<BigDecimal> dailyRate(YearMonth month) {
		return this.settings.moneyValue(UnitDutySettings.DAILY_RATE, month.atDay(1));
	}

	/** @return the month of every active unit given (all when {@code null}), by name, in three queries */
	List<UnitMonthStatus> statuses(Collection<Long> unitIds, YearMonth month) {
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth();
		List<Choice> units = this.queries.activeUnits(unitIds);
		if (units.isEmpty()) {
			return List.of();
		}
		Collection<Long> ids = unitIds == null ? null : units.stream().map(Choice::id).toList();
		Map<Long, List<VisitRow>> visits = this.queries.visitsOverlapping(ids, from, to)
			.stream()
			.collect(Collectors.groupingBy(VisitRow::unitId));
		Set<Long> met = this.queries.unitsWithMeeting(ids, DutyJudge.quarterStart(month), DutyJudge.quarterEnd(month));
		DutyNumbers numbers = this.judge.numbers(month);
		List<UnitMonthStatus> statuses = new ArrayList<>();
		for (Choice unit : units) {
			MonthDuty duty = org.zhucun.unitduties.domain.rule.DutyRule.judge(month, numbers,
					DutyJudge.spans(visits.getOrDefault(unit.id(), List.of())));
			statuses.add(new UnitMonthStatus(unit.id(), unit.name(), duty.principalVisits(), numbers.principalVisits(),
					duty.othersDays(), numbers.othersDays(), met.contains(unit.id())));
		}
		return statuses;
	}
}
