package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.support.TestUsers;

/**
 * The monthly sheets of a team and of an aid unit: who may read them, their figures for a month filled in here, the
 * Excel export, the print view, a malformed month, both languages and the links to them.
 */
class SheetIT extends AttendanceIT {

	/** A month wholly past and inside the fixture teams' membership (which began a year ago). */
	private static final YearMonth MONTH = YearMonth.from(TODAY).minusMonths(3);

	private static final MonthPeriod PERIOD = MonthPeriod.of(MONTH);

	@Test
	void theTeamSheetIsForTheOfficeTheTownTheUnitAndTheLeaderOnly() {
		Team team = team();
		Team other = team();
		String uri = "/attendance/sheets/teams/" + team.teamId() + "?month=" + MONTH;
		for (RequestPostProcessor user : List.of(TestUsers.officeAdmin(), TestUsers.officeStaff(),
				TestUsers.town(team.townId()), TestUsers.unit(team.unitId()), leader(team))) {
			for (String page : List.of(uri, uri.replace("?", "/print?"), uri.replace("?", "/export?"))) {
				assertThat(this.mvc.get().uri(page).with(user).exchange()).as(page).hasStatusOk();
			}
		}
		for (RequestPostProcessor user : List.of(TestUsers.town(other.townId()), TestUsers.unit(other.unitId()),
				TestUsers.member(team.unitId(), team.memberId()), leader(other))) {
			for (String page : List.of(uri, uri.replace("?", "/print?"), uri.replace("?", "/export?"))) {
				assertThat(this.mvc.get().uri(page).with(user).exchange()).as(page).hasStatus(HttpStatus.FORBIDDEN);
			}
		}
	}

	@Test
	void theUnitSheetIsForTheOfficeAndThatUnitOnly() {
		Team team = team();
		Team other = team();
		String uri = "/attendance/sheets/units/" + team.unitId() + "?month=" + MONTH;
		for (RequestPostProcessor user : List.of(TestUsers.officeAdmin(), TestUsers.officeStaff(),
				TestUsers.unit(team.unitId()))) {
			for (String page : List.of(uri, uri.replace("?", "/print?"), uri.replace("?", "/export?"))) {
				assertThat(this.mvc.get().uri(page).with(user).exchange()).as(page).hasStatusOk();
			}
		}
		for (RequestPostProcessor user : List.of(TestUsers.town(team.townId()), TestUsers.unit(other.unitId()),
				leader(team), TestUsers.member(team.unitId(), team.memberId()))) {
			for (String page : List.of(uri, uri.replace("?", "/print?"), uri.replace("?", "/export?"))) {
				assertThat(this.mvc.get().uri(page).with(user).exchange()).as(page).hasStatus(HttpStatus.FORBIDDEN);
			}
		}
	}

	@Test
	void eachRoleIsSentToItsSheets() {
		Team team = team();
		assertThat(this.mvc.get().uri("/attendance/sheets").with(TestUsers.unit(team.unitId())).exchange())
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/attendance/sheets/units/" + team.unitId());
		assertThat(this.mvc.get().uri("/attendance/sheets").with(leader(team)).exchange())
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/attendance/sheets/teams/" + team.teamId());
		assertThat(this.mvc.get().uri("/attendance/sheets").with(TestUsers.officeStaff()).exchange())
			.hasRedirectedUrl("/attendance/overview");
		assertThat(this.mvc.get().uri("/attendance/sheets").with(TestUsers.town(team.townId())).exchange())
			.hasRedirectedUrl("/attendance/overview");
		assertThat(this.mvc.get().uri("/attendance/sheets").with(TestUsers.member(team.unitId(), team.memberId()))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theTeamSheetShowsEachMembersMonthWithTheMissedWeekAndItsReason() {
		Team team = fill();
		IsoWeek first = PERIOD.weeks().get(0);
		int weeks = PERIOD.weeks().size();
		String html = page("/attendance/sheets/teams/" + team.teamId() + "?month=" + MONTH, TestUsers.town(team.townId()));

		String member = row(html, team.memberId());
		assertThat(member).contains("队员")
			.contains(cell("days", 3 + 5 * (weeks - 2)))
			.contains(cell("nights", 1 + 4 * (weeks - 2)))
			.contains(cell("official", 1))
			.contains(cell("leave", 5))
			.contains(cell("absent", 1))
			.contains(cell("gap", 0))
			.contains(cell("weeks", (weeks - 1) + " / " + weeks))
			.contains(cell("discrepancies", 1))
			.contains("data-flag=\"ABSENT\">未在岗</span>")
			.doesNotContain("data-flag=\"NOMINAL\"", "data-flag=\"COMMUTING\"")
			.contains("第" + first.weekNumber() + "周：在村4天（应5天）、住村1晚（应4晚）")
			.contains("/attendance/teams/" + team.teamId() + "/week?week=" + first)
			.contains("/attendance/cadres/" + team.memberId() + "?month=" + MONTH);
		String leader = row(html, team.leaderId());
		assertThat(leader).contains("队长")
			.contains(cell("days", 5 * weeks))
			.contains(cell("nights", 4 * weeks))
			.contains(cell("weeks", weeks + " / " + weeks))
			.contains("各周均达标")
			.doesNotContain("data-flag=");
		assertThat(html).contains("驻村考勤月报表")
			.contains(PERIOD.from().toString(), PERIOD.to().toString())
			.contains("month=" + MONTH.minusMonths(1), "month=" + MONTH.plusMonths(1))
			.contains("id=\"sheet-legend\"", "挂名驻村：", "两头跑：")
			.contains("/attendance/sheets/teams/" + team.teamId() + "/export?month=" + MONTH)
			.contains("/attendance/sheets/teams/" + team.teamId() + "/print?month=" + MONTH);
		String totals = html.substring(html.indexOf("id=\"sheet-totals\""));
		assertThat(totals).contains(cell("days", 3 + 5 * (weeks - 2) + 5 * weeks))
			.contains(cell("weeks", (2 * weeks - 1) + " / " + (2 * weeks)))
			.contains("未在岗：1人");
		// compliance is shown, never ranked: the leader and the member keep the order of their names
		assertThat(html.indexOf("data-cadre=\"" + team.leaderId() + "\"") < html.indexOf("data-cadre=\"" + team.memberId() + "\""))
			.isEqualTo(name(team.leaderId()).compareTo(name(team.memberId())) < 0);
	}

	@Test
	void theSheetReadsInEnglishToo() {
		Team team = fill();
		IsoWeek first = PERIOD.weeks().get(0);
		String html = page("/attendance/sheets/teams/" + team.teamId() + "?month=" + MONTH + "&lang=en",
				TestUsers.officeStaff());

		assertThat(html).contains("Monthly attendance sheet", "Days in village", "Total")
			.contains("Week " + first.weekNumber() + ": 4 days in the village (of 5), 1 nights (of 4)")
			.contains("data-flag=\"ABSENT\">Off post</span>");
	}

	@Test
	void theUnitSheetNamesTheTownAndVillageOfEachCadre() {
		Team team = fill();
		String html = page("/attendance/sheets/units/" + team.unitId() + "?month=" + MONTH,
				TestUsers.unit(team.unitId()));

		assertThat(row(html, team.memberId())).contains(name(team.memberId()))
			.contains(">" + townName(team) + "<", ">" + villageName(team) + "<")
			.contains(cell("leave", 5));
		assertThat(html).contains(unitName(team));
	}

	@Test
	void theExcelFileHasTheRowsOfTheSheetAndItsPeriod() throws Exception {
		Team team = fill();
		int weeks = PERIOD.weeks().size();
		MvcTestResult result = this.mvc.get()
			.uri("/attendance/sheets/teams/" + team.teamId() + "/export?month=" + MONTH)
			.with(TestUsers.unit(team.unitId()))
			.exchange();

		assertThat(result).hasStatusOk().hasContentType(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(URLDecoder.decode(result.getResponse().getHeader("Content-Disposition"), StandardCharsets.UTF_8))
			.contains("驻村考勤月报表-" + villageName(team) + "-" + MONTH + ".xlsx");
		List<List<String>> rows = read(result.getResponse().getContentAsByteArray());
		assertThat(rows.get(0).get(0)).startsWith("驻村考勤月报表（" + MONTH.getYear() + "年" + MONTH.getMonthValue() + "月）")
			.contains(villageName(team));
		assertThat(rows.get(1)).containsExactly(period());
		assertThat(rows.get(2)).startsWith("姓名", "职务", "在村天数");
		List<String> member = rows.stream().filter(r -> r.get(0).equals(name(team.memberId()))).findFirst().orElseThrow();
		assertThat(member).containsExactly(name(team.memberId()), "队员",
				String.valueOf(3 + 5 * (weeks - 2)), String.valueOf(1 + 4 * (weeks - 2)), "1", "5", "1", "0",
				String.valueOf(weeks - 1), String.valueOf(weeks), "1", "未在岗",
				"第" + PERIOD.weeks().get(0).weekNumber() + "周：在村4天（应5天）、住村1晚（应4晚）");
		assertThat(rows.get(rows.size() - 1)).startsWith("合计", "",
				String.valueOf(3 + 5 * (weeks - 2) + 5 * weeks));
		assertThat(rows).hasSize(6);
	}

	@Test
	void thePrintViewHasTheHeaderAndSignatureLinesWithoutNavigation() {
		Team team = fill();
		String html = page("/attendance/sheets/teams/" + team.teamId() + "/print?month=" + MONTH, leader(team));

		assertThat(html).contains("驻村考勤月报表", villageName(team), PERIOD.from().toString())
			.contains("打印日期：" + TODAY)
			.contains("填表人", "审核人", "单位（盖章）")
			.contains("/css/attendance-sheet-print", "/js/sheet-print")
			.contains("id=\"sheet-totals\"")
			.doesNotContain("navbar", "<script>")
			.doesNotContain("/attendance/cadres/");
	}

	@Test
	void aMalformedMonthIsSaidAndTheCurrentMonthShown() {
		Team team = team();
		for (String month : List.of("2026-13", "nonsense", "1999-01")) {
			assertThat(this.mvc.get()
				.uri("/attendance/sheets/teams/" + team.teamId() + "?month=" + month)
				.with(TestUsers.officeStaff())
				.exchange()).hasStatusOk()
				.bodyText()
				.contains("id=\"month-invalid\"")
				.contains("data-month=\"" + YearMonth.from(TODAY) + "\"");
		}
		assertThat(this.mvc.get().uri("/attendance/sheets/teams/" + team.teamId()).with(TestUsers.officeStaff())
			.exchange()).bodyText()
			.doesNotContain("id=\"month-invalid\"")
			.contains("data-month=\"" + YearMonth.from(TODAY) + "\"");
		assertThat(this.mvc.get().uri("/attendance/sheets/teams/99999999").with(TestUsers.officeStaff()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theWeekPageAndTheHomePageLinkToTheSheets() {
		Team team = team();
		IsoWeek week = PERIOD.weeks().get(1);
		assertThat(this.mvc.get().uri("/attendance/teams/" + team.teamId() + "/week?week=" + week)
			.with(TestUsers.town(team.townId()))
			.exchange()).bodyText()
			.contains("id=\"week-sheet-link\"")
			.contains("/attendance/sheets/teams/" + team.teamId() + "?month=" + MONTH);
		assertThat(this.mvc.get().uri("/").with(TestUsers.unit(team.unitId())).exchange()).bodyText()
			.contains("href=\"/attendance/sheets\"");
		assertThat(this.mvc.get().uri("/").with(TestUsers.member(team.unitId(), team.memberId())).exchange())
			.bodyText()
			.doesNotContain("href=\"/attendance/sheets\"");
	}

	/**
	 * Fills every day of the month's weeks for a new team: the leader meets every week; the member falls short in the
	 * first (3 days in the village and 1 official business day, 1 night, 1 day absent), is on leave the second and
	 * meets the others, with one spot check that found them away on a day declared in the village.
	 */
	private Team fill() {
		Team team = team();
		List<IsoWeek> weeks = PERIOD.weeks();
		for (IsoWeek week : weeks) {
			for (LocalDate day : week.days()) {
				boolean weekend = day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
				boolean night = day.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue();
				record(team, team.leaderId(), day, weekend ? "REST" : "IN_VILLAGE", !weekend && night);
				String status;
				boolean overnight = false;
				if (weekend) {
					status = "REST";
				}
				else if (week.equals(weeks.get(0))) {
					status = switch (day.getDayOfWeek()) {
						case THURSDAY -> "OFFICIAL_BUSINESS";
						case FRIDAY -> "ABSENT";
						default -> "IN_VILLAGE";
					};
					overnight = day.getDayOfWeek() == DayOfWeek.MONDAY;
				}
				else if (week.equals(weeks.get(1))) {
					status = "LEAVE";
				}
				else {
					status = "IN_VILLAGE";
					overnight = night;
				}
				record(team, team.memberId(), day, status, overnight);
			}
		}
		LocalDate checked = weeks.get(2).monday();
		this.jdbc.update("insert into spot_check (cadre_id, checked_at, day, method, found_present, checked_by,"
				+ " checked_by_username, created_at, modified_at) values (?, cast(? as date) + time '10:00', ?, 'PHONE',"
				+ " false, 1, 'office', now(), now())", team.memberId(), checked, checked);
		return team;
	}

	private void record(Team team, long cadreId, LocalDate day, String status, boolean overnight) {
		this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source, leave_request_id,"
				+ " created_at, modified_at) values (?, ?, ?, ?, ?, ?, ?, now(), now())", cadreId, team.teamId(), day,
				status, overnight, "LEAVE".equals(status) ? "LEAVE" : "SELF", "LEAVE".equals(status) ? 4711L : null);
	}

	private String page(String uri, RequestPostProcessor user) {
		MvcTestResult result = this.mvc.get().uri(uri).with(user).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** @return the table row of the cadre */
	private static String row(String html, long cadreId) {
		int start = html.indexOf("<tr data-cadre=\"" + cadreId + "\"");
		assertThat(start).as("row of cadre %s", cadreId).isNotNegative();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	private static String cell(String column, Object value) {
		return "data-col=\"" + column + "\">" + value + "</td>";
	}

	private static String period() {
		return "统计期间：" + PERIOD.from() + "至" + PERIOD.to() + "（第" + PERIOD.weeks().get(0).weekNumber() + "周至第"
				+ PERIOD.weeks().get(PERIOD.weeks().size() - 1).weekNumber() + "周）";
	}

	private String name(long cadreId) {
		return this.jdbc.queryForObject("select name from cadre where id = ?", String.class, cadreId);
	}

	private String villageName(Team team) {
		return this.jdbc.queryForObject("select name from village where id = ?", String.class, team.villageId());
	}

	private String townName(Team team) {
		return this.jdbc.queryForObject("select name from town where id = ?", String.class, team.townId());
	}

	private String unitName(Team team) {
		return this.jdbc.queryForObject("select name from aid_unit where id = ?", String.class, team.unitId());
	}

	private static RequestPostProcessor leader(Team team) {
		return TestUsers.leader(team.unitId(), team.leaderId());
	}

	private static List<List<String>> read(byte[] file) throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			return workbook.getFirstSheet().read().stream().map(SheetIT::texts).toList();
		}
	}

	private static List<String> texts(Row row) {
		return IntStream.range(0, row.getCellCount())
			.mapToObj(i -> row.getOptionalCell(i).map(c -> c.getText()).orElse(""))
			.toList();
	}
}
