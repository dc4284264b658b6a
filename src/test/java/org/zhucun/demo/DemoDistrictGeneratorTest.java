package org.zhucun.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.zhucun.support.TestClock;
import org.zhucun.demo.DemoDistrict.Cadre;
import org.zhucun.demo.DemoDistrict.Leader;
import org.zhucun.demo.DemoDistrict.LeaveDecision;
import org.zhucun.demo.DemoDistrict.LeaveRequest;
import org.zhucun.demo.DemoDistrict.LeaveState;
import org.zhucun.demo.DemoDistrict.LeaveStep;
import org.zhucun.demo.DemoDistrict.LeaveType;
import org.zhucun.demo.DemoDistrict.LeaveReason;
import org.zhucun.demo.DemoDistrict.Link;
import org.zhucun.demo.DemoDistrict.Membership;
import org.zhucun.demo.DemoDistrict.Stories;
import org.zhucun.demo.DemoDistrict.Team;
import org.zhucun.demo.DemoDistrict.TeamRole;
import org.zhucun.demo.DemoDistrict.Village;
import org.zhucun.organization.UnitKind;
import org.zhucun.organization.VillageCategory;
import org.zhucun.workteams.domain.ReductionRule;
import org.zhucun.workteams.domain.ReductionRule.Span;

class DemoDistrictGeneratorTest {

	/** The day the district is loaded on: the integration tests' day. */
	private static final LocalDate AS_OF = TestClock.TODAY;

	/** The settings in force in the demo's months: team.min-members and team.replacement-days. */
	private static final ReductionRule RULE = new ReductionRule(3, 7);

	/** The month the earliest terms of the demo's teams began: 32 months before the load. */
	private static final YearMonth FIRST_TERMS = YearMonth.from(AS_OF).minusMonths(32);

	private final DemoDistrict district = DemoDistrictGenerator.generate(AS_OF);

	@Test
	void sameDistrictEveryTimeOnTheSameDay() {
		assertThat(DemoDistrictGenerator.generate(AS_OF)).isEqualTo(this.district);
	}

	@Test
	void theOrganisationDoesNotDependOnTheDayButTheDatesDo() {
		DemoDistrict later = DemoDistrictGenerator.generate(AS_OF.plusDays(40));
		assertThat(later.towns()).isEqualTo(this.district.towns());
		assertThat(later.villages()).isEqualTo(this.district.villages());
		assertThat(later.units()).isEqualTo(this.district.units());
		assertThat(later.cadres()).isEqualTo(this.district.cadres());
		assertThat(later.anchors()).isEqualTo(this.district.anchors());
		assertThat(later.stories()).isEqualTo(this.district.stories());
		assertThat(later.teams()).extracting(Team::termStart)
			.isNotEqualTo(this.district.teams().stream().map(Team::termStart).toList());
		assertThat(later.leaves()).isNotEqualTo(this.district.leaves());
	}

	@Test
	void elevenRealTownsOfJiyuan() {
		assertThat(this.district.towns()).extracting(DemoDistrict.Town::name)
			.containsExactly("克井镇", "五龙口镇", "轵城镇", "承留镇", "邵原镇", "坡头镇", "梨林镇", "大峪镇", "思礼镇", "王屋镇",
					"下冶镇");
	}

	@Test
	void eightyVillagesInTheirCategories() {
		List<Village> villages = this.district.villages();
		assertThat(villages).hasSize(80);
		assertThat(villages.stream().collect(Collectors.groupingBy(Village::category, Collectors.counting())))
			.containsExactlyInAnyOrderEntriesOf(Map.of(VillageCategory.REGISTERED_POOR, 40L,
					VillageCategory.NON_POOR_WITH_TASKS, 20L, VillageCategory.OTHER, 20L));
		assertThat(villages).allSatisfy(v -> {
			assertThat(v.name()).endsWith("村");
			assertThat(v.latitude()).isBetween(new BigDecimal("34.9"), new BigDecimal("35.3"));
			assertThat(v.longitude()).isBetween(new BigDecimal("112.1"), new BigDecimal("112.8"));
			assertThat(v.radiusMetres()).isBetween(1000, 3000);
			assertThat(v.population()).isBetween(600, 3500);
			assertThat(v.households()).isEqualTo((int) Math.round(v.population() / 3.2));
		});
		assertThat(villages.stream().map(v -> v.town() + v.name()).distinct()).hasSize(80);
		assertThat(villages.stream().map(Village::town).distinct()).hasSize(11);
	}

	@Test
	void villagesClusterAroundTheirTown() {
		for (Village v : this.district.villages()) {
			DemoNames.TownSpec town = DemoNames.TOWNS.get(v.town());
			assertThat(Math.abs(v.latitude().doubleValue() - town.latitude())).isLessThanOrEqualTo(0.03);
			assertThat(Math.abs(v.longitude().doubleValue() - town.longitude())).isLessThanOrEqualTo(0.04);
		}
	}

	@Test
	void fortyFiveUniqueUnitsOfEveryKind() {
		assertThat(this.district.units()).hasSize(45);
		assertThat(this.district.units().stream().map(DemoDistrict.Unit::name).collect(Collectors.toSet())).hasSize(45);
		assertThat(this.district.units()).extracting(DemoDistrict.Unit::kind)
			.contains(UnitKind.GOVERNMENT, UnitKind.INSTITUTION, UnitKind.STATE_FIRM);
		assertThat(this.district.units()).allSatisfy(u -> {
			assertThat(u.phone()).matches("0391-66\\d{5}");
			assertThat(u.address()).startsWith("济源市").endsWith("号");
		});
	}

	@Test
	void everyUnitHasThreeToSixLeadersWithExactlyOnePrincipal() {
		Map<Integer, List<Leader>> byUnit = this.district.leaders().stream().collect(Collectors.groupingBy(Leader::unit));
		assertThat(byUnit).hasSize(45);
		byUnit.forEach((unit, leaders) -> {
			assertThat(leaders).hasSizeBetween(3, 6);
			assertThat(leaders).filteredOn(Leader::principal).hasSize(1);
			assertThat(leaders).allSatisfy(l -> assertThat(l.name()).hasSizeBetween(2, 3));
		});
		assertThat(this.district.leaders()).filteredOn(Leader::principal)
			.extracting(Leader::position)
			.allSatisfy(p -> assertThat(p).doesNotContain("副"));
	}

	@Test
	void everyVillageWithTasksHasAUnitAndEveryUnitOneToThreeVillages() {
		Set<Integer> linked = this.district.links().stream().map(Link::village).collect(Collectors.toSet());
		for (int v = 0; v < this.district.villages().size(); v++) {
			if (this.district.villages().get(v).category() != VillageCategory.OTHER) {
				assertThat(linked).as("village %s", this.district.villages().get(v).name()).contains(v);
			}
		}
		Map<Integer, Long> perUnit = this.district.links()
			.stream()
			.collect(Collectors.groupingBy(Link::unit, Collectors.counting()));
		assertThat(perUnit).hasSize(45);
		assertThat(perUnit.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 3L));
		assertThat(new HashSet<>(this.district.links())).hasSameSizeAs(this.district.links());
	}

	@Test
	void fourHundredCadresWithPlausibleNamesAndUniqueMobiles() {
		List<Cadre> cadres = this.district.cadres();
		assertThat(cadres).hasSize(400);
		assertThat(cadres).allSatisfy(c -> {
			assertThat(c.name()).hasSizeBetween(2, 3);
			assertThat(DemoNames.SURNAMES).contains(c.name().substring(0, 1));
			assertThat(c.phone()).matches("1[358]\\d{9}");
			assertThat(c.position()).isNotBlank();
		});
		Map<Integer, Long> perUnit = cadres.stream().collect(Collectors.groupingBy(Cadre::unit, Collectors.counting()));
		assertThat(perUnit).hasSize(45);
		assertThat(perUnit.values()).allSatisfy(n -> assertThat(n).isBetween(6L, 14L));
		List<String> phones = new ArrayList<>(cadres.stream().map(Cadre::phone).toList());
		phones.addAll(this.district.leaders().stream().map(Leader::phone).toList());
		assertThat(phones).doesNotHaveDuplicates();
		List<String> names = new ArrayList<>(cadres.stream().map(Cadre::name).toList());
		names.addAll(this.district.leaders().stream().map(Leader::name).toList());
		assertThat(names).doesNotHaveDuplicates();
	}

	@Test
	void demoAccountsAreBoundToAPoorVillageOfKejingAndItsUnit() {
		DemoDistrict.Anchors a = this.district.anchors();
		assertThat(this.district.towns().get(a.town()).name()).isEqualTo("克井镇");
		Village village = this.district.villages().get(a.village());
		assertThat(village.town()).isEqualTo(a.town());
		assertThat(village.category()).isEqualTo(VillageCategory.REGISTERED_POOR);
		assertThat(this.district.links()).contains(new Link(a.unit(), a.village()));
		assertThat(a.leaderCadre()).isNotEqualTo(a.memberCadre());
		assertThat(this.district.cadres().get(a.leaderCadre()).unit()).isEqualTo(a.unit());
		assertThat(this.district.cadres().get(a.memberCadre()).unit()).isEqualTo(a.unit());
	}

	@Test
	void theDistrictReadmeDescribes() {
		// README.md names these records and counts; change it together with the generator.
		DemoDistrict.Anchors a = this.district.anchors();
		assertThat(this.district.units().get(a.unit()).name()).isEqualTo("示范区财政金融局");
		assertThat(this.district.villages().get(a.village()).name()).isEqualTo("枣庙村");
		assertThat(this.district.cadres().get(a.leaderCadre()).name()).isEqualTo("杨涛");
		assertThat(this.district.cadres().get(a.memberCadre()).name()).isEqualTo("吕雨涵");
		assertThat(this.district.leaders()).hasSize(195);
		assertThat(this.district.links()).hasSize(76);
		assertThat(this.district.memberships()).hasSize(211);
		assertThat(this.district.leaves()).hasSize(61);
		Map<Integer, Long> sickDays = this.district.leaves()
			.stream()
			.filter(r -> r.type() == LeaveType.SICK && r.state() == LeaveState.APPROVED)
			.collect(Collectors.groupingBy(LeaveRequest::cadre, Collectors.summingLong(r -> r.days())));
		int overLimit = sickDays.entrySet().stream().filter(e -> e.getValue() == 33).findFirst().orElseThrow().getKey();
		assertThat(this.district.cadres().get(overLimit).name()).isEqualTo("江平");
		assertThat(this.district.units().get(this.district.cadres().get(overLimit).unit()).name())
			.isEqualTo("示范区生态环境局");
	}

	@Test
	void statutoryHolidaysOf2025And2026() {
		Map<LocalDate, String> holidays = this.district.holidays()
			.stream()
			.collect(Collectors.toMap(DemoDistrict.Holiday::day, DemoDistrict.Holiday::name));
		assertThat(holidays).hasSize(28 + 33);
		assertThat(holidays).containsEntry(LocalDate.of(2025, 1, 1), "元旦")
			.containsEntry(LocalDate.of(2025, 1, 28), "春节")
			.containsEntry(LocalDate.of(2025, 2, 4), "春节")
			.containsEntry(LocalDate.of(2025, 5, 31), "端午节")
			.containsEntry(LocalDate.of(2025, 10, 8), "国庆节、中秋节")
			.containsEntry(LocalDate.of(2026, 2, 15), "春节")
			.containsEntry(LocalDate.of(2026, 2, 23), "春节")
			.containsEntry(LocalDate.of(2026, 9, 25), "中秋节")
			.containsEntry(LocalDate.of(2026, 10, 7), "国庆节")
			.doesNotContainKey(LocalDate.of(2025, 2, 5))
			.doesNotContainKey(LocalDate.of(2026, 10, 8));
		Function<Integer, Long> perYear = y -> holidays.keySet().stream().filter(d -> d.getYear() == y).count();
		assertThat(perYear.apply(2025)).isEqualTo(28);
		assertThat(perYear.apply(2026)).isEqualTo(33);
	}

	@Test
	void makeUpWorkingDaysOf2025And2026AreWeekendsAndNeverHolidays() {
		List<LocalDate> workdays = this.district.workdays().stream().map(DemoDistrict.Holiday::day).toList();
		assertThat(workdays).containsExactly(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8),
				LocalDate.of(2025, 4, 27), LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11),
				LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 9),
				LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
		assertThat(workdays).allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isGreaterThanOrEqualTo(6));
		assertThat(this.district.holidays()).noneMatch(h -> workdays.contains(h.day()));
		assertThat(this.district.workdays()).allSatisfy(h -> assertThat(h.name()).endsWith("调休上班"));
	}

	@Test
	void anActiveTeamForEveryRegisteredPoorVillageButOneAndForHalfTheVillagesWithTasks() {
		List<Team> teams = this.district.teams();
		assertThat(teams).hasSize(51);
		List<Team> active = teams.stream().filter(Team::active).toList();
		assertThat(active.stream().collect(Collectors.groupingBy(this::category, Collectors.counting())))
			.containsExactlyInAnyOrderEntriesOf(
					Map.of(VillageCategory.REGISTERED_POOR, 39L, VillageCategory.NON_POOR_WITH_TASKS, 10L));
		assertThat(active).extracting(Team::village).doesNotHaveDuplicates();
		Stories stories = this.district.stories();
		assertThat(teams).filteredOn(t -> !t.active())
			.containsExactlyInAnyOrder(teams.get(stories.expired()), teams.get(stories.withdrawn()));
		Set<Integer> withActiveTeam = active.stream().map(Team::village).collect(Collectors.toSet());
		assertThat(IntStream.range(0, this.district.villages().size())
			.filter(v -> this.district.villages().get(v).category() == VillageCategory.REGISTERED_POOR)
			.filter(v -> !withActiveTeam.contains(v))
			.boxed()
			.toList()).containsExactly(teams.get(stories.expired()).village());
		assertThat(category(teams.get(stories.expired()))).isEqualTo(VillageCategory.REGISTERED_POOR);
		assertThat(category(teams.get(stories.withdrawn()))).isEqualTo(VillageCategory.NON_POOR_WITH_TASKS);
		assertThat(withActiveTeam).doesNotContain(teams.get(stories.withdrawn()).village());
		assertThat(teams).allSatisfy(t -> assertThat(this.district.links()).contains(new Link(t.unit(), t.village())));
	}

	@Test
	void termsOfTwoYearsWithSomeEndingWithinSixtyDays() {
		assertThat(this.district.teams()).allSatisfy(t -> {
			assertThat(t.termStart()).isBetween(FIRST_TERMS.atDay(1), AS_OF.minusYears(2).plusDays(65 + 150));
			assertThat(t.termEnd()).isEqualTo(t.termStart().plusYears(2));
		});
		List<Team> active = this.district.teams().stream().filter(Team::active).toList();
		assertThat(active).allSatisfy(t -> assertThat(t.termEnd()).isAfter(AS_OF));
		assertThat(active).filteredOn(t -> !t.termEnd().isAfter(AS_OF.plusDays(60))).hasSize(6);
		assertThat(active).filteredOn(t -> !t.termEnd().isAfter(AS_OF.plusDays(30))).hasSize(2);
		assertThat(this.district.teams()).filteredOn(t -> !t.active()).allSatisfy(t -> {
			assertThat(t.endedOn()).isBetween(AS_OF.minusYears(1), AS_OF);
			assertThat(t.endedOn()).isBetween(t.termStart(), t.termEnd());
			assertThat(t.note()).isNotBlank();
		});
	}

	@Test
	void membershipsKeepTheRulesOfTheWorkTeams() {
		for (Membership m : this.district.memberships()) {
			Team team = this.district.teams().get(m.team());
			assertThat(this.district.cadres().get(m.cadre()).unit()).as("cadre of the dispatching unit")
				.isEqualTo(team.unit());
			assertThat(m.joined()).isBetween(team.termStart(), team.termEnd()).isBeforeOrEqualTo(AS_OF);
			assertThat(m.reason() == null).as("a reason exactly when the membership ended").isEqualTo(m.left() == null);
			if (m.left() != null) {
				assertThat(m.left()).isAfterOrEqualTo(m.joined())
					.isBeforeOrEqualTo(team.active() ? team.termEnd() : team.endedOn())
					.isBefore(AS_OF);
			}
			if (!team.active()) {
				assertThat(m.left()).as("memberships of an ended team end with it").isEqualTo(team.endedOn());
			}
			if (m.role().leads()) {
				boolean poor = category(team) == VillageCategory.REGISTERED_POOR;
				assertThat(m.role()).isEqualTo(poor ? TeamRole.FIRST_SECRETARY : TeamRole.TEAM_LEADER);
			}
		}
		assertThat(this.district.memberships().stream().filter(Membership::active).map(Membership::cadre))
			.as("no cadre active in two teams")
			.doesNotHaveDuplicates();
		for (int t = 0; t < this.district.teams().size(); t++) {
			List<Membership> active = activeMembers(t);
			if (this.district.teams().get(t).active()) {
				assertThat(active).as("team %d", t).filteredOn(m -> m.role().leads()).hasSize(1);
				assertThat(active).as("team %d", t).hasSizeBetween(2, 6);
			}
			else {
				assertThat(active).isEmpty();
			}
		}
	}

	@Test
	void oneTeamDispatchedBelowTheMinimumAndOneReducedBelowIt() {
		Stories stories = this.district.stories();
		assertThat(IntStream.range(0, this.district.teams().size())
			.filter(t -> this.district.teams().get(t).active() && activeMembers(t).size() < 3)
			.boxed()
			.toList()).containsExactlyInAnyOrder(stories.belowMinimum(), stories.reductionLastMonth());
		Team belowMinimum = this.district.teams().get(stories.belowMinimum());
		assertThat(category(belowMinimum)).isEqualTo(VillageCategory.REGISTERED_POOR);
		assertThat(membersOf(stories.belowMinimum())).hasSize(2)
			.allSatisfy(m -> assertThat(m.joined()).isBefore(belowMinimum.termStart().plusDays(7)))
			.allMatch(Membership::active);
	}

	@Test
	void rotationsAndARecallReplacedWithinTheWindow() {
		Stories stories = this.district.stories();
		List<Membership> rotated = this.district.memberships()
			.stream()
			.filter(m -> m.reason() == LeaveReason.ROTATION)
			.toList();
		assertThat(rotated).hasSize(4)
			.extracting(Membership::team)
			.containsExactlyInAnyOrderElementsOf(stories.rotations());
		assertThat(rotated).filteredOn(m -> m.role().leads()).hasSize(1);
		rotated.forEach(this::assertReplacedWithinAWeek);
		List<Membership> recalled = this.district.memberships()
			.stream()
			.filter(m -> m.reason() == LeaveReason.RECALL)
			.toList();
		assertThat(recalled).singleElement().satisfies(m -> {
			assertThat(m.team()).isEqualTo(stories.recall());
			assertThat(m.note()).isNotBlank();
			assertReplacedWithinAWeek(m);
		});
	}

	@Test
	void reductionsInTheTwoMonthsBeforeThisOneAndWhenTheEndedTeamsLeft() {
		YearMonth thisMonth = YearMonth.from(AS_OF);
		Stories stories = this.district.stories();
		Map<Integer, Set<YearMonth>> reduced = new HashMap<>();
		Map<Integer, ReductionRule.Reduction> recent = new HashMap<>();
		for (int t = 0; t < this.district.teams().size(); t++) {
			List<Span> spans = spans(t);
			for (YearMonth month = FIRST_TERMS; !month.isAfter(YearMonth.from(AS_OF)); month = month.plusMonths(1)) {
				var reduction = RULE.evaluate(spans, month, AS_OF);
				if (reduction.isPresent()) {
					reduced.computeIfAbsent(t, k -> new TreeSet<>()).add(month);
					if (!month.isBefore(YearMonth.from(AS_OF).minusMonths(2))) {
						recent.put(t, reduction.get());
					}
				}
			}
		}
		assertThat(reduced).containsExactlyInAnyOrderEntriesOf(Map.of(stories.reductionTwoMonthsAgo(),
				Set.of(thisMonth.minusMonths(2)), stories.reductionLastMonth(), Set.of(thisMonth.minusMonths(1)),
				stories.expired(), Set.of(thisMonth.minusMonths(8)), stories.withdrawn(),
				Set.of(thisMonth.minusMonths(6))));
		assertThat(thisMonth.minusMonths(2)).as("the fixed day's months, as the README tells them")
			.isEqualTo(YearMonth.of(2026, 9));
		var september = recent.get(stories.reductionTwoMonthsAgo());
		assertThat(september.countAfter()).isEqualTo(september.baseline() - 1).isGreaterThanOrEqualTo(3);
		assertThat(september.departures()).singleElement()
			.satisfies(d -> assertThat(this.district.memberships().get((int) d.membershipId()).reason())
				.isEqualTo(LeaveReason.TRANSFER));
		var october = recent.get(stories.reductionLastMonth());
		assertThat(october.baseline()).isEqualTo(3);
		assertThat(october.countAfter()).isEqualTo(2);
		assertThat(october.departures()).singleElement()
			.extracting(d -> this.district.memberships().get((int) d.membershipId()))
			.satisfies(m -> {
				assertThat(m.reason()).isEqualTo(LeaveReason.OTHER);
				assertThat(m.note()).isNotBlank();
			});
	}

	@Test
	void demoAccountsLeadAndServeInTheTeamOfTheirVillage() {
		DemoDistrict.Anchors a = this.district.anchors();
		int demoTeam = this.district.stories().demoTeam();
		Team team = this.district.teams().get(demoTeam);
		assertThat(team.active()).isTrue();
		assertThat(team.village()).isEqualTo(a.village());
		assertThat(team.unit()).isEqualTo(a.unit());
		assertThat(this.district.memberships()).filteredOn(m -> m.cadre() == a.leaderCadre())
			.singleElement()
			.satisfies(m -> {
				assertThat(m.team()).isEqualTo(demoTeam);
				assertThat(m.role()).isEqualTo(TeamRole.FIRST_SECRETARY);
				assertThat(m.active()).isTrue();
			});
		assertThat(this.district.memberships()).filteredOn(m -> m.cadre() == a.memberCadre())
			.singleElement()
			.satisfies(m -> {
				assertThat(m.team()).isEqualTo(demoTeam);
				assertThat(m.role()).isEqualTo(TeamRole.MEMBER);
				assertThat(m.active()).isTrue();
			});
	}

	@Test
	void aVillageOfTheDemoTownIsLeftForANewTeamWithCadresToSpare() {
		int open = this.district.stories().openVillage();
		Village village = this.district.villages().get(open);
		assertThat(village.town()).isEqualTo(this.district.anchors().town());
		assertThat(village.category()).isNotEqualTo(VillageCategory.REGISTERED_POOR);
		assertThat(village.name()).isEqualTo("勋掌村");
		assertThat(this.district.teams()).noneMatch(t -> t.village() == open);
		Set<Integer> inTeams = this.district.memberships().stream().map(Membership::cadre).collect(Collectors.toSet());
		assertThat(this.district.links()).filteredOn(l -> l.village() == open)
			.anySatisfy(l -> assertThat(this.district.cadres()
				.stream()
				.filter(c -> c.unit() == l.unit() && !inTeams.contains(this.district.cadres().indexOf(c)))
				.count()).isGreaterThanOrEqualTo(3));
	}

	@Test
	void aboutSixtyLeaveRequestsOfCadresInActiveTeamsWithinTheirMonths() {
		List<LeaveRequest> leaves = this.district.leaves();
		assertThat(leaves).hasSizeBetween(55, 65);
		assertThat(leaves.stream().map(LeaveRequest::type).distinct()).hasSize(LeaveType.values().length);
		Map<Integer, Membership> active = activeMemberships();
		assertThat(leaves).allSatisfy(r -> {
			Membership m = active.get(r.cadre());
			assertThat(m).as("active membership of cadre %s", r.cadre()).isNotNull();
			assertThat(r.team()).isEqualTo(m.team());
			assertThat(r.firstDay()).isAfterOrEqualTo(m.joined()).isBeforeOrEqualTo(r.lastDay());
			assertThat(r.days()).isBetween(1, 10);
			assertThat(r.reason()).isNotBlank().matches(".*[\\u4e00-\\u9fa5].*");
			assertThat(r.createdAt()).isBeforeOrEqualTo(r.modifiedAt());
			assertThat(r.createdAt().toLocalDate()).isBefore(AS_OF).isBefore(r.firstDay());
			assertThat(r.lastDay()).isBeforeOrEqualTo(AS_OF.plusDays(DemoDays.LEAVE_DAYS_AHEAD));
			if (r.firstDay().isBefore(YearMonth.from(AS_OF).minusMonths(2).atDay(1))) {
				assertThat(r.type()).as("only the over-limit cadre's sick leave is earlier").isEqualTo(LeaveType.SICK);
				assertThat(r.firstDay().getYear()).isEqualTo(AS_OF.getYear());
			}
		});
	}

	@Test
	void noOverlappingRequestsOfACadre() {
		Map<Integer, List<LeaveRequest>> byCadre = this.district.leaves()
			.stream()
			.collect(Collectors.groupingBy(LeaveRequest::cadre));
		byCadre.forEach((cadre, requests) -> {
			for (int i = 0; i < requests.size(); i++) {
				for (int j = i + 1; j < requests.size(); j++) {
					LeaveRequest a = requests.get(i);
					LeaveRequest b = requests.get(j);
					assertThat(a.firstDay().isAfter(b.lastDay()) || b.firstDay().isAfter(a.lastDay()))
						.as("requests of cadre %s: %s..%s and %s..%s", cadre, a.firstDay(), a.lastDay(), b.firstDay(),
								b.lastDay())
						.isTrue();
				}
			}
		});
	}

	@Test
	void chainsFollowTheRulesAndDecisionsTheSteps() {
		Map<Integer, Membership> active = activeMemberships();
		for (LeaveRequest r : this.district.leaves()) {
			boolean leads = active.get(r.cadre()).role().leads();
			List<LeaveStep> expected = new ArrayList<>();
			if (!leads) {
				expected.add(LeaveStep.TEAM_LEADER);
			}
			if (r.days() >= 2 || leads) {
				expected.add(LeaveStep.TOWN);
			}
			if (r.days() >= 4) {
				expected.add(LeaveStep.OFFICE);
			}
			assertThat(r.chain()).as("chain of %s days, leader %s", r.days(), leads).isEqualTo(expected);
			assertThat(r.chainText()).matches("^(TEAM_LEADER|TOWN|OFFICE)(,(TOWN|OFFICE))*$");
			List<LeaveStep> decided = r.decisions().stream().map(LeaveDecision::step).toList();
			switch (r.state()) {
				case APPROVED, RETURNED -> {
					assertThat(r.stepIndex()).isEqualTo(r.chain().size());
					assertThat(decided).isEqualTo(r.chain());
					assertThat(r.decisions()).allMatch(LeaveDecision::approved);
				}
				case PENDING, CANCELLED -> {
					assertThat(decided).isEqualTo(r.chain().subList(0, r.stepIndex()));
					assertThat(r.decisions()).allMatch(LeaveDecision::approved);
				}
				case REJECTED -> {
					assertThat(decided).isEqualTo(r.chain().subList(0, r.stepIndex() + 1));
					LeaveDecision last = r.decisions().get(r.decisions().size() - 1);
					assertThat(last.approved()).isFalse();
					assertThat(last.comment()).isNotBlank();
				}
			}
			for (LeaveDecision d : r.decisions()) {
				assertThat(d.at()).isAfter(r.createdAt()).isBeforeOrEqualTo(r.modifiedAt());
				assertThat(d.at().toLocalDate()).isBefore(AS_OF);
				if (d.step() == LeaveStep.TEAM_LEADER) {
					Membership leader = active.get(d.leaderCadre());
					assertThat(leader.team()).isEqualTo(r.team());
					assertThat(leader.role().leads()).isTrue();
					assertThat(d.name()).isEqualTo(this.district.cadres().get(d.leaderCadre()).name());
				}
			}
			assertThat(r.actualReturn() != null).isEqualTo(r.state() == LeaveState.RETURNED);
		}
	}

	@Test
	void mostlyApprovedSomeRejectedTwoCancelledOneReturnedEarly() {
		Map<LeaveState, Long> states = this.district.leaves()
			.stream()
			.collect(Collectors.groupingBy(LeaveRequest::state, Collectors.counting()));
		assertThat(states.get(LeaveState.APPROVED)).isGreaterThan(this.district.leaves().size() / 2L);
		assertThat(states.get(LeaveState.REJECTED)).isBetween(3L, 10L);
		assertThat(states).containsEntry(LeaveState.CANCELLED, 2L).containsEntry(LeaveState.RETURNED, 1L);
		LeaveRequest returned = this.district.leaves()
			.stream()
			.filter(r -> r.state() == LeaveState.RETURNED)
			.findFirst()
			.orElseThrow();
		assertThat(returned.actualReturn()).isAfter(returned.firstDay()).isBeforeOrEqualTo(returned.lastDay());
		assertThat(returned.lastDay()).isBefore(AS_OF);
		assertThat(returned.daysTaken()).hasSizeLessThan(returned.days()).startsWith(returned.firstDay());
	}

	@Test
	void pendingAtEveryStepIncludingTheDemoAccountsInboxes() {
		List<LeaveRequest> pending = this.district.leaves()
			.stream()
			.filter(r -> r.state() == LeaveState.PENDING)
			.toList();
		assertThat(pending).allSatisfy(r -> assertThat(r.firstDay()).isAfter(AS_OF));
		assertThat(pending.stream().map(r -> r.chain().get(r.stepIndex())).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(LeaveStep.values());
		int demoTeam = this.district.stories().demoTeam();
		assertThat(pending).anySatisfy(r -> {
			assertThat(r.team()).isEqualTo(demoTeam);
			assertThat(r.chain().get(r.stepIndex())).isEqualTo(LeaveStep.TEAM_LEADER);
		});
		assertThat(this.district.villages().get(this.district.teams().get(demoTeam).village()).name()).isEqualTo("枣庙村");
		int demoTown = this.district.anchors().town();
		assertThat(pending).anySatisfy(r -> {
			assertThat(this.district.villages().get(this.district.teams().get(r.team()).village()).town())
				.isEqualTo(demoTown);
			assertThat(r.chain().get(r.stepIndex())).isEqualTo(LeaveStep.TOWN);
		});
	}

	@Test
	void theMemberHasOneApprovedRequestInThePast() {
		List<LeaveRequest> own = this.district.leaves()
			.stream()
			.filter(r -> r.cadre() == this.district.anchors().memberCadre())
			.toList();
		assertThat(own).anySatisfy(r -> {
			assertThat(r.state()).isEqualTo(LeaveState.APPROVED);
			assertThat(r.lastDay()).isBefore(AS_OF);
		});
	}

	@Test
	void oneCadreOverTheYearlyLimitThisYear() {
		Map<Integer, Integer> daysThisYear = new HashMap<>();
		for (LeaveRequest r : this.district.leaves()) {
			int days = (int) r.daysTaken().stream().filter(d -> d.getYear() == AS_OF.getYear()).count();
			daysThisYear.merge(r.cadre(), days, Integer::sum);
		}
		Map<Integer, Integer> over = daysThisYear.entrySet()
			.stream()
			.filter(e -> e.getValue() > 30)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(over).hasSize(1);
		assertThat(over.values()).containsExactly(33);
		int cadre = over.keySet().iterator().next();
		assertThat(this.district.leaves()).filteredOn(r -> r.cadre() == cadre)
			.allSatisfy(r -> assertThat(r.type()).isEqualTo(LeaveType.SICK));
	}

	private Map<Integer, Membership> activeMemberships() {
		Map<Integer, Membership> active = new HashMap<>();
		for (Membership m : this.district.memberships()) {
			if (m.active() && this.district.teams().get(m.team()).active()) {
				assertThat(active.put(m.cadre(), m)).as("one active membership of cadre %s", m.cadre()).isNull();
			}
		}
		return active;
	}

	private void assertReplacedWithinAWeek(Membership left) {
		assertThat(this.district.memberships()).as("replacement of %s", left)
			.anySatisfy(m -> {
				assertThat(m.team()).isEqualTo(left.team());
				assertThat(m.role()).isEqualTo(left.role());
				assertThat(m.joined()).isAfter(left.left()).isBeforeOrEqualTo(left.left().plusDays(7));
			});
	}

	private VillageCategory category(Team team) {
		return this.district.villages().get(team.village()).category();
	}

	private List<Membership> membersOf(int team) {
		return this.district.memberships().stream().filter(m -> m.team() == team).toList();
	}

	private List<Membership> activeMembers(int team) {
		return membersOf(team).stream().filter(Membership::active).toList();
	}

	/** @return the team's memberships as the reduction rule sees them, each with its index as its id */
	private List<Span> spans(int team) {
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < this.district.memberships().size(); i++) {
			Membership m = this.district.memberships().get(i);
			if (m.team() == team) {
				spans.add(new Span(i, m.joined(), m.left()));
			}
		}
		return spans;
	}
}
