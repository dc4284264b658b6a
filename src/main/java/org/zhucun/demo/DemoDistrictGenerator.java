package org.zhucun.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.zhucun.demo.DemoDistrict.Anchors;
import org.zhucun.demo.DemoDistrict.Cadre;
import org.zhucun.demo.DemoDistrict.Leader;
import org.zhucun.demo.DemoDistrict.Link;
import org.zhucun.demo.DemoDistrict.Town;
import org.zhucun.demo.DemoDistrict.Unit;
import org.zhucun.demo.DemoDistrict.Village;
import org.zhucun.demo.DemoNames.TownSpec;
import org.zhucun.demo.DemoNames.UnitSpec;
import org.zhucun.organization.Gender;
import org.zhucun.organization.VillageCategory;

/**
 * Generates the demo district from the names in {@link DemoNames} and a fixed seed, so that every load on the same day
 * produces exactly the same district; its work teams come next, from {@link DemoTeamsGenerator} with the same random
 * numbers, and its leave requests last, from {@link DemoLeaveGenerator}, both dated from the day of the load. The
 * organisation (towns, villages, units, cadres) does not depend on the day.
 */
final class DemoDistrictGenerator {

	/** The seed of the district: the notice 济脱贫办〔2020〕13号. */
	static final long SEED = 2020_013L;

	static final int CADRES = 400;

	static final int MIN_CADRES_PER_UNIT = 6;

	static final int MAX_CADRES_PER_UNIT = 14;

	/** Village categories in turn over the villages: half registered poor, a quarter each of the others. */
	private static final List<VillageCategory> CATEGORY_CYCLE = List.of(VillageCategory.REGISTERED_POOR,
			VillageCategory.NON_POOR_WITH_TASKS, VillageCategory.REGISTERED_POOR, VillageCategory.OTHER);

	private static final double LATITUDE_SPREAD = 0.03;

	private static final double LONGITUDE_SPREAD = 0.04;

	private final Random random = new Random(SEED);

	private final Set<String> phones = new HashSet<>();

	private final Set<String> names = new HashSet<>();

	private final DemoDays days;

	private DemoDistrictGenerator(LocalDate today) {
		this.days = new DemoDays(today);
	}

	/**
	 * @param today the day the district is loaded, which its dates lead up to
	 * @return the demo district, the same on every call with the same day
	 */
	static DemoDistrict generate(LocalDate today) {
		return new DemoDistrictGenerator(today).district();
	}

	private DemoDistrict district() {
		List<Town> towns = towns();
		List<Village> villages = villages();
		List<Unit> units = units();
		List<Leader> leaders = leaders();
		List<Link> links = links(villages);
		List<Cadre> cadres = cadres(units);
		Anchors anchors = anchors(towns, villages, links, cadres);
		DemoTeamsGenerator.Generated teams = new DemoTeamsGenerator(this.days, this.random, villages, units.size(),
				links, cadres, anchors)
			.generate();
		List<DemoDistrict.LeaveRequest> leaves = new DemoLeaveGenerator(this.days, this.random, towns, villages, cadres,
				teams.teams(), teams.memberships(), anchors, teams.stories().demoTeam())
			.generate();
		List<DemoDistrict.Holiday> holidays = DemoHolidays.days(this.days.firstHolidayYear(),
				this.days.lastHolidayYear());
		return new DemoDistrict(this.days, towns, villages, units, leaders, links, cadres, holidays,
				DemoHolidays.workdays(), anchors,
				teams.teams(), teams.memberships(), teams.stories(), leaves);
	}

	private static List<Town> towns() {
		List<Town> towns = new ArrayList<>();
		for (TownSpec spec : DemoNames.TOWNS) {
			towns.add(new Town(spec.name(), towns.size() + 1));
		}
		return towns;
	}

	private List<Village> villages() {
		List<Village> villages = new ArrayList<>();
		for (int t = 0; t < DemoNames.TOWNS.size(); t++) {
			TownSpec town = DemoNames.TOWNS.get(t);
			for (String name : town.villages()) {
				VillageCategory category = CATEGORY_CYCLE.get(villages.size() % CATEGORY_CYCLE.size());
				villages.add(village(t, town, name, category));
			}
		}
		return villages;
	}

	private Village village(int townIndex, TownSpec town, String name, VillageCategory category) {
		BigDecimal latitude = coordinate(town.latitude(), LATITUDE_SPREAD);
		BigDecimal longitude = coordinate(town.longitude(), LONGITUDE_SPREAD);
		int radius = 1000 + 100 * this.random.nextInt(21);
		int population = 600 + this.random.nextInt(2901);
		int households = (int) Math.round(population / 3.2);
		return new Village(townIndex, name, category, latitude, longitude, radius, population, households);
	}

	private BigDecimal coordinate(double centre, double spread) {
		double value = centre + (this.random.nextDouble() * 2 - 1) * spread;
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
	}

	private List<Unit> units() {
		List<Unit> units = new ArrayList<>();
		for (UnitSpec spec : DemoNames.UNITS) {
			String phone = "0391-66" + digits(5);
			String address = "济源市" + pick(DemoNames.STREETS) + (1 + this.random.nextInt(298)) + "号";
			units.add(new Unit(spec.name(), spec.kind(), phone, address));
		}
		return units;
	}

	/** Three to six leadership members per unit, the principal first. */
	private List<Leader> leaders() {
		List<Leader> leaders = new ArrayList<>();
		for (int u = 0; u < DemoNames.UNITS.size(); u++) {
			DemoNames.Leadership leadership = DemoNames.UNITS.get(u).leadership();
			int size = 3 + this.random.nextInt(4);
			for (int n = 0; n < size; n++) {
				Gender gender = this.random.nextInt(100) < 80 ? Gender.MALE : Gender.FEMALE;
				String position = n == 0 ? leadership.principal() : leadership.other(n - 1);
				leaders.add(new Leader(u, name(gender), gender, position, mobile(), n == 0, n));
			}
		}
		return leaders;
	}

	/**
	 * Links every registered poor village and every non-poor village with tasks to one unit (a few units take two
	 * of them, so that every unit has one), and about a third of the units also to another village of the same town.
	 */
	private List<Link> links(List<Village> villages) {
		List<Integer> targets = new ArrayList<>();
		for (int v = 0; v < villages.size(); v++) {
			if (villages.get(v).category() != VillageCategory.OTHER) {
				targets.add(v);
			}
		}
		int unitCount = DemoNames.UNITS.size();
		int doubles = targets.size() - unitCount;
		if (doubles < 0 || doubles > unitCount) {
			throw new IllegalStateException("Demo names: " + targets.size() + " villages with tasks for " + unitCount
					+ " units cannot give every unit one or two of them");
		}
		List<Link> links = new ArrayList<>();
		for (int u = 0; u < unitCount; u++) {
			if (u < doubles) {
				links.add(new Link(u, targets.get(2 * u)));
				links.add(new Link(u, targets.get(2 * u + 1)));
			}
			else {
				links.add(new Link(u, targets.get(u + doubles)));
			}
			if (this.random.nextInt(10) < 3) {
				int unit = u;
				int town = villages.get(links.get(links.size() - 1).village()).town();
				otherVillageOf(villages, town).ifPresent(v -> links.add(new Link(unit, v)));
			}
		}
		return links;
	}

	private Optional<Integer> otherVillageOf(List<Village> villages, int town) {
		List<Integer> candidates = new ArrayList<>();
		for (int v = 0; v < villages.size(); v++) {
			if (villages.get(v).town() == town && villages.get(v).category() == VillageCategory.OTHER) {
				candidates.add(v);
			}
		}
		return candidates.isEmpty() ? Optional.empty() : Optional.of(pick(candidates));
	}

	private List<Cadre> cadres(List<Unit> units) {
		int[] counts = cadreCounts(units.size());
		List<Cadre> cadres = new ArrayList<>();
		for (int u = 0; u < units.size(); u++) {
			List<String> positions = DemoNames.positionsOf(units.get(u).kind());
			for (int n = 0; n < counts[u]; n++) {
				Gender gender = this.random.nextInt(100) < 62 ? Gender.MALE : Gender.FEMALE;
				cadres.add(new Cadre(u, name(gender), gender, mobile(), pickCommon(positions)));
			}
		}
		return cadres;
	}

	/** Cadres per unit: between the minimum and maximum, {@value #CADRES} in all. */
	private int[] cadreCounts(int unitCount) {
		int[] counts = new int[unitCount];
		int total = 0;
		for (int u = 0; u < unitCount; u++) {
			counts[u] = MIN_CADRES_PER_UNIT + this.random.nextInt(MAX_CADRES_PER_UNIT - MIN_CADRES_PER_UNIT + 1);
			total += counts[u];
		}
		while (total != CADRES) {
			int u = this.random.nextInt(unitCount);
			if (total < CADRES && counts[u] < MAX_CADRES_PER_UNIT) {
				counts[u]++;
				total++;
			}
			else if (total > CADRES && counts[u] > MIN_CADRES_PER_UNIT) {
				counts[u]--;
				total--;
			}
		}
		return counts;
	}

	private static Anchors anchors(List<Town> towns, List<Village> villages, List<Link> links, List<Cadre> cadres) {
		int town = indexOf(towns.stream().map(Town::name).toList(), DemoAccounts.TOWN_OF_DEMO);
		int village = -1;
		for (int v = 0; v < villages.size() && village < 0; v++) {
			if (villages.get(v).town() == town && villages.get(v).category() == VillageCategory.REGISTERED_POOR) {
				village = v;
			}
		}
		int chosenVillage = village;
		int unit = links.stream()
			.filter(l -> l.village() == chosenVillage)
			.mapToInt(Link::unit)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Demo names: no unit for the demo village"));
		List<Integer> ofUnit = new ArrayList<>();
		for (int c = 0; c < cadres.size(); c++) {
			if (cadres.get(c).unit() == unit) {
				ofUnit.add(c);
			}
		}
		return new Anchors(town, unit, chosenVillage, ofUnit.get(0), ofUnit.get(1));
	}

	private static int indexOf(List<String> names, String name) {
		int index = names.indexOf(name);
		if (index < 0) {
			throw new IllegalStateException("Demo names: no town " + name);
		}
		return index;
	}

	/** A person's name not given before in this district, so that a search by name finds one person. */
	private String name(Gender gender) {
		List<String> given = gender == Gender.MALE ? DemoNames.MALE_GIVEN_NAMES : DemoNames.FEMALE_GIVEN_NAMES;
		String name;
		do {
			name = pickCommon(DemoNames.SURNAMES) + pick(given);
		}
		while (!this.names.add(name));
		return name;
	}

	/** A mobile number not handed out before in this district. */
	private String mobile() {
		String phone;
		do {
			phone = pick(DemoNames.MOBILE_PREFIXES) + digits(8);
		}
		while (!this.phones.add(phone));
		return phone;
	}

	private String digits(int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append(this.random.nextInt(10));
		}
		return digits.toString();
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** Picks from a list ordered most common first, favouring its beginning. */
	private <T> T pickCommon(List<T> values) {
		return values.get(Math.min(this.random.nextInt(values.size()), this.random.nextInt(values.size())));
	}
}
