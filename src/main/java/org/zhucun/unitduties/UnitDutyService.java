package org.zhucun.unitduties;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.Organization;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.unitduties.domain.rule.DutyRule;
import org.zhucun.unitduties.domain.rule.MonthDuty;

/** The unit's duties page: month by month, with the rotation of the leadership members. */
@Service
@Transactional(readOnly = true)
public class UnitDutyService {

	/** Months the unit page shows. */
	public static final int MONTHS = 6;

	private final DutyQueries queries;

	private final DutyJudge judge;

	private final UnitDutyAccess access;

	private final Organization organization;

	private final Clock clock;

	UnitDutyService(DutyQueries queries, DutyJudge judge, UnitDutyAccess access, Organization organization,
			Clock clock) {
		this.queries = queries;
		this.judge = judge;
		this.access = access;
		this.organization = organization;
		this.clock = clock;
	}

	/** @return the current month in the district */
	public YearMonth currentMonth() {
		return YearMonth.now(this.clock);
	}

	/** @return the unit of a unit's administrator, or {@code null} for other roles */
	public Long ownUnit() {
		DataScope scope = this.access.current();
		return scope.isUnit() ? scope.unitId() : null;
	}

	/**
	 * @return the unit's {@link #MONTHS} months up to {@code last} (never beyond the current month); refuses a unit
	 * outside the account's scope
	 */
	public UnitDutyPage unitPage(Long unitId, YearMonth last) {
		DataScope scope = this.access.readUnit(unitId);
		String name = this.organization.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId)).name();
		YearMonth current = currentMonth();
		YearMonth shownLast = last == null || last.isAfter(current) ? current : last;
		List<YearMonth> months = new ArrayList<>();
		for (int i = MONTHS - 1; i >= 0; i--) {
			months.add(shownLast.minusMonths(i));
		}
		LocalDate from = months.get(0).atDay(1);
		LocalDate to = shownLast.atEndOfMonth();
		List<VisitRow> visits = this.queries.visitsOverlapping(Set.of(unitId), from, to);
		DutyRule rule = this.judge.rule();
		List<MonthDuty> judged = rule.judge(months, DutyJudge.spans(visits));
		Set<LocalDate> meetingQuarters = this.queries.meetingQuarters(unitId, DutyJudge.quarterStart(months.get(0)),
				DutyJudge.quarterEnd(shownLast));
		List<Boolean> meetings = months.stream()
			.map(m -> meetingQuarters.contains(DutyJudge.quarterStart(m)))
			.toList();
		List<DutyRule.Member> members = this.organization.leadersOf(unitId)
			.stream()
			.map(l -> new DutyRule.Member(l.id(), l.name(), l.position(), l.principal(), l.active()))
			.toList();
		List<VisitRow> newestFirst = visits.stream()
			.sorted(Comparator.comparing(VisitRow::firstDay).thenComparing(VisitRow::id).reversed())
			.toList();
		return new UnitDutyPage(unitId, name, months, judged, meetings, DutyRule.rotation(members, judged),
				newestFirst, current, this.access.canWrite(scope, unitId));
	}
	/** @return the signed-in unit administrator's month so far, for the home card; empty for a user without a unit */
	public java.util.Optional<UnitMonthCard> ownCard() {
		Long unitId = ownUnit();
		if (unitId == null) {
			return java.util.Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		YearMonth month = YearMonth.from(today);
		MonthDuty duty = this.judge.judge(month,
				this.queries.visitsOverlapping(Set.of(unitId), month.atDay(1), month.atEndOfMonth()));
		boolean meeting = !this.queries
			.meetingQuarters(unitId, DutyJudge.quarterStart(month), DutyJudge.quarterEnd(month))
			.isEmpty();
		return java.util.Optional.of(new UnitMonthCard(unitId, duty, month.lengthOfMonth() - today.getDayOfMonth(),
				meeting));
	}
}
