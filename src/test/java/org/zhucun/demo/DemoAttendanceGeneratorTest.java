package org.zhucun.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.zhucun.support.TestClock;
import org.zhucun.attendance.DayStatus;
import org.zhucun.attendance.domain.rule.DayEntry;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.attendance.domain.rule.MonthFlags;
import org.zhucun.attendance.domain.rule.WeekResult;
import org.zhucun.attendance.domain.rule.WeekRuleSettings;
import org.zhucun.attendance.domain.rule.WeeklyRule;
import org.zhucun.demo.DemoAttendance.Day;
import org.zhucun.demo.DemoAttendance.Pattern;
import org.zhucun.demo.DemoDistrict.LeaveRequest;
import org.zhucun.demo.DemoDistrict.Membership;

/** The demo attendance judged with the attendance module's own rule: the patterns it is meant to show are there. */
class DemoAttendanceGeneratorTest {

	/** The day of the load: the integration tests' day, Saturday 2026-11-28. */
	private static final LocalDate TODAY = TestClock.TODAY;

	/** The month of the load, judged over its weeks that have ended. */
	private static final YearMonth NOVEMBER = YearMonth.from(TODAY);

	private final DemoDistrict district = DemoDistrictGenerator.generate(TODAY);

	private final DemoAttendance attendance = DemoAttendanceGenerator.generate(this.district);

	@Test
	void sameAttendanceEveryTimeOnTheSameDay() {
		assertThat(DemoAttendanceGenerator.generate(DemoDistrictGenerator.generate(TODAY))).isEqualTo(this.attendance);
	}

	@Test
	void recordsFromSeptemberToYesterdayWithinMembershipsButNeverOnHolidaysLeaveOrTwice() {
		Set<LocalDate> holidays = this.district.holidays()
			.stream()
			.map(DemoDistrict.Holiday::day)
			.collect(Collectors.toSet());
		Set<String> leave = leaveDays();
		Set<String> seen = new HashSet<>();
		assertThat(this.attendance.days().size()).isGreaterThan(12_000);
		for (Day d : this.attendance.days()) {
			assertThat(d.day()).isBetween(NOVEMBER.minusMonths(2).atDay(1), TODAY.minusDays(1));
			assertThat(d.status()).isIn("IN_VILLAGE", "OFFICIAL_BUSINESS", "REST", "ABSENT");
			assertThat(holidays).doesNotContain(d.day());
			assertThat(leave).doesNotContain(d.cadre() + ":" + d.day());
			assertThat(seen.add(d.cadre() + ":" + d.day())).as("one record per cadre and day").isTrue();
			assertThat(!d.overnight() || d.status().equals("IN_VILLAGE")).isTrue();
			assertThat(this.district.memberships())
				.anyMatch(m -> m.team() == d.team() && m.cadre() == d.cadre() && !d.day().isBefore(m.joined())
						&& (m.left() == null || !d.day().isAfter(m.left())));
		}
	}

	@Test
	void mostCadresComplyInNovemberAFewAreNominalOrCommuting() {
		Map<Integer, MonthFlags> flags = novemberFlags();
		long clean = flags.values().stream().filter(f -> f.flags().isEmpty()).count();
		long nominal = flags.values().stream().filter(f -> f.has(MonthFlag.NOMINAL)).count();
		long commuting = flags.values().stream().filter(f -> f.has(MonthFlag.COMMUTING)).count();
		assertThat(flags.size()).isGreaterThan(150);
		assertThat(clean).isGreaterThan(flags.size() * 7L / 10);
		assertThat(nominal).isBetween(5L, 30L);
		assertThat(commuting).isBetween(5L, 30L);
		flags.forEach((cadre, f) -> {
			Pattern pattern = this.attendance.patterns().get(cadre);
			if (pattern == Pattern.NOMINAL) {
				assertThat(f.has(MonthFlag.NOMINAL)).as("nominal cadre %s", cadre).isTrue();
			}
			if (pattern == Pattern.COMPLIANT) {
				assertThat(f.has(MonthFlag.NOMINAL) || f.has(MonthFlag.COMMUTING)).as("compliant cadre %s", cadre)
					.isFalse();
			}
		});
	}

	@Test
	void makeUpWorkingDaysAreWorkedAsWeekdaysSoTheirWeeksComply() {
		// Sunday 2026-09-20 and Saturday 2026-10-10 are make-up working days (调休上班); Saturday 2026-10-17 is not
		for (LocalDate workday : List.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10))) {
			List<Day> compliant = this.attendance.days()
				.stream()
				.filter(d -> d.day().equals(workday) && this.attendance.patterns().get(d.cadre()) == Pattern.COMPLIANT)
				.toList();
			assertThat(compliant).as("records of compliant cadres on %s", workday).hasSizeGreaterThan(50);
			assertThat(compliant).allSatisfy(d -> assertThat(d.status()).isEqualTo("IN_VILLAGE"));
		}
		long restOnASaturday = this.attendance.days()
			.stream()
			.filter(d -> d.day().equals(LocalDate.of(2026, 10, 17)) && d.status().equals("REST"))
			.count();
		assertThat(restOnASaturday).isGreaterThan(50);
	}

	@Test
	void absentDaysAndCorrectionsAreTheLeadersWithAReason() {
		List<Day> byLeader = this.attendance.days().stream().filter(d -> d.source().equals("LEADER")).toList();
		assertThat(byLeader).allMatch(d -> d.note() != null && !d.note().isBlank());
		assertThat(byLeader).filteredOn(d -> d.status().equals("ABSENT")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(byLeader).filteredOn(d -> d.status().equals("IN_VILLAGE")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(this.attendance.days().stream().filter(d -> d.source().equals("SELF")))
			.allMatch(d -> d.note() == null);
	}

	@Test
	void someDeclarationsCarryLocationAFewOutsideTheRadiusForReview() {
		List<Day> located = this.attendance.days().stream().filter(d -> d.latitude() != null).toList();
		assertThat(located).hasSizeGreaterThan(1000).allMatch(d -> d.status().equals("IN_VILLAGE"));
		List<Day> review = located.stream().filter(Day::needsReview).toList();
		assertThat(review).isNotEmpty().hasSizeLessThan(located.size() / 10);
		for (Day d : located) {
			DemoDistrict.Village village = this.district.villages()
				.get(this.district.teams().get(d.team()).village());
			assertThat(d.needsReview()).isEqualTo(d.distanceMetres() > village.radiusMetres());
		}
	}

	@Test
	void cadresWithGapsLeaveDaysOfTheLastTwoWeeksUndeclared() {
		Set<String> declared = this.attendance.days()
			.stream()
			.map(d -> d.cadre() + ":" + d.day())
			.collect(Collectors.toSet());
		long withGaps = this.attendance.patterns()
			.entrySet()
			.stream()
			.filter(e -> e.getValue() == Pattern.GAPS)
			.filter(e -> TODAY.minusDays(12)
				.datesUntil(TODAY)
				.anyMatch(day -> !declared.contains(e.getKey() + ":" + day)))
			.count();
		assertThat(withGaps).isGreaterThanOrEqualTo(5);
	}

	@Test
	void theDemoTeamCompliesButForOneGapOfTheMemberInTheCurrentWeek() {
		int demoTeam = this.district.stories().demoTeam();
		int member = this.district.anchors().memberCadre();
		int leader = this.district.anchors().leaderCadre();
		assertThat(this.attendance.patterns().get(member)).isEqualTo(Pattern.COMPLIANT);
		assertThat(this.attendance.patterns().get(leader)).isEqualTo(Pattern.COMPLIANT);
		LocalDate gap = LocalDate.of(2026, 11, 25);
		assertThat(this.district.days().demoGap(Set.of())).as("the README's gap").isEqualTo(gap);
		assertThat(this.attendance.days()).noneMatch(d -> d.cadre() == member && d.day().equals(gap));
		assertThat(this.attendance.days()).anyMatch(d -> d.cadre() == member && d.day().equals(gap.minusDays(1)));
		Map<Integer, MonthFlags> flags = novemberFlags();
		this.district.memberships()
			.stream()
			.filter(m -> m.team() == demoTeam && m.active())
			.forEach(m -> assertThat(flags.get(m.cadre()).flags()).as("demo team cadre %s", m.cadre()).isEmpty());
		assertThat(this.attendance.confirmations()).filteredOn(c -> c.team() == demoTeam)
			.isNotEmpty()
			.noneMatch(c -> c.isoWeek() == 48);
	}

	@Test
	void mostPastWeeksOfTheTeamsAreConfirmedButNotAll() {
		long activeTeams = this.district.teams().stream().filter(DemoDistrict.Team::active).count();
		int fullWeeks = 11; // 2026-W37 to 2026-W47, the full weeks from 2026-09-01 to the Monday before 2026-11-28
		assertThat(this.attendance.confirmations()).hasSizeGreaterThan((int) (activeTeams * fullWeeks * 7 / 10))
			.hasSizeLessThan((int) (activeTeams * fullWeeks))
			.allMatch(c -> c.isoYear() == 2026 && c.isoWeek() >= 37 && c.isoWeek() <= 47);
	}

	@Test
	void spotChecksMostlyFindCadresPresentAndAboutFiveDiscrepancies() {
		Map<String, String> status = new HashMap<>();
		this.attendance.days().forEach(d -> status.put(d.cadre() + ":" + d.day(), d.status()));
		assertThat(this.attendance.checks()).hasSizeBetween(30, 60);
		long present = this.attendance.checks().stream().filter(DemoAttendance.Check::foundPresent).count();
		long discrepancies = this.attendance.checks()
			.stream()
			.filter(c -> !c.foundPresent() && "IN_VILLAGE".equals(status.get(c.cadre() + ":" + c.day())))
			.count();
		assertThat(present).isGreaterThan(this.attendance.checks().size() * 3L / 4);
		assertThat(discrepancies).isEqualTo(5);
		int demoTown = this.district.anchors().town();
		assertThat(this.attendance.checks()).filteredOn(c -> !c.byOffice())
			.isNotEmpty()
			.allMatch(c -> c.town() == demoTown);
	}

	/** The flags of November of every cadre who was a member all month, judged with the default settings. */
	private Map<Integer, MonthFlags> novemberFlags() {
		Map<Integer, Map<LocalDate, DayEntry>> entries = new HashMap<>();
		for (Day d : this.attendance.days()) {
			entries.computeIfAbsent(d.cadre(), c -> new HashMap<>())
				.put(d.day(), new DayEntry(DayStatus.valueOf(d.status()), d.overnight()));
		}
		for (LeaveRequest r : this.district.leaves()) {
			for (LocalDate day : r.daysTaken()) {
				entries.computeIfAbsent(r.cadre(), c -> new HashMap<>()).put(day, DayEntry.of(DayStatus.LEAVE));
			}
		}
		List<IsoWeek> weeks = IsoWeek.weeksOf(NOVEMBER)
			.stream()
			.filter(w -> w.sunday().isBefore(TODAY))
			.toList();
		Map<Integer, MonthFlags> flags = new HashMap<>();
		for (Membership m : this.district.memberships()) {
			if (!m.active() || !this.district.teams().get(m.team()).active()
					|| m.joined().isAfter(weeks.get(0).monday())) {
				continue;
			}
			List<WeekResult> results = new ArrayList<>();
			for (IsoWeek week : weeks) {
				results.add(WeeklyRule.judge(week, entries.getOrDefault(m.cadre(), Map.of()), null, null,
						WeekRuleSettings.DEFAULTS));
			}
			flags.put(m.cadre(), MonthFlags.of(results, 0));
		}
		return flags;
	}

	private Set<String> leaveDays() {
		Set<String> days = new HashSet<>();
		for (LeaveRequest r : this.district.leaves()) {
			r.daysTaken().forEach(day -> days.add(r.cadre() + ":" + day));
		}
		return days;
	}
}
