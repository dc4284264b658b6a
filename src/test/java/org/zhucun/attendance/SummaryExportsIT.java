package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The Excel exports and print views of the summary pages on the demo district: each workbook opens and holds the
 * figures the page shows (read from the page's HTML, not written into the test); the town-wide workbook has a summary
 * sheet and one sheet per team equal to the teams' own sheets; another town's official and the other roles are
 * refused.
 */
class SummaryExportsIT extends IntegrationTest {

	/** The last month: all its attendance is in the demo. */
	private static final YearMonth MONTH = YearMonth.from(TODAY).minusMonths(1);

	/** The rows above the data of a sheet with a period: title, period, header. */
	private static final int HEAD = 3;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theDistrictOverviewExportHoldsTheFiguresOfThePage() throws Exception {
		String html = html("/attendance/overview?month=" + MONTH, TestUsers.officeStaff());
		assertThat(html).contains("/attendance/overview/export?month=" + MONTH,
				"/attendance/overview/print?month=" + MONTH);
		List<Sheet> sheets = sheets(file("/attendance/overview/export?month=" + MONTH, TestUsers.officeStaff()));
		assertThat(sheets).extracting(Sheet::getName).containsExactly("汇总", "未达标干部", "核查不符");

		List<List<String>> towns = rows(table(html, "towns"), "data-town");
		List<Row> summary = sheets.get(0).read();
		assertThat(summary.get(0).getCellText(0)).contains("考勤概览", "全区");
		assertThat(summary).hasSize(HEAD + towns.size() + 1);
		for (int i = 0; i < towns.size(); i++) {
			Row row = summary.get(HEAD + i);
			assertThat(row.getCellText(0)).isEqualTo(towns.get(i).get(0));
			List<String> page = towns.get(i).subList(1, towns.get(i).size());
			// teams, judged, met, not met, nominal, commuting, absent, discrepancies, gaps; then "met / judged"
			assertThat(cells(row, 1, 10)).isEqualTo(page.subList(0, 9));
			assertThat(row.getCellText(10) + " / " + row.getCellText(11)).isEqualTo(page.get(9));
		}
		Row total = summary.get(summary.size() - 1);
		assertThat(total.getCellText(0)).isEqualTo("合计");
		assertThat(total.getCellText(2)).isEqualTo(card(html, "sum-judged"));
		assertThat(total.getCellText(4)).isEqualTo(card(html, "sum-not-met"));
		assertThat(total.getCellText(8)).isEqualTo(card(html, "sum-discrepancies"));

		// Every cadre who did not meet the rule, not only the page's first 50; the discrepancies as listed.
		List<String> firstPage = column(table(html, "cadres"), "data-cadre", 0);
		List<Row> cadres = sheets.get(1).read();
		assertThat(cadres).hasSize(HEAD + total(html, firstPage.size()));
		assertThat(cadres.stream().skip(HEAD).map(r -> r.getCellText(0)).toList())
			.startsWith(firstPage.toArray(String[]::new));
		List<String> discrepancies = column(html, "data-spot-check", 1);
		assertThat(sheets.get(2).read().stream().skip(HEAD).map(r -> r.getCellText(1)).toList())
			.startsWith(discrepancies.toArray(String[]::new));
	}

	@Test
	void aTownsOverviewExportAndPrintViewHoldTheFiguresOfThePageWithItsFilter() throws Exception {
		long town = town("克井镇");
		RequestPostProcessor official = TestUsers.town(town);
		String html = html("/attendance/overview?month=" + MONTH, official);
		assertThat(html).contains("/attendance/sheets/towns/" + town + "/export?month=" + MONTH);
		List<Sheet> sheets = sheets(file("/attendance/overview/export?month=" + MONTH, official));
		List<List<String>> teams = rows(table(html, "teams"), "data-team");
		List<Row> summary = sheets.get(0).read();
		assertThat(summary).hasSize(HEAD + teams.size() + 1);
		for (int i = 0; i < teams.size(); i++) {
			Row row = summary.get(HEAD + i);
			List<String> page = teams.get(i);
			// village, unit, judged, met, not met; then "met / judged"
			assertThat(cells(row, 0, 5)).isEqualTo(page.subList(0, 5));
			assertThat(row.getCellText(10) + " / " + row.getCellText(11)).isEqualTo(page.get(8));
		}
		List<String> names = column(table(html, "cadres"), "data-cadre", 0);
		assertThat(total(html, names.size())).as("the town's list fits one page").isEqualTo(names.size());
		List<String> exported = sheets.get(1).read().stream().skip(HEAD).map(r -> r.getCellText(0)).toList();
		assertThat(exported).isEqualTo(names);
		assertThat(sheets.get(1).read().get(1).getCellText(0)).endsWith("筛选：全部");

		// With the page's flag filter the export lists the same cadres, and says so.
		String filtered = html("/attendance/overview?month=" + MONTH + "&flag=ABSENT", official);
		List<Row> absent = sheets(file("/attendance/overview/export?month=" + MONTH + "&flag=ABSENT", official)).get(1)
			.read();
		assertThat(absent.stream().skip(HEAD).map(r -> r.getCellText(0)).toList())
			.isEqualTo(column(table(filtered, "cadres"), "data-cadre", 0));
		assertThat(absent.get(1).getCellText(0)).endsWith("筛选：标记：未在岗");

		String print = html("/attendance/overview/print?month=" + MONTH, official);
		assertThat(print).contains("打印日期：" + TODAY, "/js/sheet-print", "/css/attendance-sheet-print")
			.doesNotContain("navbar");
		assertThat(column(print, "data-cadre", -1)).isEqualTo(names);
		assertThat(column(print, "data-team", 0)).isEqualTo(teams.stream().map(t -> t.get(0)).toList());
	}

	@Test
	void anotherTownsOfficialAndTheOtherRolesAreRefused() {
		long town = town("克井镇");
		long other = town("五龙口镇");
		RequestPostProcessor stranger = TestUsers.town(other);
		for (String uri : List.of("/attendance/overview/export?town=" + town, "/attendance/overview/print?town=" + town,
				"/attendance/sheets/towns/" + town + "/export?month=" + MONTH)) {
			assertThat(this.mvc.get().uri(uri).with(stranger)).as(uri).hasStatus(HttpStatus.FORBIDDEN);
		}
		long unit = this.jdbc.queryForObject("select unit_id from account where username = 'unit'", Long.class);
		for (String uri : List.of("/attendance/overview/export", "/attendance/overview/print",
				"/attendance/spot-checks/export", "/attendance/spot-checks/print", "/teams/problems/export",
				"/teams/problems/print", "/attendance/sheets/towns/" + town + "/export")) {
			assertThat(this.mvc.get().uri(uri).with(TestUsers.unit(unit))).as(uri).hasStatus(HttpStatus.FORBIDDEN);
		}
		// The office may choose any town.
		assertThat(this.mvc.get().uri("/attendance/sheets/towns/" + other + "/export").with(TestUsers.officeStaff()))
			.hasStatusOk();
	}

	@Test
	void theTownWideWorkbookHasASummaryAndOneSheetPerTeamEqualToTheTeamsSheets() throws Exception {
		long town = town("克井镇");
		RequestPostProcessor official = TestUsers.town(town);
		List<Sheet> sheets = sheets(file("/attendance/sheets/towns/" + town + "/export?month=" + MONTH, official));
		String overview = html("/attendance/overview?month=" + MONTH, official);
		List<Long> teamIds = ids(table(overview, "teams"), "data-team");
		assertThat(teamIds).isNotEmpty();
		assertThat(sheets).hasSize(1 + teamIds.size());
		List<Row> summary = sheets.get(0).read();
		assertThat(summary.get(0).getCellText(0)).contains("驻村考勤月报表", "克井镇");
		assertThat(summary).hasSize(HEAD + teamIds.size() + 1);
		int days = 0;
		for (int i = 0; i < teamIds.size(); i++) {
			List<Row> own = sheets(file("/attendance/sheets/teams/" + teamIds.get(i) + "/export?month=" + MONTH,
					official)).get(0).read();
			List<Row> inTown = sheets.get(1 + i).read();
			// The team's sheet in the town workbook is the team's own export, row for row.
			assertThat(inTown.stream().map(SummaryExportsIT::texts).toList())
				.isEqualTo(own.stream().map(SummaryExportsIT::texts).toList());
			// Its summary row holds the totals row of that sheet: cadres, then the day and week figures.
			Row totals = own.get(own.size() - 1);
			Row line = summary.get(HEAD + i);
			assertThat(line.getCellText(2)).isEqualTo(String.valueOf(own.size() - HEAD - 1));
			assertThat(cells(line, 3, 12)).isEqualTo(cells(totals, 2, 11));
			days += Integer.parseInt(totals.getCellText(2));
		}
		Row total = summary.get(summary.size() - 1);
		assertThat(total.getCellText(0)).isEqualTo("合计");
		assertThat(total.getCellText(3)).isEqualTo(String.valueOf(days));
	}

	@Test
	void theSpotCheckExportAndPrintViewListTheFilteredChecks() throws Exception {
		RequestPostProcessor office = TestUsers.officeStaff();
		YearMonth month = YearMonth.from(this.jdbc.queryForObject("select max(day) from spot_check", java.sql.Date.class)
			.toLocalDate());
		String query = "?month=" + month + "&result=absent";
		List<String> listed = new ArrayList<>();
		for (int page = 0; page < 20; page++) {
			List<String> rows = column(html("/attendance/spot-checks" + query + "&page=" + page, office), "data-check", 0);
			if (rows.isEmpty() || (page > 0 && rows.equals(column(html("/attendance/spot-checks" + query + "&page="
					+ (page - 1), office), "data-check", 0)))) {
				break;
			}
			listed.addAll(rows);
		}
		assertThat(listed).isNotEmpty();
		String page = html("/attendance/spot-checks" + query, office);
		String linked = query.replace("&", "&amp;");
		assertThat(page).contains("/attendance/spot-checks/export" + linked, "/attendance/spot-checks/print" + linked);
		List<Row> rows = sheets(file("/attendance/spot-checks/export" + query, office)).get(0).read();
		assertThat(rows.get(1).getCellText(0)).contains(month.toString(), "结果：不在岗");
		List<String> exported = rows.subList(HEAD, rows.size() - 1).stream().map(r -> r.getCellText(0)).toList();
		assertThat(exported).isEqualTo(listed);
		assertThat(rows.subList(HEAD, rows.size() - 1)).allMatch(r -> r.getCellText(5).equals("不在岗"));
		assertThat(rows.get(rows.size() - 1).getCellText(0)).contains("抽查 " + listed.size() + " 次");
		String print = html("/attendance/spot-checks/print" + query, office);
		assertThat(column(print, "data-check", 0)).isEqualTo(listed);
	}

	@Test
	void theLeaveTotalsExportAndPrintViewListEveryCadreOfThePages() throws Exception {
		long town = town("克井镇");
		RequestPostProcessor official = TestUsers.town(town);
		String query = "?year=" + TODAY.getYear();
		List<List<String>> listed = new ArrayList<>();
		for (int page = 0; page < 50; page++) {
			String html = html("/leave-requests/totals" + query + "&page=" + page, official);
			List<List<String>> rows = rows(html, "data-cadre");
			if (rows.isEmpty() || (!listed.isEmpty() && listed.get(listed.size() - 1).equals(rows.get(rows.size() - 1)))) {
				break;
			}
			listed.addAll(rows);
		}
		assertThat(listed).isNotEmpty();
		List<Row> rows = sheets(file("/leave-requests/totals/export" + query, official)).get(0).read();
		assertThat(rows.get(1).getCellText(0)).isEqualTo("年度：" + TODAY.getYear());
		assertThat(rows).hasSize(HEAD + listed.size());
		for (int i = 0; i < listed.size(); i++) {
			List<String> page = listed.get(i);
			Row row = rows.get(HEAD + i);
			// unit, six types, total (the name cell of the page also holds the recall mark)
			assertThat(page.get(0)).startsWith(row.getCellText(0));
			assertThat(cells(row, 1, 9)).isEqualTo(page.subList(1, 9));
		}
		assertThat(column(html("/leave-requests/totals/print" + query, official), "data-cadre", -1))
			.hasSize(listed.size());
	}

	@Test
	void theTeamProblemsExportHoldsEverySectionOfThePage() throws Exception {
		long town = town("克井镇");
		RequestPostProcessor official = TestUsers.town(town);
		String html = html("/teams/problems", official);
		assertThat(html).contains("/teams/problems/export", "/teams/problems/print");
		List<Sheet> sheets = sheets(file("/teams/problems/export", official));
		assertThat(sheets).extracting(Sheet::getName)
			.containsExactly("无工作队的贫困村", "减员名单", "人数不足", "无队长", "任期已过", "任期将满", "任期过短");
		for (Sheet sheet : sheets) {
			// The title of each sheet is the heading of the page's section, with the count.
			String title = sheet.read().get(0).getCellText(0);
			assertThat(html).as(sheet.getName()).contains(title);
			Matcher count = Pattern.compile("（(\\d+)）$").matcher(title);
			assertThat(count.find()).as(title).isTrue();
			assertThat(sheet.read()).as(title).hasSize(HEAD + Integer.parseInt(count.group(1)));
		}
		String otherTown = this.jdbc.queryForObject("select name from town where id = ?", String.class,
				town("五龙口镇"));
		for (Sheet sheet : sheets.subList(2, sheets.size())) {
			assertThat(sheet.read().stream().skip(HEAD).map(r -> r.getCellText(1))).doesNotContain(otherTown);
		}
		String print = html("/teams/problems/print", official);
		assertThat(print).contains("打印日期：" + TODAY).doesNotContain("navbar");
	}

	private long town(String name) {
		return this.jdbc.queryForObject("select id from town where name = ?", Long.class, name);
	}

	private String html(String uri, RequestPostProcessor user) {
		MvcTestResult result = this.mvc.get().uri(uri).with(user).exchange();
		assertThat(result).as(uri).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] file(String uri, RequestPostProcessor user) {
		MvcTestResult result = this.mvc.get().uri(uri).with(user).exchange();
		assertThat(result).as(uri)
			.hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		return result.getResponse().getContentAsByteArray();
	}

	/** @return the workbook's sheets, read in full */
	private static List<Sheet> sheets(byte[] file) throws Exception {
		ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
		return workbook.getSheets().toList();
	}

	private static List<String> texts(Row row) {
		return IntStream.range(0, row.getCellCount())
			.mapToObj(i -> row.getOptionalCell(i).map(c -> c.getText()).orElse(""))
			.toList();
	}

	private static List<String> cells(Row row, int from, int to) {
		return IntStream.range(from, to).mapToObj(row::getCellText).toList();
	}

	/** @return the figure of a summary card of the overview */
	private static String card(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\">.*?<span class=\"h5[^\"]*\">([^<]*)</span>", Pattern.DOTALL)
			.matcher(html);
		assertThat(m.find()).as(id).isTrue();
		return m.group(1).trim();
	}

	/** @return the table rows carrying the attribute, each as the texts of its cells (th and td) */
	private static List<List<String>> rows(String html, String attribute) {
		List<List<String>> rows = new ArrayList<>();
		Matcher tr = Pattern.compile("<tr[^>]*\\s" + attribute + "=\"[^\"]*\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
			.matcher(html);
		while (tr.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(tr.group(1));
			while (cell.find()) {
				cells.add(cell.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim());
			}
			rows.add(cells);
		}
		return rows;
	}

	/** @return the table of that id */
	private static String table(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isPositive();
		return html.substring(start, html.indexOf("</table>", start));
	}

	/** @return the number of rows of the list: the pagination's total, or the rows shown when there is one page */
	private static int total(String html, int shown) {
		Matcher m = Pattern.compile("共\\s*(\\d+)\\s*条").matcher(html);
		return m.find() ? Integer.parseInt(m.group(1)) : shown;
	}

	/** @return one cell of each row carrying the attribute (-1: the first, as a heading cell) */
	private static List<String> column(String html, String attribute, int index) {
		return rows(html, attribute).stream().map(r -> r.get(Math.max(0, index))).toList();
	}

	private static List<Long> ids(String html, String attribute) {
		List<Long> ids = new ArrayList<>();
		Matcher m = Pattern.compile("<tr[^>]*\\s" + attribute + "=\"(\\d+)\"").matcher(html);
		while (m.find()) {
			ids.add(Long.valueOf(m.group(1)));
		}
		return ids;
	}
}
