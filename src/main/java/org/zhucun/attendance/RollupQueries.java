package org.zhucun.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhucun.attendance.MonthOverview.Figures;
import org.zhucun.attendance.domain.rule.MonthFlag;

/**
 * The month overview's figures read from the month roll-ups (V73, {@link MonthRollups}): the figures per scope added
 * up when the roll-ups were written, the rows of the cadres who did not meet the rule. One query for the figures of a
 * month, one for a page of the cadres who did not meet the rule, one for the twelve months of the chart.
 */
@Repository
class RollupQueries {

	/** The scopes of the figures read: the district and its towns, or a town and its teams (:town). */
	private static final String DISTRICT_SCOPES = "f.scope in ('DISTRICT', 'TOWN')";

	private static final String TOWN_SCOPES = """
			((f.scope = 'TOWN' and f.scope_id = :town) or (f.scope = 'TEAM' and f.scope_id in (
			    select t.id from work_team t join village v on v.id = t.village_id where v.town_id = :town)))""";

	/** The figures of a month (V73, attendance_month_figures, written with the roll-ups) in the given scopes. */
	private static final String FIGURES = """
			select f.scope, f.scope_id, f.cadres_judged, f.cadres_not_met, f.nominal, f.commuting, f.absent,
			       f.discrepancies, f.gap_days, f.weeks_judged, f.weeks_met
			from attendance_month_figures f
			where f.month = :month and %s
			""";

	/**
	 * A page of the cadres who did not meet the rule, in the order of the month computation (town, village, team,
	 * name, first day of membership in the month), with the count of all of them.
	 */
	private static final String NOT_MET = """
			select r.cadre_id, r.team_id, count(*) over () as total
			from attendance_month_rollup r
			join work_team t on t.id = r.team_id
			join village v on v.id = t.village_id
			join town tw on tw.id = v.town_id
			join cadre c on c.id = r.cadre_id
			where r.month = :month and r.judged and not r.complies and %s
			order by tw.sort_order, tw.name, tw.id, v.name, t.id, c.name,
			         (select min(tm.joined_on) from team_membership tm where tm.cadre_id = r.cadre_id
			              and tm.team_id = r.team_id and tm.joined_on <= :to and (tm.left_on is null or tm.left_on >= :from)),
			         r.cadre_id
			limit :limit offset :offset
			""";

	/** Per month and town: the cadres judged and those who did not meet the rule. */
	private static final String TOWN_SHARES = """
			select f.month, f.scope_id, f.cadres_judged, f.cadres_not_met
			from attendance_month_figures f
			where f.month between :first and :last and f.scope = 'TOWN'
			""";

	/**
	 * The chart's lines of a town: its teams whose term overlaps the chart's months (as OverviewQueries.teamsOfTown
	 * lists them, by village), each with its months' figures, in one statement.
	 */
	private static final String TEAM_LINES = """
			select t.id, v.name as village_name, f.month, f.cadres_judged, f.cadres_not_met
			from work_team t
			join village v on v.id = t.village_id
			join aid_unit u on u.id = t.unit_id
			left join attendance_month_figures f on f.scope = 'TEAM' and f.scope_id = t.id
			    and f.month between :first and :last
			where v.town_id = :town and t.term_start <= :to and (t.ended_on is null or t.ended_on >= :from)
			order by v.name, t.id, f.month
			""";

	private final JdbcClient jdbc;

	RollupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A cadre's month in a team, as a page of the list names it. */
	record CadreTeam(Long cadreId, Long teamId) {
	}

	/** A page of the cadres who did not meet the rule and the number of them all. */
	record NotMetPage(List<CadreTeam> rows, long total) {
	}

	/** Per month and group, the cadres judged and those who met the rule. */
	record Share(LocalDate month, Long groupId, int judged, int met) {
	}

	/**
	 * @param townId the town whose teams are the groups, or null for the district by town
	 * @return the figures per town (district) or team (town) and, under the key null, of the whole scope
	 */
	Map<Long, Figures> figures(YearMonth month, Long townId) {
		Map<String, Object> params = new HashMap<>();
		params.put("month", month.atDay(1));
		if (townId != null) {
			params.put("town", townId);
		}
		Map<Long, Figures> figures = new HashMap<>();
		String whole = townId == null ? "DISTRICT" : "TOWN";
		this.jdbc.sql(FIGURES.formatted(townId == null ? DISTRICT_SCOPES : TOWN_SCOPES))
			.params(params)
			.query(rs -> {
				Long group = whole.equals(rs.getString("scope")) ? null : rs.getLong("scope_id");
				int judged = rs.getInt("cadres_judged");
				int notMet = rs.getInt("cadres_not_met");
				figures.put(group, new Figures(0, judged, judged - notMet, notMet, rs.getInt("nominal"),
						rs.getInt("commuting"), rs.getInt("absent"), rs.getInt("discrepancies"), rs.getInt("gap_days"),
						rs.getInt("weeks_judged"), rs.getInt("weeks_met")));
			});
		return figures;
	}

	/**
	 * A page of the cadres who did not meet the rule.
	 * @param townId only the teams of this town, or null
	 * @param flag only those with this flag, or null
	 */
	NotMetPage notMet(YearMonth month, Long townId, MonthFlag flag, int offset, int limit) {
		MonthPeriod period = MonthPeriod.of(month);
		StringBuilder condition = new StringBuilder("true");
		Map<String, Object> params = new HashMap<>();
		params.put("month", month.atDay(1));
		params.put("from", period.from());
		params.put("to", period.to());
		params.put("offset", offset);
		params.put("limit", limit);
		if (townId != null) {
			condition.append(" and v.town_id = :town");
			params.put("town", townId);
		}
		if (flag != null) {
			condition.append(switch (flag) {
				case NOMINAL -> " and r.nominal";
				case COMMUTING -> " and r.commuting";
				case ABSENT -> " and r.absent";
			});
		}
		long[] total = { 0 };
		List<CadreTeam> rows = this.jdbc.sql(NOT_MET.formatted(condition))
			.params(params)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new CadreTeam(rs.getLong("cadre_id"), rs.getLong("team_id"));
			})
			.list();
		return new NotMetPage(rows, total[0]);
	}

	/** @return per month from first to last and per town, the cadres judged and those who met the rule */
	List<Share> townShares(YearMonth first, YearMonth last) {
		return this.jdbc.sql(TOWN_SHARES)
			.param("first", first.atDay(1))
			.param("last", last.atDay(1))
			.query((rs, n) -> new Share(rs.getObject("month", LocalDate.class), rs.getLong("scope_id"),
					rs.getInt("cadres_judged"), rs.getInt("cadres_judged") - rs.getInt("cadres_not_met")))
			.list();
	}

	/**
	 * The chart's lines of a town, one per team whose term overlaps the months, by village, each with a cell per
	 * month (none judged where the month has no figures).
	 * @param months the chart's months, oldest first, one after the other
	 */
	List<OverviewChart.Line> teamLines(List<YearMonth> months, Long townId) {
		YearMonth first = months.get(0);
		YearMonth last = months.get(months.size() - 1);
		List<OverviewChart.Line> lines = new ArrayList<>();
		int[][] team = { null };
		Long[] id = { null };
		String[] name = { null };
		this.jdbc.sql(TEAM_LINES)
			.param("first", first.atDay(1))
			.param("last", last.atDay(1))
			.param("town", townId)
			.param("from", MonthPeriod.of(first).from())
			.param("to", MonthPeriod.of(last).to())
			.query(rs -> {
				long teamId = rs.getLong("id");
				if (id[0] == null || id[0] != teamId) {
					if (id[0] != null) {
						lines.add(line(id[0], name[0], months, team[0]));
					}
					id[0] = teamId;
					name[0] = rs.getString("village_name");
					team[0] = new int[months.size() * 2];
				}
				LocalDate month = rs.getObject("month", LocalDate.class);
				if (month != null) {
					int index = (int) first.until(YearMonth.from(month), ChronoUnit.MONTHS);
					int judged = rs.getInt("cadres_judged");
					team[0][index * 2] = judged;
					team[0][index * 2 + 1] = judged - rs.getInt("cadres_not_met");
				}
			});
		if (id[0] != null) {
			lines.add(line(id[0], name[0], months, team[0]));
		}
		return lines;
	}

	/** A line from its figures, judged and met for each month in turn. */
	private static OverviewChart.Line line(Long id, String name, List<YearMonth> months, int[] figures) {
		List<OverviewChart.Cell> cells = new ArrayList<>(months.size());
		for (int i = 0; i < months.size(); i++) {
			cells.add(new OverviewChart.Cell(months.get(i), figures[i * 2], figures[i * 2 + 1]));
		}
		return new OverviewChart.Line(id, name, cells);
	}
}
