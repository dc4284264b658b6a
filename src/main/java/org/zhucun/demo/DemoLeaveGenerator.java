package org.zhucun.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.zhucun.demo.DemoDistrict.Anchors;
import org.zhucun.demo.DemoDistrict.Cadre;
import org.zhucun.demo.DemoDistrict.LeaveDecision;
import org.zhucun.demo.DemoDistrict.LeaveRequest;
import org.zhucun.demo.DemoDistrict.LeaveState;
import org.zhucun.demo.DemoDistrict.LeaveStep;
import org.zhucun.demo.DemoDistrict.LeaveType;
import org.zhucun.demo.DemoDistrict.Membership;
import org.zhucun.demo.DemoDistrict.Team;
import org.zhucun.demo.DemoDistrict.Town;
import org.zhucun.demo.DemoDistrict.Village;

/**
 * Generates the demo district's leave requests with the district generator's random numbers: from the first day of
 * attendance until a few weeks after the day of the load, for cadres in active teams other than the demo accounts',
 * chains as the leave rules choose them with the default settings, mostly approved, some rejected, cancelled, returned
 * early and pending at each step (starting after today, so they wait in the inboxes), and one cadre over the yearly
 * limit this year.
 */
final class DemoLeaveGenerator {

	/** The default settings leave.team-max-days, leave.town-max-days and leave.year-limit-days. */
	static final int TEAM_MAX_DAYS = 1;

	static final int TOWN_MAX_DAYS = 3;

	static final int YEAR_LIMIT_DAYS = 30;

	static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	/** The lengths of the over-limit cadre's approved sick leave this year, 33 days in all. */
	private static final List<Integer> SICK_LENGTHS = List.of(10, 10, 10, 3);

	/** Days between the starts of the over-limit cadre's sick leaves at least (a leave and a shift to a Monday fit). */
	private static final int MIN_SICK_SPACING = 17;

	/** Weeks before this week of the demo member's approved leave, a Monday and Tuesday. */
	private static final int MEMBER_LEAVE_WEEKS_AGO = 5;

	/** Days from today to the first day of the pending requests of the demo team and the demo town. */
	private static final int DEMO_TEAM_PENDING_IN = 5;

	private static final int DEMO_TOWN_PENDING_IN = 9;

	/** Lengths of the other requests, short ones more often. */
	private static final List<Integer> LENGTHS = List.of(1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 7, 8, 10);

	private static final Map<LeaveType, List<String>> REASONS = Map.of(
			LeaveType.PERSONAL, List.of("家中有事需本人处理", "办理房屋过户手续", "孩子入学报名"),
			LeaveType.SICK, List.of("感冒发烧，需就医治疗", "腰椎不适，遵医嘱休息", "住院做小手术，术后休养"),
			LeaveType.ANNUAL, List.of("休年休假", "年休假，回家休整"),
			LeaveType.MARRIAGE_FUNERAL, List.of("本人结婚", "亲属去世，回家料理丧事"),
			LeaveType.FAMILY_VISIT, List.of("探望父母", "探望在外地工作的配偶"),
			LeaveType.OTHER, List.of("参加单位组织的业务培训", "参加职称考试"));

	private static final List<String> REJECTIONS = List.of("村里正值秋收和集中走访，请调整时间", "当前驻村人员不足，请错开时间再申请",
			"请补充医院证明后重新申请", "迎检期间原则上不批假");

	/** What the random requests become, in order, after the scripted ones. */
	private enum Plan {

		APPROVED, REJECTED, CANCELLED, RETURNED, PENDING_LEADER, PENDING_TOWN, PENDING_OFFICE
	}

	private final Random random;

	/** The day of the load, and the first and last day of the requests but for the over-limit cadre's. */
	private final LocalDate today;

	private final LocalDate from;

	private final LocalDate until;

	private final List<Town> towns;

	private final List<Village> villages;

	private final List<Cadre> cadres;

	private final List<Team> teams;

	private final Anchors anchors;

	private final int demoTeam;

	/** Each cadre's active membership, by cadre index, in cadre order. */
	private final Map<Integer, Membership> active = new TreeMap<>();

	/** The cadre leading each active team. */
	private final Map<Integer, Integer> leaderOf = new HashMap<>();

	private final Map<Integer, List<LeaveRequest>> byCadre = new HashMap<>();

	private final List<LeaveRequest> requests = new ArrayList<>();

	DemoLeaveGenerator(DemoDays days, Random random, List<Town> towns, List<Village> villages, List<Cadre> cadres,
			List<Team> teams, List<Membership> memberships, Anchors anchors, int demoTeam) {
		this.random = random;
		this.today = days.today();
		this.from = days.attendanceFrom();
		this.until = days.leaveUntil();
		this.towns = towns;
		this.villages = villages;
		this.cadres = cadres;
		this.teams = teams;
		this.anchors = anchors;
		this.demoTeam = demoTeam;
		for (Membership m : memberships) {
			if (m.active() && teams.get(m.team()).active()) {
				this.active.put(m.cadre(), m);
				if (m.role().leads()) {
					this.leaderOf.put(m.team(), m.cadre());
				}
			}
		}
	}

	List<LeaveRequest> generate() {
		int member = this.anchors.memberCadre();
		LocalDate memberLeave = this.today.with(DayOfWeek.MONDAY).minusWeeks(MEMBER_LEAVE_WEEKS_AGO);
		add(member, LeaveType.PERSONAL, memberLeave, 2, Plan.APPROVED);
		int overLimit = overLimitCadre();
		List<LocalDate> sickFirstDays = sickFirstDays();
		for (int i = 0; i < sickFirstDays.size(); i++) {
			add(overLimit, LeaveType.SICK, sickFirstDays.get(i), SICK_LENGTHS.get(i), Plan.APPROVED);
		}
		int colleague = firstMember(m -> m.team() == this.demoTeam && m.cadre() != member);
		add(colleague, LeaveType.FAMILY_VISIT, this.today.plusDays(DEMO_TEAM_PENDING_IN), 1, Plan.PENDING_LEADER);
		int kejing = firstMember(m -> m.team() != this.demoTeam && townOf(m.team()) == this.anchors.town());
		add(kejing, LeaveType.PERSONAL, this.today.plusDays(DEMO_TOWN_PENDING_IN), 3, Plan.PENDING_TOWN);
		List<Plan> plans = new ArrayList<>();
		addPlans(plans, Plan.APPROVED, 38);
		addPlans(plans, Plan.REJECTED, 6);
		addPlans(plans, Plan.CANCELLED, 2);
		addPlans(plans, Plan.RETURNED, 1);
		addPlans(plans, Plan.PENDING_LEADER, 2);
		addPlans(plans, Plan.PENDING_TOWN, 2);
		addPlans(plans, Plan.PENDING_OFFICE, 3);
		List<Integer> candidates = new ArrayList<>(this.active.keySet());
		candidates.removeAll(List.of(overLimit, member, this.anchors.leaderCadre()));
		for (Plan plan : plans) {
			addRandom(plan, candidates);
		}
		return List.copyOf(this.requests);
	}

	private static void addPlans(List<Plan> plans, Plan plan, int count) {
		for (int i = 0; i < count; i++) {
			plans.add(plan);
		}
	}

	/** A member (not leading) of a team other than the demo team, in it since before this year, chosen at random. */
	private int overLimitCadre() {
		LocalDate newYear = this.today.withDayOfYear(1);
		List<Integer> candidates = new ArrayList<>();
		this.active.forEach((cadre, m) -> {
			if (!m.role().leads() && m.team() != this.demoTeam && m.joined().isBefore(newYear)) {
				candidates.add(cadre);
			}
		});
		return candidates.get(this.random.nextInt(candidates.size()));
	}

	/**
	 * The first days (Mondays) of the over-limit cadre's sick leaves, spread over this year until today; early in the
	 * year, when they do not fit before today, the later ones are approved ahead.
	 */
	private List<LocalDate> sickFirstDays() {
		LocalDate newYear = this.today.withDayOfYear(1);
		int spacing = Math.max(MIN_SICK_SPACING, (this.today.getDayOfYear() - 1 - 14) / SICK_LENGTHS.size());
		List<LocalDate> days = new ArrayList<>();
		for (int i = 0; i < SICK_LENGTHS.size(); i++) {
			days.add(newYear.plusDays(2 + (long) i * spacing).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
		}
		return days;
	}

	private int firstMember(Predicate<Membership> filter) {
		return this.active.values()
			.stream()
			.filter(m -> !m.role().leads() && filter.test(m))
			.mapToInt(Membership::cadre)
			.filter(c -> c != this.anchors.memberCadre() && c != this.anchors.leaderCadre())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Demo district: no cadre for a pending leave request"));
	}

	private int townOf(int team) {
		return this.villages.get(this.teams.get(team).village()).town();
	}

	private void addRandom(Plan plan, List<Integer> candidates) {
		for (int attempt = 0; attempt < 500; attempt++) {
			int cadre = candidates.get(this.random.nextInt(candidates.size()));
			boolean leads = this.active.get(cadre).role().leads();
			int days = LENGTHS.get(this.random.nextInt(LENGTHS.size()));
			if (plan == Plan.PENDING_LEADER && leads || plan == Plan.PENDING_TOWN && !leads && days <= TEAM_MAX_DAYS
					|| plan == Plan.PENDING_OFFICE && days <= TOWN_MAX_DAYS || plan == Plan.RETURNED && days < 3) {
				continue;
			}
			LocalDate first = firstDay(plan, days);
			LeaveType type = LeaveType.values()[this.random.nextInt(LeaveType.values().length)];
			if (fits(cadre, first, days)) {
				add(cadre, type, first, days, plan);
				return;
			}
		}
		throw new IllegalStateException("Demo district: no room for a leave request " + plan);
	}

	/** Pending requests start after today; decided and returned ones end before it; others anywhere. */
	private LocalDate firstDay(Plan plan, int days) {
		LocalDate from = this.from;
		LocalDate until = this.until.minusDays(days - 1);
		switch (plan) {
			case PENDING_LEADER, PENDING_TOWN, PENDING_OFFICE -> from = this.today.plusDays(1);
			case REJECTED, RETURNED -> until = this.today.minusDays(days);
			default -> {
			}
		}
		return from.plusDays(this.random.nextInt((int) (until.toEpochDay() - from.toEpochDay()) + 1));
	}

	/** In the team by then, no overlap with the cadre's other requests, and within the yearly limit. */
	private boolean fits(int cadre, LocalDate first, int days) {
		LocalDate last = first.plusDays(days - 1);
		if (first.isBefore(this.active.get(cadre).joined())) {
			return false;
		}
		int total = days;
		for (LeaveRequest r : this.byCadre.getOrDefault(cadre, List.of())) {
			if (!r.firstDay().isAfter(last) && !first.isAfter(r.lastDay())) {
				return false;
			}
			total += r.days();
		}
		return total <= YEAR_LIMIT_DAYS;
	}

	private void add(int cadre, LeaveType type, LocalDate first, int days, Plan plan) {
		Membership membership = this.active.get(cadre);
		int team = membership.team();
		boolean leads = membership.role().leads();
		List<LeaveStep> chain = chain(days, leads);
		LocalDate last = first.plusDays(days - 1);
		LocalDate createdDay = first.minusDays(3 + this.random.nextInt(5));
		if (createdDay.isAfter(this.today.minusDays(3))) {
			createdDay = this.today.minusDays(3 + this.random.nextInt(3));
		}
		OffsetDateTime created = createdDay.atTime(8 + this.random.nextInt(10), this.random.nextInt(60)).atOffset(CHINA);
		LeaveState state;
		int decided;
		boolean rejected = false;
		switch (plan) {
			case PENDING_LEADER -> {
				state = LeaveState.PENDING;
				decided = chain.indexOf(LeaveStep.TEAM_LEADER);
			}
			case PENDING_TOWN -> {
				state = LeaveState.PENDING;
				decided = chain.indexOf(LeaveStep.TOWN);
			}
			case PENDING_OFFICE -> {
				state = LeaveState.PENDING;
				decided = chain.indexOf(LeaveStep.OFFICE);
			}
			case REJECTED -> {
				state = LeaveState.REJECTED;
				decided = this.random.nextInt(chain.size());
				rejected = true;
			}
			case CANCELLED -> {
				state = LeaveState.CANCELLED;
				decided = 0;
			}
			case RETURNED -> {
				state = LeaveState.RETURNED;
				decided = chain.size();
			}
			default -> {
				state = LeaveState.APPROVED;
				decided = chain.size();
			}
		}
		if (decided < 0) {
			throw new IllegalStateException("Demo district: " + plan + " outside the chain " + chain);
		}
		List<LeaveDecision> decisions = new ArrayList<>();
		OffsetDateTime at = created;
		for (int i = 0; i < decided + (rejected ? 1 : 0); i++) {
			at = at.plusHours(1 + this.random.nextInt(16)).plusMinutes(this.random.nextInt(60));
			boolean approved = !(rejected && i == decided);
			String comment = approved ? null : REJECTIONS.get(this.random.nextInt(REJECTIONS.size()));
			decisions.add(decision(chain.get(i), team, approved, comment, at));
		}
		LocalDate actualReturn = null;
		OffsetDateTime modified = at;
		if (state == LeaveState.CANCELLED) {
			modified = created.plusHours(2);
		}
		if (state == LeaveState.RETURNED) {
			actualReturn = first.plusDays(1 + this.random.nextInt(days - 2));
			modified = actualReturn.atTime(8, 30).atOffset(CHINA);
		}
		List<String> reasons = REASONS.get(type);
		LeaveRequest request = new LeaveRequest(cadre, team, type, first, last,
				reasons.get(this.random.nextInt(reasons.size())), chain, decided, state, actualReturn, created,
				modified, List.copyOf(decisions));
		this.requests.add(request);
		this.byCadre.computeIfAbsent(cadre, c -> new ArrayList<>()).add(request);
	}

	private LeaveDecision decision(LeaveStep step, int team, boolean approved, String comment, OffsetDateTime at) {
		return switch (step) {
			case TEAM_LEADER -> {
				int leader = this.leaderOf.get(team);
				yield new LeaveDecision(step, leader, this.cadres.get(leader).name(), approved, comment, at);
			}
			case TOWN -> {
				int town = townOf(team);
				String name = town == this.anchors.town() ? DemoAccounts.TOWN_NAME
						: this.towns.get(town).name() + " 党政办";
				yield new LeaveDecision(step, -1, name, approved, comment, at);
			}
			case OFFICE -> new LeaveDecision(step, -1, DemoAccounts.OFFICE_NAME, approved, comment, at);
		};
	}

	/** The chain the leave rules choose with the default settings; a team leader's own request starts at the town. */
	static List<LeaveStep> chain(int days, boolean requesterLeadsTeam) {
		List<LeaveStep> steps = new ArrayList<>();
		if (!requesterLeadsTeam) {
			steps.add(LeaveStep.TEAM_LEADER);
		}
		if (days > TEAM_MAX_DAYS || requesterLeadsTeam) {
			steps.add(LeaveStep.TOWN);
		}
		if (days > TOWN_MAX_DAYS) {
			steps.add(LeaveStep.OFFICE);
		}
		return List.copyOf(steps);
	}
}
