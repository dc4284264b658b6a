package org.zhucun.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.zhucun.demo.DemoDistrict.Cadre;
import org.zhucun.demo.DemoDistrict.Leader;
import org.zhucun.demo.DemoDistrict.Link;
import org.zhucun.demo.DemoDistrict.Village;
import org.zhucun.organization.UnitKind;
import org.zhucun.organization.VillageCategory;

class DemoDistrictGeneratorTest {

	private final DemoDistrict district = DemoDistrictGenerator.generate();

	@Test
	void sameDistrictEveryTime() {
		assertThat(DemoDistrictGenerator.generate()).isEqualTo(this.district);
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
}
