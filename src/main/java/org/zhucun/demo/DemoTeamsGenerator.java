package org.zhucun.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.zhucun.demo.DemoDistrict.Anchors;
import org.zhucun.demo.DemoDistrict.Cadre;
import org.zhucun.demo.DemoDistrict.LeaveReason;
import org.zhucun.demo.DemoDistrict.Link;
import org.zhucun.demo.DemoDistrict.Membership;
import org.zhucun.demo.DemoDistrict.Stories;
import org.zhucun.demo.DemoDistrict.Team;
import org.zhucun.demo.DemoDistrict.TeamRole;
import org.zhucun.demo.DemoDistrict.Village;
import org.zhucun.organization.VillageCategory;

/**
 * Generates the demo district's work teams and memberships with the district generator's random numbers: a team for
 * every registered poor village but one and for every other non-poor village with tasks, each dispatched by the unit
 * linked to its village, with the histories named in {@link Stories} as they stand on the day of the load: terms
 * ending within 60 days of it, rotations and a recall over the past year, reductions in the two months before this
 * one, a team withdrawn six months ago and a term that ended eight months ago.
 */
final class DemoTeamsGenerator {

	/** Cadres a unit keeps out of its teams when it has enough, so that a new team can be dispatched in the demo. */
	static final int SPARE_CADRES = 3;

	static final int MEMBER_ROTATIONS = 3;

	/** Active teams whose term ends within 30 days, and those whose term ends between 35 and 60 days from now. */
	static final int TERMS_ENDING_WITHIN_A_MONTH = 2;

	static final int TERMS_ENDING_WITHIN_TWO_MONTHS = 4;

	private static final int REPLACEMENT_DAYS = 7;

	/** What happens to a team: the founders it may have, and how many cadres join it later. */
	private enum Story {

		PLAIN(3, 6, 0), DEMO(3, 6, 0), ROTATION(3, 6, 1), LEADER_ROTATION(3, 6, 1), RECALL(3, 6, 1),
		REDUCTION_TWO_MONTHS_AGO(4, 6, 1), REDUCTION_LAST_MONTH(3, 3, 0), BELOW_MINIMUM(2, 2, 0), EXPIRED(3, 4, 0),
		WITHDRAWN(3, 4, 0);

		private final int minFounders;

		private final int maxFounders;

		private final int newcomers;

		Story(int minFounders, int maxFounders, int newcomers) {
			this.minFounders = minFounders;
			this.maxFounders = maxFounders;
			this.newcomers = newcomers;
		}

		int minCadres() {
			return this.minFounders + this.newcomers;
		}
	}

	/** When a team's term started, which decides when its two years end. */
	private enum Term {

		LATER, ENDING_WITHIN_TWO_MONTHS, ENDING_WITHIN_A_MONTH, EXPIRED, WITHDRAWN
	}

	/** A team being planned: its village and unit, its story and term, and how many cadres found it. */
	private static final class Plan {

		private final int village;

		private final int unit;

		private final boolean poor;

		private Story story = Story.PLAIN;

		private Term term = Term.LATER;

		private int founders;

		Plan(int village, int unit, boolean poor) {
			this.village = village;
			this.unit = unit;
			this.poor = poor;
		}
	}

	/** The generated teams, their memberships and the stories they tell. */
	record Generated(List<Team> teams, List<Membership> memberships, Stories stories) {
	}

	private final Random random;

	/** The day of the load, which the histories lead up to. */
	private final LocalDate today;

	/** Members rotated, recalled and replaced leave between these days, before the months of the reductions. */
	private final LocalDate replacedFrom;

	private final LocalDate replacedUntil;

	private final List<Village> villages;

	private final List<Link> links;

	private final List<Cadre> cadres;

	private final Anchors anchors;

	private final int[] cadresPerUnit;

	DemoTeamsGenerator(DemoDays days, Random random, List<Village> villages, int unitCount, List<Link> links,
			List<Cadre> cadres, Anchors anchors) {
		this.random = random;
		this.today = days.today();
		this.replacedFrom = monthsAgo(14).atDay(1);
		this.replacedUntil = monthsAgo(3).atDay(20);
		this.villages = villages;
		this.links = links;
		this.cadres = cadres;
		this.anchors = anchors;
		this.cadresPerUnit = new int[unitCount];
		cadres.forEach(c -> this.cadresPerUnit[c.unit()]++);
	}

	Generated generate() {
		List<Plan> plans = plans();
		tellStories(plans);
		setTerms(plans);
		for (int u = 0; u < this.cadresPerUnit.length; u++) {
			setFounders(plans, u);
		}
		List<Deque<Integer>> free = freeCadres();
		List<Team> teams = new ArrayList<>();
		List<Membership> memberships = new ArrayList<>();
		for (Plan plan : plans) {
			team(plan, teams, memberships, free.get(plan.unit));
		}
		Stories stories = new Stories(indexOf(plans, Story.DEMO),
				indicesOf(plans, Story.ROTATION, Story.LEADER_ROTATION), indexOf(plans, Story.RECALL), indexOf(plans, Story.REDUCTION_TWO_MONTHS_AGO),
				indexOf(plans, Story.REDUCTION_LAST_MONTH), indexOf(plans, Story.BELOW_MINIMUM),
				indexOf(plans, Story.WITHDRAWN), indexOf(plans, Story.EXPIRED), openVillage(plans, free));
		return new Generated(teams, memberships, stories);
	}

	/**
	 * A team for every registered poor village and every other non-poor village with tasks; one more for a non-poor
	 * village with tasks outside the demo town, which will be withdrawn.
	 */
	private List<Plan> plans() {
		List<Plan> plans = new ArrayList<>();
		List<Integer> withoutTeam = new ArrayList<>();
		int withTasks = 0;
		for (int v = 0; v < this.villages.size(); v++) {
			VillageCategory category = this.villages.get(v).category();
			if (category == VillageCategory.REGISTERED_POOR) {
				plans.add(new Plan(v, unitOf(v), true));
			}
			else if (category == VillageCategory.NON_POOR_WITH_TASKS && withTasks++ % 2 == 0) {
				plans.add(new Plan(v, unitOf(v), false));
			}
			else if (category == VillageCategory.NON_POOR_WITH_TASKS && !inDemoTown(v)) {
				withoutTeam.add(v);
			}
		}
		int village = pick(withoutTeam);
		Plan withdrawn = new Plan(village, unitOf(village), false);
		withdrawn.story = Story.WITHDRAWN;
		withdrawn.term = Term.WITHDRAWN;
		plans.add(withdrawn);
		plans.sort(Comparator.comparingInt(p -> p.village));
		return plans;
	}

	/** Gives the demo accounts their team, then picks the teams of the other stories among the plain ones. */
	private void tellStories(List<Plan> plans) {
		Plan demo = plans.stream()
			.filter(p -> p.village == this.anchors.village())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Demo names: no team for the demo village"));
		if (demo.unit != this.anchors.unit()) {
			throw new IllegalStateException("Demo names: the demo village's team is not dispatched by the demo unit");
		}
		demo.story = Story.DEMO;
		Plan expired = tell(plans, Story.EXPIRED, p -> p.poor && !inDemoTown(p.village));
		expired.term = Term.EXPIRED;
		tell(plans, Story.REDUCTION_TWO_MONTHS_AGO, p -> true);
		tell(plans, Story.REDUCTION_LAST_MONTH, p -> p.poor);
		tell(plans, Story.BELOW_MINIMUM, p -> p.poor);
		tell(plans, Story.RECALL, p -> true);
		tell(plans, Story.LEADER_ROTATION, p -> true);
		for (int n = 0; n < MEMBER_ROTATIONS; n++) {
			tell(plans, Story.ROTATION, p -> true);
		}
	}

	/** @return a plain team, chosen at random among those that qualify and whose unit has the cadres for the story */
	private Plan tell(List<Plan> plans, Story story, Predicate<Plan> qualifies) {
		List<Plan> candidates = plans.stream()
			.filter(p -> p.story == Story.PLAIN && qualifies.test(p) && affordable(plans, p, story))
			.toList();
		if (candidates.isEmpty()) {
			throw new IllegalStateException("Demo names: no team can tell the story " + story);
		}
		Plan plan = pick(candidates);
		plan.story = story;
		return plan;
	}

	private boolean affordable(List<Plan> plans, Plan changed, Story story) {
		int needed = 0;
		for (Plan plan : plans) {
			if (plan.unit == changed.unit) {
				needed += (plan == changed ? story : plan.story).minCadres();
			}
		}
		return needed <= this.cadresPerUnit[changed.unit];
	}

	/** A couple of active teams' terms end within a month, a few more within two; the others end later. */
	private void setTerms(List<Plan> plans) {
		for (int n = 0; n < TERMS_ENDING_WITHIN_A_MONTH + TERMS_ENDING_WITHIN_TWO_MONTHS; n++) {
			List<Plan> later = plans.stream().filter(p -> p.term == Term.LATER).toList();
			pick(later).term = n < TERMS_ENDING_WITHIN_A_MONTH ? Term.ENDING_WITHIN_A_MONTH
					: Term.ENDING_WITHIN_TWO_MONTHS;
		}
	}

	/**
	 * Every team of the unit gets the founders its story needs; the unit's other cadres, but for a few spare ones,
	 * are spread over its teams at random.
	 */
	private void setFounders(List<Plan> plans, int unit) {
		List<Plan> ofUnit = plans.stream().filter(p -> p.unit == unit).toList();
		int needed = 0;
		for (Plan plan : ofUnit) {
			plan.founders = plan.story.minFounders;
			needed += plan.story.minCadres();
		}
		int extra = Math.max(0, this.cadresPerUnit[unit] - SPARE_CADRES - needed);
		while (extra > 0) {
			List<Plan> growing = ofUnit.stream().filter(p -> p.founders < p.story.maxFounders).toList();
			if (growing.isEmpty()) {
				return;
			}
			pick(growing).founders++;
			extra--;
		}
	}

	/** @return per unit, its cadres in random order, without the demo accounts' cadres */
	private List<Deque<Integer>> freeCadres() {
		List<List<Integer>> byUnit = new ArrayList<>();
		for (int u = 0; u < this.cadresPerUnit.length; u++) {
			byUnit.add(new ArrayList<>());
		}
		for (int c = 0; c < this.cadres.size(); c++) {
			if (c != this.anchors.leaderCadre() && c != this.anchors.memberCadre()) {
				byUnit.get(this.cadres.get(c).unit()).add(c);
			}
		}
		List<Deque<Integer>> free = new ArrayList<>();
		for (List<Integer> ofUnit : byUnit) {
			Collections.shuffle(ofUnit, this.random);
			free.add(new ArrayDeque<>(ofUnit));
		}
		return free;
	}

	private void team(Plan plan, List<Team> teams, List<Membership> memberships, Deque<Integer> free) {
		int team = teams.size();
		LocalDate start = termStart(plan.term);
		LocalDate end = start.plusYears(2);
		LocalDate endedOn = switch (plan.story) {
			case EXPIRED -> end;
			case WITHDRAWN -> day(monthsAgo(6).atDay(6), 21);
			default -> null;
		};
		String note = switch (plan.story) {
			case EXPIRED -> "任期届满，新一批工作队尚未选派";
			case WITHDRAWN -> "派出单位撤回全部队员";
			default -> null;
		};
		teams.add(new Team(plan.village, plan.unit, start, end, endedOn, note));
		TeamRole leading = plan.poor ? TeamRole.FIRST_SECRETARY : TeamRole.TEAM_LEADER;
		List<Membership> members = new ArrayList<>();
		boolean demo = plan.story == Story.DEMO;
		members.add(new Membership(team, demo ? this.anchors.leaderCadre() : free.pop(), leading, start, null, null,
				null));
		for (int n = 1; n < plan.founders; n++) {
			int cadre = demo && n == 1 ? this.anchors.memberCadre() : free.pop();
			members.add(new Membership(team, cadre, TeamRole.MEMBER, day(start, REPLACEMENT_DAYS), null, null, null));
		}
		switch (plan.story) {
			case ROTATION -> replace(members, anyMember(members), LeaveReason.ROTATION, null, free);
			case LEADER_ROTATION -> replace(members, 0, LeaveReason.ROTATION, null, free);
			case RECALL -> replace(members, anyMember(members), LeaveReason.RECALL, "年度考核不称职，经派出单位党组研究召回调整", free);
			case REDUCTION_TWO_MONTHS_AGO -> {
				LocalDate left = day(monthsAgo(2).atDay(7), 15);
				leave(members, anyMember(members), left, LeaveReason.TRANSFER, "调回派出单位任职");
				int late = free.pop();
				members.add(new Membership(team, late, TeamRole.MEMBER,
						left.plusDays(REPLACEMENT_DAYS + 1 + this.random.nextInt(14)), null, null, null));
			}
			case REDUCTION_LAST_MONTH ->
				leave(members, anyMember(members), day(monthsAgo(1).atDay(8), 13), LeaveReason.OTHER, "因病长期休养");
			case EXPIRED -> {
				for (int m = 0; m < members.size(); m++) {
					leave(members, m, endedOn, LeaveReason.OTHER, "任期届满");
				}
			}
			case WITHDRAWN -> {
				for (int m = 0; m < members.size(); m++) {
					leave(members, m, endedOn, LeaveReason.WITHDRAWN, null);
				}
			}
			default -> {
			}
		}
		memberships.addAll(members);
	}

	/**
	 * Terms of two years: the expired one ended in the month eight months ago (its first day), the withdrawn team's
	 * began 29 months ago; the others end within a month, within two months, or later, counted from today.
	 */
	private LocalDate termStart(Term term) {
		LocalDate twoYearsAgo = this.today.minusYears(2);
		return switch (term) {
			case EXPIRED -> {
				YearMonth month = monthsAgo(32);
				yield day(month.atDay(1), month.lengthOfMonth());
			}
			case WITHDRAWN -> day(monthsAgo(29).atDay(1), 30);
			case ENDING_WITHIN_A_MONTH -> day(twoYearsAgo.plusDays(3), 28);
			case ENDING_WITHIN_TWO_MONTHS -> day(twoYearsAgo.plusDays(35), 25);
			case LATER -> day(twoYearsAgo.plusDays(65), 150);
		};
	}

	/**
	 * Ends a membership on a day between the fourth month of the term and the 20th of the month three months ago, and
	 * lets a cadre of the unit take the same role within the replacement window (a leader the next day).
	 */
	private void replace(List<Membership> members, int index, LeaveReason reason, String note, Deque<Integer> free) {
		Membership leaving = members.get(index);
		LocalDate from = leaving.joined().plusDays(120);
		from = from.isBefore(this.replacedFrom) ? this.replacedFrom : from;
		LocalDate left = day(from, (int) ChronoUnit.DAYS.between(from, this.replacedUntil) + 1);
		leave(members, index, left, reason, note);
		int after = leaving.role().leads() ? 1 : 1 + this.random.nextInt(REPLACEMENT_DAYS);
		members.add(new Membership(leaving.team(), free.pop(), leaving.role(), left.plusDays(after), null, null,
				"接替" + this.cadres.get(leaving.cadre()).name()));
	}

	private static void leave(List<Membership> members, int index, LocalDate left, LeaveReason reason, String note) {
		Membership m = members.get(index);
		members.set(index, new Membership(m.team(), m.cadre(), m.role(), m.joined(), left, reason, note));
	}

	/** @return the index of a member who does not lead the team, at random */
	private int anyMember(List<Membership> members) {
		return 1 + this.random.nextInt(members.size() - 1);
	}

	/**
	 * @return the first village of the demo town, other than a registered poor one, that has no team and a linked
	 * unit with at least {@value #SPARE_CADRES} cadres in no team
	 */
	private int openVillage(List<Plan> plans, List<Deque<Integer>> free) {
		for (int v = 0; v < this.villages.size(); v++) {
			int village = v;
			if (inDemoTown(v) && this.villages.get(v).category() != VillageCategory.REGISTERED_POOR
					&& plans.stream().noneMatch(p -> p.village == village)
					&& this.links.stream()
						.anyMatch(l -> l.village() == village && free.get(l.unit()).size() >= SPARE_CADRES)) {
				return v;
			}
		}
		throw new IllegalStateException("Demo names: no village of the demo town is left for a new team");
	}

	private int unitOf(int village) {
		return this.links.stream()
			.filter(l -> l.village() == village)
			.mapToInt(Link::unit)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Demo names: no unit for village " + village));
	}

	private boolean inDemoTown(int village) {
		return this.villages.get(village).town() == this.anchors.town();
	}

	private static int indexOf(List<Plan> plans, Story story) {
		return indicesOf(plans, story).get(0);
	}

	private static List<Integer> indicesOf(List<Plan> plans, Story... stories) {
		List<Integer> indices = new ArrayList<>();
		for (int i = 0; i < plans.size(); i++) {
			if (List.of(stories).contains(plans.get(i).story)) {
				indices.add(i);
			}
		}
		return List.copyOf(indices);
	}

	private YearMonth monthsAgo(int months) {
		return YearMonth.from(this.today).minusMonths(months);
	}

	/** @return a day from the first one up to {@code days - 1} days later, at random */
	private LocalDate day(LocalDate first, int days) {
		return first.plusDays(this.random.nextInt(days));
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}
}
