package org.zhucun.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.MonthOverview.Figures;
import org.zhucun.attendance.MonthOverview.TeamRow;
import org.zhucun.attendance.MonthOverview.TownRow;
import org.zhucun.attendance.OverviewQueries.Discrepancy;
import org.zhucun.attendance.OverviewQueries.TeamRef;
import org.zhucun.attendance.OverviewQueries.TownRef;
import org.zhucun.attendance.RollupQueries.CadreTeam;
import org.zhucun.attendance.RollupQueries.NotMetPage;
import org.zhucun.attendance.RollupQueries.Share;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.shared.domain.NotFoundException;

/**
 * The month overview of the attendance pages (DOMAIN §4), read from the month roll-ups (V73, {@link MonthRollups}):
 * the figures of the district by town, or of a town by team, added up in SQL from one row per cadre and team, and
 * the page of cadres who did not meet the rule judged afresh for the 50 of the page, so the reasons are the month
 * computation's own. The figures equal those of {@link OverviewService}, which judges every week of the scope at each
 * request ({@code MonthRollupIT}). Same access: the office, and a town official for their own town (HTTP 403 for
 * everyone else). Shows compliance, never a ranking.
 */
@Service
@Transactional
public class OverviewRollupService {

	private final MonthRollups rollups;

	private final RollupQueries rolled;

	private final MonthCompliance compliance;

	private final OverviewQueries queries;

	private final ScopeService scopes;

	private final Clock clock;

	OverviewRollupService(MonthRollups rollups, RollupQueries rolled, MonthCompliance compliance,
			OverviewQueries queries, ScopeService scopes, Clock clock) {
		this.rollups = rollups;
		this.rolled = rolled;
		this.compliance = compliance;
		this.queries = queries;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** @return the current month in the district */
	public YearMonth currentMonth() {
		return YearMonth.now(this.clock);
	}

	/**
	 * The overview of a month for the signed-in account, as {@link OverviewService#overview} gives it.
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
		Long town = town(townId);
		this.rollups.refresh(List.of(month));
		return (town == null) ? district(month, townFilter, flag, page)
				: town(month, town, flag, page, this.scopes.current().isOffice());
	}

	/**
	 * The chart of the overview: the share of the judged cadres who met the rule, month by month over the twelve
	 * months up to the month shown, by town for the district, by team for a town; same access as the overview.
	 * @param month the last month of the chart
	 * @param townId the town asked for, or null
	 */
	public OverviewChart chart(YearMonth month, Long townId) {
		Long town = town(townId);
		List<YearMonth> months = new ArrayList<>(OverviewChart.MONTHS);
		for (int i = OverviewChart.MONTHS - 1; i >= 0; i--) {
			months.add(month.minusMonths(i));
		}
		this.rollups.refresh(months);
		if (town != null) {
			this.queries.townName(town).orElseThrow(() -> new NotFoundException("town", town));
			return new OverviewChart(months, this.rolled.teamLines(months, town));
		}
		Map<Long, Map<YearMonth, Share>> shares = new HashMap<>();
		for (Share share : this.rolled.townShares(months.get(0), month)) {
			shares.computeIfAbsent(share.groupId(), id -> new HashMap<>()).put(YearMonth.from(share.month()), share);
		}
		List<OverviewChart.Line> lines = new ArrayList<>();
		for (TownRef ref : this.queries.towns()) {
			lines.add(line(ref.id(), ref.name(), months, shares));
		}
		return new OverviewChart(months, lines);
	}

	private static OverviewChart.Line line(Long id, String name, List<YearMonth> months,
			Map<Long, Map<YearMonth, Share>> shares) {
		Map<YearMonth, Share> of = shares.getOrDefault(id, Map.of());
		List<OverviewChart.Cell> cells = new ArrayList<>(months.size());
		for (YearMonth month : months) {
			Share share = of.get(month);
			cells.add(new OverviewChart.Cell(month, share == null ? 0 : share.judged(), share == null ? 0 : share.met()));
		}
		return new OverviewChart.Line(id, name, cells);
	}

	/** The town shown to the signed-in account (null for the district), after the scope check. */
	Long town(Long townId) {
		DataScope scope = this.scopes.current();
		if (scope.isTown()) {
			this.scopes.require(scope.townId() != null && (townId == null || townId.equals(scope.townId())));
			return scope.townId();
		}
		this.scopes.require(scope.isOffice());
		return townId;
	}

	private MonthOverview district(YearMonth month, Long townFilter, MonthFlag flag, int page) {
		MonthPeriod period = MonthPeriod.of(month);
		List<TownRef> towns = this.queries.towns();
		Map<Long, Integer> teams = this.queries.teamsByTown(period.from(), period.to());
		Map<Long, Figures> figures = this.rolled.figures(month, null);
		List<TownRow> townRows = new ArrayList<>(towns.size());
		for (TownRef town : towns) {
			townRows.add(new TownRow(town.id(), town.name(),
					withTeams(figures.get(town.id()), teams.getOrDefault(town.id(), 0))));
		}
		int teamCount = teams.values().stream().mapToInt(Integer::intValue).sum();
		List<Discrepancy> discrepancies = this.queries.discrepancies(null, period.from(), period.to(),
				OverviewService.DISCREPANCY_LIMIT);
		return new MonthOverview(month, period.from(), period.to(), null, null, true,
				withTeams(figures.get(null), teamCount), townRows, List.of(), notMet(month, townFilter, flag, page),
				townFilter, flag, OverviewService.rows(discrepancies), OverviewService.total(discrepancies));
	}

	private MonthOverview town(YearMonth month, Long townId, MonthFlag flag, int page, boolean office) {
		String townName = this.queries.townName(townId).orElseThrow(() -> new NotFoundException("town", townId));
		MonthPeriod period = MonthPeriod.of(month);
		List<TeamRef> teams = this.queries.teamsOfTown(townId, period.from(), period.to());
		Map<Long, Figures> figures = this.rolled.figures(month, townId);
		List<TeamRow> teamRows = new ArrayList<>(teams.size());
		Set<Long> listed = new HashSet<>();
		for (TeamRef team : teams) {
			listed.add(team.id());
			teamRows.add(new TeamRow(team.id(), team.villageName(), team.unitName(), withTeams(figures.get(team.id()), 1)));
		}
		// A member whose team's term does not overlap the month by the team's dates still shows (defensive).
		List<Long> others = figures.keySet().stream().filter(id -> id != null && !listed.contains(id)).toList();
		if (!others.isEmpty()) {
			for (TeamRef team : this.queries.teams(others)) {
				teamRows.add(new TeamRow(team.id(), team.villageName(), team.unitName(), withTeams(figures.get(team.id()), 1)));
			}
		}
		List<Discrepancy> discrepancies = this.queries.discrepancies(townId, period.from(), period.to(),
				OverviewService.DISCREPANCY_LIMIT);
		return new MonthOverview(month, period.from(), period.to(), townId, townName, office,
				withTeams(figures.get(null), teamRows.size()), List.of(), teamRows, notMet(month, townId, flag, page), null,
				flag, OverviewService.rows(discrepancies), OverviewService.total(discrepancies));
	}

	/**
	 * The page of the cadres who did not meet the rule, in the order of the month computation; the page's months are
	 * judged afresh (their weeks give the reasons). A page past the end shows the last one.
	 */
	private Page<CadreMonth> notMet(YearMonth month, Long townId, MonthFlag flag, int page) {
		int size = OverviewService.PAGE_SIZE;
		int number = Math.max(0, page);
		NotMetPage found = this.rolled.notMet(month, townId, flag, number * size, size);
		if (found.rows().isEmpty() && number > 0) {
			long total = this.rolled.notMet(month, townId, flag, 0, 1).total();
			number = (int) Math.max(0, (total - 1) / size);
			found = this.rolled.notMet(month, townId, flag, number * size, size);
		}
		if (found.rows().isEmpty()) {
			return new PageImpl<>(List.of(), PageRequest.of(0, size), 0);
		}
		Map<CadreTeam, CadreMonth> judged = new HashMap<>();
		List<Long> cadres = found.rows().stream().map(CadreTeam::cadreId).distinct().toList();
		for (CadreMonth m : this.compliance.ofCadres(cadres, month, LocalDate.now(this.clock))) {
			judged.put(new CadreTeam(m.cadreId(), m.teamId()), m);
		}
		List<CadreMonth> content = found.rows().stream().map(judged::get).filter(Objects::nonNull).toList();
		return new PageImpl<>(content, PageRequest.of(number, size), found.total());
	}

	private static Figures withTeams(Figures figures, int teams) {
		if (figures == null) {
			return new Figures(teams, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		}
		return new Figures(teams, figures.cadresJudged(), figures.cadresMet(), figures.cadresNotMet(),
				figures.nominal(), figures.commuting(), figures.absent(), figures.discrepancies(), figures.gapDays(),
				figures.weeksJudged(), figures.weeksMet());
	}
}
