package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.attendance.MonthOverview.Figures;
import org.zhucun.attendance.MonthOverview.TeamRow;
import org.zhucun.attendance.MonthOverview.TownRow;
import org.zhucun.support.TestUsers;

/**
 * The chart of the month overview (issue 11): the table it is drawn from holds, for each of the twelve months up to
 * the month shown, the judged cadres and those who met the rule of each town (office) or team (town), equal to the
 * overview's figures of that month computed afresh; the page loads ECharts; a town sees only its own teams.
 */
class OverviewChartIT extends AttendanceIT {

	private static final YearMonth MONTH = YearMonth.from(TODAY);

	private static final Pattern ROW = Pattern
		.compile("<tr data-label=\"[^\"]*\" data-line=\"(\\d+)\" data-cells=\"([0-9/ ]*)\">(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern HEADER_MONTH = Pattern.compile("<th scope=\"col\" data-month=\"(\\d{4}-\\d{2})\">");

	@Autowired
	private OverviewService fresh;

	@Test
	void theOfficesChartHoldsEachTownsFiguresOfTheLastTwelveMonths() {
		Team team = team();
		records(team);
		String html = page("/attendance/overview?month=" + MONTH, TestUsers.officeStaff());
		assertThat(html).contains("id=\"compliance-chart\"", "data-compliance-chart", "/js/compliance-chart-",
				"/dist/echarts.min", "近十二个月各镇（街道）达标比例");
		Map<Long, Map<YearMonth, int[]>> chart = chart(html);
		assertThat(chart).containsKey(team.townId());
		int judgedCells = 0;
		for (int i = 0; i < OverviewChart.MONTHS; i++) {
			YearMonth month = MONTH.minusMonths(i);
			List<TownRow> towns = asAdmin(() -> this.fresh.overview(month, null, null, null, 0)).towns();
			assertThat(chart).hasSize(towns.size());
			for (TownRow town : towns) {
				int[] cell = chart.get(town.townId()).get(month);
				assertThat(cell).as("%s in %s", town.townName(), month).isNotNull();
				Figures f = town.figures();
				assertThat(cell).as("%s in %s", town.townName(), month).containsExactly(f.cadresJudged(), f.cadresMet());
				judgedCells += f.cadresJudged() > 0 ? 1 : 0;
			}
		}
		assertThat(judgedCells).as("months with judged cadres").isPositive();
		assertThat(chart.get(team.townId()).get(MONTH.minusMonths(2))).containsExactly(2, 1);
	}

	@Test
	void aTownsChartHoldsItsTeamsFiguresAndNoOtherTown() {
		Team team = team();
		Team other = team();
		records(team);
		String html = page("/attendance/overview?month=" + MONTH, TestUsers.town(team.townId()));
		assertThat(html).contains("近十二个月各工作队达标比例");
		Map<Long, Map<YearMonth, int[]>> chart = chart(html);
		assertThat(chart).containsOnlyKeys(team.teamId()).doesNotContainKey(other.teamId());
		for (int i = 0; i < OverviewChart.MONTHS; i++) {
			YearMonth month = MONTH.minusMonths(i);
			List<TeamRow> teams = asAdmin(() -> this.fresh.overview(month, team.townId(), null, null, 0)).teams();
			Map<Long, Figures> byTeam = new HashMap<>();
			teams.forEach(t -> byTeam.put(t.teamId(), t.figures()));
			Figures f = byTeam.getOrDefault(team.teamId(), new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
			assertThat(chart.get(team.teamId()).get(month)).as("%s", month)
				.containsExactly(f.cadresJudged(), f.cadresMet());
		}
		assertThat(page("/attendance/overview?month=" + MONTH + "&lang=en", TestUsers.town(team.townId())))
			.contains("Share meeting the rule by team, last twelve months");
	}

	/**
	 * Two months ago the leader is in the village every day and night, the member only on Mondays: of two judged
	 * cadres one met the rule.
	 */
	private void records(Team team) {
		MonthPeriod period = MonthPeriod.of(MONTH.minusMonths(2));
		for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
			insert(team, team.leaderId(), day);
			if (day.getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
				insert(team, team.memberId(), day);
			}
		}
	}

	private void insert(Team team, long cadre, LocalDate day) {
		this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source, created_at,"
				+ " modified_at) values (?, ?, ?, 'IN_VILLAGE', true, 'SELF', now(), now())", cadre, team.teamId(), day);
	}

	/** The chart's table: per line (town or team) and month, the judged cadres and those who met the rule. */
	private static Map<Long, Map<YearMonth, int[]>> chart(String html) {
		int start = html.indexOf("id=\"compliance-table\"");
		assertThat(start).isPositive();
		String table = html.substring(start, html.indexOf("</table>", start));
		List<YearMonth> months = new ArrayList<>();
		Matcher month = HEADER_MONTH.matcher(table);
		while (month.find()) {
			months.add(YearMonth.parse(month.group(1)));
		}
		assertThat(months).hasSize(OverviewChart.MONTHS);
		Map<Long, Map<YearMonth, int[]>> lines = new HashMap<>();
		Matcher row = ROW.matcher(table);
		while (row.find()) {
			String[] pairs = row.group(2).split(" ");
			assertThat(pairs).hasSize(OverviewChart.MONTHS);
			assertThat(row.group(3)).as("a cell a month").containsPattern("(?s)(<td>[^<]*</td>\\s*){12}");
			Map<YearMonth, int[]> cells = new HashMap<>();
			for (int i = 0; i < pairs.length; i++) {
				String[] counts = pairs[i].split("/");
				cells.put(months.get(i), new int[] { Integer.parseInt(counts[0]), Integer.parseInt(counts[1]) });
			}
			lines.put(Long.parseLong(row.group(1)), cells);
		}
		return lines;
	}

	private String page(String uri, RequestPostProcessor user) {
		var result = this.mvc.get().uri(uri).with(user).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
