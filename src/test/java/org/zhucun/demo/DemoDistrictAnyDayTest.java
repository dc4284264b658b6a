package org.zhucun.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhucun.demo.DemoAttendance.Day;
import org.zhucun.demo.DemoDistrict.LeaveRequest;
import org.zhucun.demo.DemoDistrict.LeaveState;
import org.zhucun.demo.DemoDistrict.LeaveStep;
import org.zhucun.demo.DemoDistrict.Membership;
import org.zhucun.demo.DemoDistrict.Team;
import org.zhucun.support.TestClock;
import org.zhucun.workteams.domain.ReductionRule;
import org.zhucun.workteams.domain.ReductionRule.Span;

/**
 * The demo district loaded on any day, whatever its weekday, month or year, holidays included: attendance up to
 * yesterday, {@code member}'s gap in this week for {@code leader}, leave waiting in the inboxes, reductions in the two
 * months before, terms ending soon, and a holiday calendar for every year the dates touch.
 */
class DemoDistrictAnyDayTest {

	/** The settings in force in the demo's months: team.min-members and team.replacement-days. */
	private static final ReductionRule RULE = new ReductionRule(3, 7);

	static Stream<LocalDate> loadDays() {
		return Stream.of(TestClock.TODAY, // a Saturday, the integration tests' day
				LocalDate.of(2026, 11, 30), // a Monday: the gap falls in last week
				LocalDate.of(2026, 12, 1), // a Tuesday, the first day of a month
				LocalDate.of(2026, 10, 5), // the Monday of the National Day holidays
				LocalDate.of(2026, 2, 18), // a Wednesday of the Spring Festival holidays
				LocalDate.of(2027, 1, 4), // early in a year without a holiday table
				LocalDate.of(2025, 3, 12), // a Wednesday of 2025
				LocalDate.of(2028, 7, 14), // a Friday two years on
				LocalDate.of(2030, 12, 31)); // the last day of a year
	}

	@ParameterizedTest
	@MethodSource("loadDays")
	void theSameDistrictOnTheSameDay(LocalDate today) {
		DemoDistrict district = Load.of(today).district();
		assertThat(DemoDistrictGenerator.generate(today)).isEqualTo(district);
		assertThat(DemoAttendanceGenerator.generate(district)).isEqualTo(DemoAttendanceGenerator.generate(district));
	}

	@ParameterizedTest
	@MethodSource("loadDays")
	void holidaysForEveryYearTheDatesTouchWithTheKnownTablesKept(LocalDate today) {
		DemoDistrict district = Load.of(today).district();
		List<LocalDate> days = district.holidays().stream().map(DemoDistrict.Holiday::day).toList();
		assertThat(days).doesNotHaveDuplicates().isSorted();
		for (int year = today.getYear() - 1; year <= today.plusDays(DemoDays.LEAVE_DAYS_AHEAD).getYear(); year++) {
			assertThat(days).as("holidays of %s", year)
				.contains(LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1), LocalDate.of(year, 10, 1));
		}
		assertThat(days.stream().filter(d -> d.getYear() == 2025)).hasSize(28);
		assertThat(days.stream().filter(d -> d.getYear() == 2026)).hasSize(33);
		assertThat(days).contains(LocalDate.of(2026, 2, 15)).doesNotContain(LocalDate.of(2026, 10, 8));
	}

	@ParameterizedTest
	@MethodSource("loadDays")
	void attendanceFromTheMonthTwoMonthsBackUpToYesterday(LocalDate today) {
		Load load = Load.of(today);
		DemoAttendance attendance = load.attendance();
		assertThat(attendance.days()).isNotEmpty()
			.allSatisfy(d -> assertThat(d.day()).isBetween(from(today), today.minusDays(1)).isNotIn(load.holidays()));
		LocalDate lastWorkingDay = today.minusDays(1);
		while (!load.working(lastWorkingDay)) {
			lastWorkingDay = lastWorkingDay.minusDays(1);
		}
		LocalDate last = lastWorkingDay;
		assertThat(attendance.days().stream().filter(d -> d.day().equals(last)).count())
			.as("records of the last working day %s", last)
			.isGreaterThan(100);
		if (today.withDayOfMonth(1).datesUntil(today).anyMatch(load::working)) {
			assertThat(attendance.days()).as("records of this month").anyMatch(d -> d.day().getMonth() == today.getMonth());
		}
	}

	@ParameterizedTest
	@MethodSource("loadDays")
	void theMemberLeavesAWorkingDayOfThisWeekUndeclaredForTheLeader(LocalDate today) {
		Load load = Load.of(today);
		DemoDistrict district = load.district();
		DemoAttendance attendance = load.attendance();
		Set<LocalDate> holidays = load.holidays();
		int member = district.anchors().memberCadre();
		LocalDate gap = district.days().demoGap(holidays);
		assertThat(gap).isBefore(today).isNotIn(holidays);
		assertThat(gap.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
		LocalDate monday = today.with(DayOfWeek.MONDAY);
		if (monday.datesUntil(today).anyMatch(load::working)) {
			assertThat(gap).as("a day of this week").isAfterOrEqualTo(monday);
		}
		else {
			assertThat(gap.datesUntil(today)).as("the last working day before today")
				.allMatch(d -> d.equals(gap) || !load.working(d));
		}
		Set<LocalDate> declared = attendance.days()
			.stream()
			.filter(d -> d.cadre() == member)
			.map(Day::day)
			.collect(Collectors.toSet());
		assertThat(declared).doesNotContain(gap);
		assertThat(district.leaves()).noneMatch(r -> r.cadre() == member && r.daysTaken().contains(gap));
		assertThat(gap.minusDays(14).datesUntil(gap))
			.filteredOn(d -> load.working(d) && !d.isBefore(from(today)))
			.filteredOn(d -> district.leaves().stream().noneMatch(r -> r.cadre() == member && r.daysTaken().contains(d)))
			.as("the member declares the other working days")
			.allMatch(declared::contains);
		int demoTeam = district.stories().demoTeam();
		int gapYear = gap.get(IsoFields.WEEK_BASED_YEAR);
		int gapWeek = gap.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		assertThat(attendance.confirmations()).allSatisfy(c -> assertThat(c.at().toLocalDate()).isBefore(today))
			.noneMatch(c -> c.team() == demoTeam && c.isoYear() == gapYear && c.isoWeek() == gapWeek)
			.noneMatch(c -> c.isoYear() == today.get(IsoFields.WEEK_BASED_YEAR)
					&& c.isoWeek() == today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	@ParameterizedTest
	@MethodSource("loadDays")
	void leaveAroundTodayWithRequestsWaitingForTheLeaderAndTheTown(LocalDate today) {
		DemoDistrict district = Load.of(today).district();
		int demoTeam = district.stories().demoTeam();
		int demoTown = district.anchors().town();
		List<LeaveRequest> pending = district.leaves().stream().filter(r -> r.state() == LeaveState.PENDING).toList();
		assertThat(pending).allSatisfy(r -> assertThat(r.firstDay()).isAfter(today));
		assertThat(pending).anyMatch(r -> r.team() == demoTeam && r.chain().get(r.stepIndex()) == LeaveStep.TEAM_LEADER);
		assertThat(pending).anyMatch(r -> townOf(district, r.team()) == demoTown
				&& r.chain().get(r.stepIndex()) == LeaveStep.TOWN);
		assertThat(district.leaves()).allSatisfy(r -> {
			assertThat(r.createdAt().toLocalDate()).isBefore(today);
			r.decisions().forEach(d -> assertThat(d.at().toLocalDate()).isBefore(today));
		});
		assertThat(district.leaves()).filteredOn(r -> r.state() == LeaveState.REJECTED || r.state() == LeaveState.RETURNED)
			.allSatisfy(r -> assertThat(r.lastDay()).isBefore(today));
		assertThat(district.leaves())
			.anyMatch(r -> r.cadre() == district.anchors().memberCadre() && r.state() == LeaveState.APPROVED
					&& r.lastDay().isBefore(today));
		Map<Integer, Integer> daysThisYear = new HashMap<>();
		for (LeaveRequest r : district.leaves()) {
			daysThisYear.merge(r.cadre(), (int) r.daysTaken().stream().filter(d -> d.getYear() == today.getYear()).count(),
					Integer::sum);
		}
		assertThat(daysThisYear.values().stream().filter(days -> days > 30)).as("cadres over the yearly limit")
			.containsExactly(33);
	}

	@ParameterizedTest
	@MethodSource("loadDays")
	void reductionsInTheTwoMonthsBeforeThisOneAndTermsEndingSoon(LocalDate today) {
		DemoDistrict district = Load.of(today).district();
		YearMonth month = YearMonth.from(today);
		Set<Integer> twoMonthsAgo = new HashSet<>();
		Set<Integer> lastMonth = new HashSet<>();
		for (int t = 0; t < district.teams().size(); t++) {
			List<Span> spans = new ArrayList<>();
			for (int i = 0; i < district.memberships().size(); i++) {
				Membership m = district.memberships().get(i);
				if (m.team() == t) {
					spans.add(new Span(i, m.joined(), m.left()));
				}
			}
			if (RULE.evaluate(spans, month.minusMonths(2), today).isPresent()) {
				twoMonthsAgo.add(t);
			}
			if (RULE.evaluate(spans, month.minusMonths(1), today).isPresent()) {
				lastMonth.add(t);
			}
		}
		assertThat(twoMonthsAgo).containsExactly(district.stories().reductionTwoMonthsAgo());
		assertThat(lastMonth).containsExactly(district.stories().reductionLastMonth());
		List<Team> active = district.teams().stream().filter(Team::active).toList();
		assertThat(active).allSatisfy(t -> assertThat(t.termEnd()).isAfter(today));
		assertThat(active).filteredOn(t -> !t.termEnd().isAfter(today.plusDays(60))).hasSize(6);
		assertThat(district.memberships()).allSatisfy(m -> {
			assertThat(m.joined()).isBeforeOrEqualTo(today);
			if (m.left() != null) {
				assertThat(m.left()).isBefore(today);
			}
		});
	}

	@ParameterizedTest
	@MethodSource("loadDays")
	void spotChecksOnDeclaredDaysBeforeTodayWithFiveDiscrepancies(LocalDate today) {
		DemoAttendance attendance = Load.of(today).attendance();
		Map<String, String> status = new HashMap<>();
		attendance.days().forEach(d -> status.put(d.cadre() + ":" + d.day(), d.status()));
		assertThat(attendance.checks()).hasSizeBetween(30, 60).allSatisfy(c -> {
			assertThat(c.at().toLocalDate()).isBefore(today);
			assertThat(status).containsKey(c.cadre() + ":" + c.day());
		});
		assertThat(attendance.checks()
			.stream()
			.filter(c -> !c.foundPresent() && "IN_VILLAGE".equals(status.get(c.cadre() + ":" + c.day())))).hasSize(5);
	}

	/** The district and attendance loaded on a day, generated once per day for all the tests. */
	private record Load(DemoDistrict district, DemoAttendance attendance, Set<LocalDate> holidays) {

		private static final Map<LocalDate, Load> LOADED = new ConcurrentHashMap<>();

		/** @return whether the day is a weekday and no holiday */
		boolean working(LocalDate day) {
			return day.getDayOfWeek().getValue() <= 5 && !this.holidays.contains(day);
		}

		static Load of(LocalDate today) {
			return LOADED.computeIfAbsent(today, day -> {
				DemoDistrict district = DemoDistrictGenerator.generate(day);
				return new Load(district, DemoAttendanceGenerator.generate(district), district.holidays()
					.stream()
					.map(DemoDistrict.Holiday::day)
					.collect(Collectors.toSet()));
			});
		}
	}

	/** @return the first day of attendance of a load on the given day */
	private static LocalDate from(LocalDate today) {
		return YearMonth.from(today).minusMonths(2).atDay(1);
	}

	private static int townOf(DemoDistrict district, int team) {
		return district.villages().get(district.teams().get(team).village()).town();
	}
}
