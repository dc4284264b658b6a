package org.zhucun.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.MonthOverview.DiscrepancyRow;
import org.zhucun.attendance.MonthOverview.Figures;
import org.zhucun.attendance.MonthOverview.TeamRow;
import org.zhucun.attendance.MonthOverview.TownRow;
import org.zhucun.attendance.OverviewQueries.Discrepancy;
import org.zhucun.attendance.OverviewQueries.TeamRef;
import org.zhucun.attendance.OverviewQueries.TownRef;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.shared.domain.NotFoundException;

/**
 * The month overview (DOMAIN §4): for the office the district by town, for a town official (or the office asking for
 * a town) the town's teams; in both the cadres who did not meet the rule, with the reason, and the discrepancies.
 * One call of the month computation per request, the figures added up in one pass over its result, and one SQL query
 * each for the towns, the teams and the discrepancies: never a query per team or per cadre. Shows compliance, never
 * a ranking. Unit administrators, team leaders and members are refused (HTTP 403).
 * <p>
 * The pages read the same overview from the month roll-ups ({@link OverviewRollupService}); this computation afresh is
 * the reference they are tested against ({@code MonthRollupIT}) and the one the unit tests pin down.
 */
@Service
@Transactional(readOnly = true)
public class OverviewService {

	/** Cadres on a page of the list of those who did not meet the rule. */
	public static final int PAGE_SIZE = 50;

	/** Discrepancies listed on the page; the spot check pages list them all. */
	public static final int DISCREPANCY_LIMIT = 50;

	private final MonthCompliance compliance;

	private final OverviewQueries queries;

	private final ScopeService scopes;

	private final Clock clock;

	OverviewService(MonthCompliance compliance, OverviewQueries queries, ScopeService scopes, Clock clock) {
		this.compliance = compliance;
		this.queries = queries;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** @return today in the district */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** @return the current month in the district */
	public YearMonth currentMonth() {
		return YearMonth.now(this.clock);
	}

	/**
	 * The overview of a month for the signed-in account: the district for the office, a town for the office when a
	 * town is given, and always their own town for a town official.
	 * @param month the month
	 * @param townId the town asked for, or null
	 * @param townFilter for the district: only the cadres of this town in the list, or null
	 * @param flag only the cadres with this flag in the list, or null for all who did not meet the rule
	 * @param page the page of that list, from 0
	 * @throws org.springframework.security.access.AccessDeniedException for a town official asking for another town,
	 * and for every other role
	 * @throws NotFoundException when the office asks for a town that does not exist
	 */
	public MonthOverview overview(YearMonth month, Long townId, Long townFilter, MonthFlag flag, int page) {
		return overview(month, townId, townFilter, flag, new Listing(page, PAGE_SIZE, DISCREPANCY_LIMIT));
	}

	/**
	 * The overview as its Excel export and print view show it: the figures of the page, with every cadre of the
	 * filtered list (not one page) and every discrepancy of the month. Same scope rules as
	 * {@link #overview(YearMonth, Long, Long, MonthFlag, int)}.
	 */
	public MonthOverview overviewInFull(YearMonth month, Long townId, Long townFilter, MonthFlag flag) {
		return overview(month, townId, townFilter, flag, new Listing(0, Integer.MAX_VALUE, Integer.MAX_VALUE));
	}

	private MonthOverview overview(YearMonth month, Long townId, Long townFilter, MonthFlag flag, Listing listing) {
		DataScope scope = this.scopes.current();
		if (scope.isTown()) {
			this.scopes.require(scope.townId() != null && (townId == null || townId.equals(scope.townId())));
			return town(month, scope.townId(), flag, listing, false);
		}
		this.scopes.require(scope.isOffice());
		return (townId == null) ? district(month, townFilter, flag, listing)
				: town(month, townId, flag, listing, true);
	}

	/** Which part of the lists to show: the page of the cadre list and its size, and how many discrepancies. */
	private record Listing(int page, int pageSize, int discrepancyLimit) {
	}

	private MonthOverview district(YearMonth month, Long townFilter, MonthFlag flag, Listing listing) {
		MonthPeriod period = this.compliance.period(month);
		List<CadreMonth> months = this.compliance.ofDistrict(month);
		List<TownRef> towns = this.queries.towns();
		Map<Long, Integer> teams = this.queries.teamsByTown(period.from(), period.to());

		Tally total = new Tally();
		Map<Long, Tally> byTown = new HashMap<>();
		for (CadreMonth m : months) {
			total.add(m);
			byTown.computeIfAbsent(m.townId(), id -> new Tally()).add(m);
		}
		List<TownRow> townRows = new ArrayList<>(towns.size());
		for (TownRef town : towns) {
			Tally tally = byTown.getOrDefault(town.id(), Tally.EMPTY);
			townRows.add(new TownRow(town.id(), town.name(), tally.figures(teams.getOrDefault(town.id(), 0))));
		}
		int teamCount = teams.values().stream().mapToInt(Integer::intValue).sum();
		Predicate<CadreMonth> inTown = m -> townFilter == null || townFilter.equals(m.townId());
		// The list follows the towns' order of the table; within a town the computation's order (village, name).
		Map<Long, Integer> townOrder = new HashMap<>();
		for (int i = 0; i < towns.size(); i++) {
			townOrder.put(towns.get(i).id(), i);
		}
		Comparator<CadreMonth> inTownOrder = Comparator.comparing(m -> townOrder.getOrDefault(m.townId(), towns.size()));
		List<Discrepancy> discrepancies = this.queries.discrepancies(null, period.from(), period.to(),
				listing.discrepancyLimit());
		return new MonthOverview(month, period.from(), period.to(), null, null, true, total.figures(teamCount),
				townRows, List.of(), notMet(months, inTown, inTownOrder, flag, listing.page(),
						listing.pageSize()), townFilter, flag, rows(discrepancies),
				total(discrepancies));
	}

	private MonthOverview town(YearMonth month, Long townId, MonthFlag flag, Listing listing, boolean office) {
		String townName = this.queries.townName(townId).orElseThrow(() -> new NotFoundException("town", townId));
		MonthPeriod period = this.compliance.period(month);
		List<CadreMonth> months = this.compliance.ofTown(townId, month);
		List<TeamRef> teams = this.queries.teamsOfTown(townId, period.from(), period.to());

		Tally total = new Tally();
		Map<Long, Tally> byTeam = new LinkedHashMap<>();
		Map<Long, CadreMonth> firstOfTeam = new HashMap<>();
		for (CadreMonth m : months) {
			total.add(m);
			byTeam.computeIfAbsent(m.teamId(), id -> new Tally()).add(m);
			firstOfTeam.putIfAbsent(m.teamId(), m);
		}
		List<TeamRow> teamRows = new ArrayList<>(teams.size());
		Set<Long> listed = new HashSet<>();
		for (TeamRef team : teams) {
			listed.add(team.id());
			teamRows.add(new TeamRow(team.id(), team.villageName(), team.unitName(),
					byTeam.getOrDefault(team.id(), Tally.EMPTY).figures(1)));
		}
		// A member whose team's term does not overlap the month by the team's dates still shows (defensive).
		byTeam.forEach((teamId, tally) -> {
			if (!listed.contains(teamId)) {
				CadreMonth m = firstOfTeam.get(teamId);
				teamRows.add(new TeamRow(teamId, m.villageName(), m.unitName(), tally.figures(1)));
			}
		});
		List<Discrepancy> discrepancies = this.queries.discrepancies(townId, period.from(), period.to(),
				listing.discrepancyLimit());
		return new MonthOverview(month, period.from(), period.to(), townId, townName, office,
				total.figures(teamRows.size()), List.of(), teamRows, notMet(months, m -> true, null, flag, listing.page(),
						listing.pageSize()), null, flag,
				rows(discrepancies), total(discrepancies));
	}

	/**
	 * The page of the cadres who did not meet the rule, in the order of the month computation (town, village, name),
	 * stably re-sorted by the given order of towns when there is one. Never ordered by a score.
	 */
	static Page<CadreMonth> notMet(List<CadreMonth> months, Predicate<CadreMonth> filter,
			Comparator<CadreMonth> order, MonthFlag flag, int page) {
		return notMet(months, filter, order, flag, page, PAGE_SIZE);
	}

	private static Page<CadreMonth> notMet(List<CadreMonth> months, Predicate<CadreMonth> filter,
			Comparator<CadreMonth> order, MonthFlag flag, int page, int pageSize) {
		Stream<CadreMonth> selected = months.stream()
			.filter(m -> judged(m) && !m.complies())
			.filter(filter)
			.filter(m -> flag == null || m.has(flag));
		List<CadreMonth> list = (order == null ? selected : selected.sorted(order)).toList();
		// The whole list on one page for the export (a page as large as the list).
		int size = pageSize == Integer.MAX_VALUE ? Math.max(1, list.size()) : pageSize;
		int pages = Math.max(1, (list.size() + size - 1) / size);
		int number = Math.min(Math.max(0, page), pages - 1);
		int from = number * size;
		return new PageImpl<>(list.subList(from, Math.min(list.size(), from + size)), PageRequest.of(number, size),
				list.size());
	}

	/** Whether the month says anything about the cadre yet: a judged week, or a flag (a discrepancy). */
	static boolean judged(CadreMonth month) {
		return month.weeksJudged() > 0 || !month.flags().flags().isEmpty();
	}

	static long total(List<Discrepancy> discrepancies) {
		return discrepancies.isEmpty() ? 0 : discrepancies.get(0).total();
	}

	static List<DiscrepancyRow> rows(List<Discrepancy> discrepancies) {
		return discrepancies.stream()
			.map(d -> new DiscrepancyRow(d.id(), d.day(), d.checkedAt(), d.method(), d.cadreId(), d.cadreName(),
					d.teamId(), d.villageName(), d.townId(), d.townName()))
			.toList();
	}

	/** Adds up the figures of a scope in one pass; cadres are counted once each. */
	static final class Tally {

		static final Tally EMPTY = new Tally();

		private final Set<Long> judged = new HashSet<>();

		private final Set<Long> notMet = new HashSet<>();

		private final Map<MonthFlag, Set<Long>> flagged = new EnumMap<>(MonthFlag.class);

		private int discrepancies;

		private int gapDays;

		private int weeksJudged;

		private int weeksMet;

		void add(CadreMonth month) {
			this.gapDays += month.gapDays();
			this.discrepancies += month.discrepancies();
			if (!judged(month)) {
				return;
			}
			this.judged.add(month.cadreId());
			this.weeksJudged += month.weeksJudged();
			this.weeksMet += month.weeksMet();
			if (!month.complies()) {
				this.notMet.add(month.cadreId());
			}
			for (MonthFlag flag : month.flags().flags()) {
				this.flagged.computeIfAbsent(flag, f -> new HashSet<>()).add(month.cadreId());
			}
		}

		Figures figures(int teams) {
			return new Figures(teams, this.judged.size(), this.judged.size() - this.notMet.size(), this.notMet.size(),
					count(MonthFlag.NOMINAL), count(MonthFlag.COMMUTING), count(MonthFlag.ABSENT), this.discrepancies,
					this.gapDays, this.weeksJudged, this.weeksMet);
		}

		private int count(MonthFlag flag) {
			return this.flagged.getOrDefault(flag, Set.of()).size();
		}
	}
}
