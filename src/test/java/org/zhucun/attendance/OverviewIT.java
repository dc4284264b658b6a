package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.support.TestUsers;

/**
 * The month overview: the office sees every town and may open one, a town official sees their town's teams and no
 * other town, everyone else is refused; a cadre who fell short in a week shows with the reason, a spot check that
 * found a cadre absent on a declared day shows as a discrepancy; the list is paged; Chinese and English; a bad month.
 */
class OverviewIT extends AttendanceIT {

	/** A past month, all of whose weeks are over, inside the fixture teams' membership (which began a year ago). */
	private static final YearMonth MONTH = YearMonth.from(TODAY).minusMonths(2);

	private static final MonthPeriod PERIOD = MonthPeriod.of(MONTH);

	@Test
	void aTownOfficialSeesTheTownsTeamsAndTheCadreWhoFellShortWithTheReason() {
		Team team = team();
		IsoWeek shortWeek = weekWithoutHolidays();
		// The leader is in the village every day and night; the member too, except three days and one night in the
		// short week, and a spot check found the member absent on a day declared in the village.
		for (IsoWeek week : PERIOD.weeks()) {
			for (LocalDate day : week.days()) {
				record(team.leaderId(), team.teamId(), day, true);
				if (!week.equals(shortWeek)) {
					record(team.memberId(), team.teamId(), day, true);
				}
			}
		}
		List<LocalDate> days = shortWeek.days();
		record(team.memberId(), team.teamId(), days.get(0), true);
		record(team.memberId(), team.teamId(), days.get(1), false);
		record(team.memberId(), team.teamId(), days.get(2), false);
		LocalDate checked = PERIOD.weeks().stream().filter(w -> !w.equals(shortWeek)).findFirst().orElseThrow().monday();
		long spotCheck = spotCheck(team, checked);

		String html = page("/attendance/overview?month=" + MONTH, TestUsers.town(team.townId()));

		String village = name("village", team.villageId());
		assertThat(html).contains(village, name("aid_unit", team.unitId()))
			.contains("data-team=\"" + team.teamId() + "\"")
			.contains("/attendance/teams/" + team.teamId() + "/week?week=")
			.contains("/attendance/sheets/teams/" + team.teamId() + "?month=" + MONTH)
			.contains(cadreName(team.memberId()))
			.contains("第" + shortWeek.weekNumber() + "周：在村3天（应5天）、住村1晚（应4晚）")
			.contains("/attendance/teams/" + team.teamId() + "/week?week=" + shortWeek)
			.contains("data-flag=\"ABSENT\"")
			.doesNotContain("data-flag=\"NOMINAL\"", "data-flag=\"COMMUTING\"")
			.contains("抽查1次发现申报在村之日本人不在村")
			.contains("data-spot-check=\"" + spotCheck + "\"", "/attendance/spot-checks/" + spotCheck)
			.contains("/attendance/spot-checks?month=" + MONTH + "&amp;discrepancies=true\"")
			.doesNotContain(cadreName(team.leaderId()))
			.doesNotContain("id=\"district-link\"")
			.contains("不对人员排名");
		assertThat(cells(html, "data-team=\"" + team.teamId() + "\"")).startsWith(village, name("aid_unit",
				team.unitId()), "2", "1", "1");
		assertThat(html).containsPattern("id=\"sum-not-met\">.*?<span class=\"h5 mb-0 text-danger\">1</span>");
		assertThat(html).containsPattern("id=\"sum-met\">.*?<span class=\"h5 mb-0 text-success\">1</span>");
		assertThat(html).containsPattern("id=\"sum-discrepancies\">.*?<span class=\"h5 mb-0\">1</span>");

		// the same town asked for by its id, and the flag filter
		assertThat(page("/attendance/overview?month=" + MONTH + "&town=" + team.townId(), TestUsers.town(team.townId())))
			.contains(cadreName(team.memberId()));
		String memberRow = "<tr data-cadre=\"" + team.memberId() + "\"";
		assertThat(html).contains(memberRow);
		assertThat(page("/attendance/overview?month=" + MONTH + "&flag=NOMINAL", TestUsers.town(team.townId())))
			.doesNotContain(memberRow);
		assertThat(page("/attendance/overview?month=" + MONTH + "&flag=ABSENT", TestUsers.town(team.townId())))
			.contains(memberRow);

		// English
		assertThat(page("/attendance/overview?month=" + MONTH + "&lang=en", TestUsers.town(team.townId())))
			.contains("Week " + shortWeek.weekNumber() + ": 3 of 5 days and 1 of 4 nights in the village")
			.contains("Nominal stationing", "It does not rank people");
	}

	@Test
	void theOfficeSeesEveryTownAndMayOpenOne() {
		Team team = team();
		String html = page("/attendance/overview?month=" + MONTH, TestUsers.officeStaff());

		List<Map<String, Object>> towns = this.jdbc.queryForList("select id, name from town");
		assertThat(towns).isNotEmpty();
		for (Map<String, Object> town : towns) {
			assertThat(html).contains("data-town=\"" + town.get("id") + "\"")
				.contains("/attendance/overview?month=" + MONTH + "&amp;town=" + town.get("id"))
				.contains((String) town.get("name"));
		}
		assertThat(html).contains("id=\"towns\"").doesNotContain("id=\"teams\"");

		assertThat(page("/attendance/overview?month=" + MONTH + "&town=" + team.townId(), TestUsers.officeAdmin()))
			.contains("id=\"district-link\"", "id=\"teams\"", "data-team=\"" + team.teamId() + "\"")
			.contains(cadreName(team.memberId()));
		// the district's list filtered by the town
		assertThat(page("/attendance/overview?month=" + MONTH + "&listTown=" + team.townId(), TestUsers.officeAdmin()))
			.contains("id=\"towns\"", cadreName(team.memberId()), cadreName(team.leaderId()));
		assertThat(this.mvc.get().uri("/attendance/overview?town=999999999").with(TestUsers.officeAdmin()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anotherTownAndOtherRolesAreRefused() {
		Team team = team();
		Team other = team();
		assertThat(this.mvc.get()
			.uri("/attendance/overview?town=" + other.townId())
			.with(TestUsers.town(team.townId()))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		for (RequestPostProcessor user : List.of(TestUsers.unit(team.unitId()),
				TestUsers.leader(team.unitId(), team.leaderId()), TestUsers.member(team.unitId(), team.memberId()))) {
			assertThat(this.mvc.get().uri("/attendance/overview").with(user).exchange())
				.hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void theListOfCadresIsPaged() {
		Team team = team();
		// 53 more members without a record in the month: with the fixture's two, 55 who did not meet the rule
		for (int i = 0; i < 53; i++) {
			this.jdbc.update("insert into team_membership (team_id, cadre_id, role, joined_on, created_at, modified_at)"
					+ " values (?, ?, 'MEMBER', ?, now(), now())", team.teamId(), cadre(team.unitId()),
					TODAY.minusYears(1));
		}
		String first = page("/attendance/overview?month=" + MONTH, TestUsers.town(team.townId()));
		String second = page("/attendance/overview?month=" + MONTH + "&page=1", TestUsers.town(team.townId()));

		assertThat(count(first, "<tr data-cadre=")).isEqualTo(OverviewService.PAGE_SIZE);
		assertThat(count(second, "<tr data-cadre=")).isEqualTo(55 - OverviewService.PAGE_SIZE);
		assertThat(first).contains("page=1").contains("data-flag=\"NOMINAL\"");
	}

	@Test
	void aBadMonthShowsTheCurrentMonthWithAMessage() {
		Team team = team();
		for (String bad : List.of("2026-13", "nonsense", "1999-01")) {
			assertThat(page("/attendance/overview?month=" + bad, TestUsers.town(team.townId())))
				.contains("id=\"month-invalid\"", "月份格式不正确")
				.contains("data-month=\"" + YearMonth.from(TODAY) + "\"");
		}
		assertThat(page("/attendance/overview", TestUsers.town(team.townId()))).doesNotContain("id=\"month-invalid\"")
			.contains("data-month=\"" + YearMonth.from(TODAY) + "\"");
		// other malformed parameters: an unknown flag is ignored, a malformed town or page is a bad request, never a 500
		assertThat(page("/attendance/overview?flag=NONSENSE", TestUsers.town(team.townId()))).contains("id=\"cadres\"");
		for (String bad : List.of("town=abc", "page=abc")) {
			assertThat(this.mvc.get().uri("/attendance/overview?" + bad).with(TestUsers.officeStaff()).exchange())
				.hasStatus(HttpStatus.BAD_REQUEST);
		}
	}

	@Test
	void officeAndTownRolesFindTheOverviewInTheNavigation() {
		Team team = team();
		for (RequestPostProcessor user : List.of(TestUsers.officeAdmin(), TestUsers.officeStaff(),
				TestUsers.town(team.townId()))) {
			assertThat(page("/", user)).contains("nav-link\" href=\"/attendance/overview\"");
		}
		for (RequestPostProcessor user : List.of(TestUsers.unit(team.unitId()),
				TestUsers.member(team.unitId(), team.memberId()))) {
			assertThat(page("/", user)).doesNotContain("/attendance/overview");
		}
	}

	private String page(String uri, RequestPostProcessor user) {
		var result = this.mvc.get().uri(uri).with(user).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first week of the month without a statutory holiday, whose requirement is five days and four nights. */
	private IsoWeek weekWithoutHolidays() {
		return PERIOD.weeks()
			.stream()
			.filter(w -> this.jdbc.queryForObject("select count(*) from holiday where day between ? and ?",
					Integer.class, w.monday(), w.sunday()) == 0)
			.findFirst()
			.orElseThrow();
	}

	private void record(long cadreId, long teamId, LocalDate day, boolean overnight) {
		this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source, created_at,"
				+ " modified_at) values (?, ?, ?, 'IN_VILLAGE', ?, 'SELF', now(), now())", cadreId, teamId, day,
				overnight);
	}

	private long spotCheck(Team team, LocalDate day) {
		return this.jdbc.queryForObject("insert into spot_check (cadre_id, team_id, town_id, checked_at, day, method,"
				+ " found_present, checked_by, checked_by_username, created_at, modified_at)"
				+ " values (?, ?, ?, now(), ?, 'VISIT', false, -1, 'test', now(), now()) returning id", Long.class,
				team.memberId(), team.teamId(), team.townId(), day);
	}

	private String name(String table, long id) {
		return this.jdbc.queryForObject("select name from " + table + " where id = ?", String.class, id);
	}

	private String cadreName(long id) {
		return name("cadre", id);
	}

	/** The texts of the cells of the table row holding the marker, in order. */
	private static List<String> cells(String html, String marker) {
		int start = html.indexOf(marker);
		String row = html.substring(start, html.indexOf("</tr>", start));
		Matcher m = Pattern.compile("<t[hd][^>]*>([^<]*)</t[hd]>").matcher(row);
		return m.results().map(r -> r.group(1).strip()).toList();
	}

	private static int count(String html, String marker) {
		return html.split(Pattern.quote(marker), -1).length - 1;
	}
}
