package org.zhucun.unitduties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.attendance.MonthPeriod;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Meetings, the overviews, the allowance sheets and the care for the stationed cadres over HTTP against the demo
 * district: scope (403 to read and to write outside it), bad input beside its field with nothing saved, and the
 * allowance sheet's figures checked against the attendance records.
 */
class UnitDutiesPagesIT extends IntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	private long demoUnit() {
		return this.jdbc.queryForObject("select unit_id from account where username = 'unit'", Long.class);
	}

	private long otherUnit(int n) {
		return this.jdbc.queryForList("""
				select u.id from aid_unit u where u.active and u.id <> ?
				  and (select count(*) from unit_leader l where l.unit_id = u.id and l.active) >= 3
				order by u.id desc""", Long.class, demoUnit()).get(n);
	}

	private long leader(long unitId, int n) {
		return this.jdbc.queryForList("select id from unit_leader where unit_id = ? and active "
				+ "order by principal desc, sort_order, id", Long.class, unitId).get(n);
	}

	@Test
	void aUnitRecordsItsMeetingAndAnotherUnitIsRefused() {
		long unit = otherUnit(0);
		long other = otherUnit(1);
		LocalDate held = LocalDate.of(2025, 2, 14);
		assertThat(meeting(TestUsers.unit(unit), unit, held, leader(unit, 0), "全体班子成员", "研究驻村帮扶工作"))
			.hasStatus(HttpStatus.FOUND);
		Long id = this.jdbc.queryForObject("select id from unit_meeting where unit_id = ? and held_on = ?", Long.class,
				unit, held);
		assertThat(this.mvc.get().uri("/meetings/" + id).with(TestUsers.unit(unit)).exchange()).hasStatusOk()
			.bodyText()
			.contains("研究驻村帮扶工作")
			.contains("2025-02-14");
		assertThat(this.mvc.get().uri("/meetings?year=2025").with(TestUsers.officeStaff()).exchange()).hasStatusOk()
			.bodyText()
			.contains("data-meeting=\"" + id + "\"")
			.contains("2025-Q1");

		assertThat(this.mvc.get().uri("/meetings/" + id).with(TestUsers.unit(other)).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(meeting(TestUsers.unit(other), unit, held.plusDays(1), leader(unit, 0), "越权", "越权登记"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/meetings/" + id + "/delete").param("version", "0").with(TestUsers.unit(other))
			.with(csrf()).exchange()).hasStatus(HttpStatus.FORBIDDEN);

		long before = count("unit_meeting", unit);
		assertThat(meeting(TestUsers.unit(unit), unit, TODAY.plusDays(1), leader(unit, 0), "班子成员", "议题"))
			.hasStatusOk()
			.bodyText()
			.contains("只能登记已召开的专题会");
		assertThat(meeting(TestUsers.unit(unit), unit, held, leader(other, 0), "班子成员", "议题")).hasStatusOk()
			.bodyText()
			.contains("请选择本单位的班子成员");
		assertThat(meeting(TestUsers.unit(unit), unit, held, leader(unit, 0), "班子成员", " ")).hasStatusOk()
			.bodyText()
			.contains("id=\"meeting-form\"")
			.contains("必填");
		assertThat(count("unit_meeting", unit)).isEqualTo(before);
	}

	@Test
	void theOfficeAndTheTownSeeTheDemoUnitShortOfOneDayWithTheReason() {
		long unit = demoUnit();
		String month = YearMonth.from(TODAY).toString();
		assertThat(this.mvc.get().uri("/unit-duties?month=" + month).with(TestUsers.officeStaff()).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("data-unit=\"" + unit + "\" data-month-met=\"false\"")
			.contains("其他班子成员在村 1 天（应 2 天）");
		long town = this.jdbc.queryForObject("select town_id from account where username = 'town'", Long.class);
		assertThat(this.mvc.get().uri("/unit-duties?month=" + month).with(TestUsers.town(town)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("data-unit=\"" + unit + "\"");
		assertThat(this.mvc.get().uri("/unit-duties/print?month=" + month).with(TestUsers.town(town)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("id=\"print-now\"")
			.contains("data-unit=\"" + unit + "\"");
		MvcTestResult export = this.mvc.get().uri("/unit-duties/export?month=" + month).with(TestUsers.officeAdmin())
			.exchange();
		assertThat(export).hasStatusOk().hasContentType(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(export.getResponse().getContentAsByteArray()).startsWith('P', 'K');
		assertThat(this.mvc.get().uri("/unit-duties").with(TestUsers.unit(unit)).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);

		// The home cards: the unit sees its month under way, the office the count of units short.
		assertThat(this.mvc.get().uri("/").with(TestUsers.unit(unit)).exchange()).hasStatusOk()
			.bodyText()
			.contains("本月尚未达标")
			.contains("其他班子成员本月在村 1 / 2 天");
		assertThat(this.mvc.get().uri("/").with(TestUsers.officeStaff()).exchange()).hasStatusOk()
			.bodyText()
			.containsPattern("本月有 \\d+ 个帮扶单位尚未达标");
	}

	@Test
	void theAllowanceSheetFollowsTheAttendanceRecords() throws Exception {
		long unit = demoUnit();
		YearMonth month = YearMonth.from(TODAY).minusMonths(1);
		MonthPeriod period = MonthPeriod.of(month);
		MvcTestResult page = this.mvc.get().uri("/unit-duties/units/" + unit + "/allowances?month=" + month)
			.with(TestUsers.unit(unit))
			.exchange();
		assertThat(page).hasStatusOk();
		String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<Map<String, Object>> expected = this.jdbc.queryForList("""
				select d.cadre_id, count(*) as days from day_record d join cadre c on c.id = d.cadre_id
				where c.unit_id = ? and d.status = 'IN_VILLAGE' and d.day between ? and ?
				group by d.cadre_id""", unit, period.from(), period.to());
		assertThat(expected).isNotEmpty();
		long total = 0;
		for (Map<String, Object> row : expected) {
			long days = ((Number) row.get("days")).longValue();
			total += days;
			assertThat(html).contains("data-cadre=\"" + row.get("cadre_id") + "\" data-days=\"" + days + "\"");
		}
		BigDecimal amount = new BigDecimal(UnitDutyDemoData.DEMO_RATE).multiply(BigDecimal.valueOf(total));
		assertThat(html).contains("id=\"total-days\">" + total + "<")
			.contains("id=\"total-amount\">" + new org.zhucun.shared.web.Formats().money(amount) + "<")
			.contains("¥80.00");

		assertThat(this.mvc.get().uri("/unit-duties/units/" + unit + "/allowances/print?month=" + month)
			.with(TestUsers.officeStaff())
			.exchange()).hasStatusOk().bodyText().contains("本人签名").contains("单位负责人（盖章）");
		MvcTestResult export = this.mvc.get()
			.uri("/unit-duties/units/" + unit + "/allowances/export?month=" + month)
			.with(TestUsers.officeStaff())
			.exchange();
		assertThat(export).hasStatusOk();
		assertThat(export.getResponse().getContentAsByteArray()).startsWith('P', 'K');

		// Before the rate was set: no amounts.
		assertThat(this.mvc.get().uri("/unit-duties/units/" + unit + "/allowances?month=2025-06")
			.with(TestUsers.unit(unit))
			.exchange()).hasStatusOk().bodyText().contains("补助标准未设置").doesNotContain("¥");

		// Scope: another unit, a town it does not serve, and team members are refused; a member sees their own line.
		assertThat(this.mvc.get().uri("/unit-duties/units/" + unit + "/allowances").with(TestUsers.unit(otherUnit(0)))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/unit-duties/units/" + unit + "/allowances/export")
			.with(TestUsers.unit(otherUnit(0)))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		long member = ((Number) expected.get(0).get("cadre_id")).longValue();
		assertThat(this.mvc.get().uri("/unit-duties/units/" + unit + "/allowances").with(TestUsers.member(unit, member))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		long memberDays = ((Number) expected.get(0).get("days")).longValue();
		String own = this.mvc.get().uri("/unit-duties/allowances/mine?month=" + month)
			.with(TestUsers.member(unit, member))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(own).contains("data-cadre=\"" + member + "\" data-days=\"" + memberDays + "\"");
		assertThat(own.split("data-cadre=\"", -1)).hasSize(2);
	}

	@Test
	void aUnitRecordsCareForItsStationedCadresOnly() {
		long unit = demoUnit();
		List<Long> stationed = this.jdbc.queryForList("""
				select c.id from cadre c where c.unit_id = ? and exists (select 1 from team_membership m
				  where m.cadre_id = c.id and m.left_on is null) order by c.id""", Long.class, unit);
		Long without = this.jdbc.query("""
				select c.id from cadre c where c.unit_id = ? and exists (select 1 from team_membership m
				  where m.cadre_id = c.id and m.left_on is null)
				  and not exists (select 1 from cadre_health_check h where h.cadre_id = c.id
				  and extract(year from h.checked_on) = ?) order by c.id limit 1""",
				rs -> rs.next() ? rs.getLong(1) : null, unit, TODAY.getYear());
		long cadre = without != null ? without : stationed.get(0);
		long foreign = this.jdbc.queryForObject("""
				select c.id from cadre c where c.unit_id <> ? and exists (select 1 from team_membership m
				  where m.cadre_id = c.id and m.left_on is null) order by c.id limit 1""", Long.class, unit);
		long before = count("cadre_health_check", unit);

		if (without != null) {
			assertThat(this.mvc.get().uri("/unit-duties/care/missing?kind=HEALTH_CHECK").with(TestUsers.unit(unit))
				.exchange()).bodyText().contains("data-cadre=\"" + cadre + "\"");
		}
		assertThat(care(TestUsers.unit(unit), unit, "HEALTH_CHECK", foreign, TODAY, "体检", null)).hasStatusOk()
			.bodyText()
			.contains("请选择本单位正在驻村的干部");
		assertThat(care(TestUsers.unit(unit), unit, "HEALTH_CHECK", cadre, TODAY.plusDays(1), "体检", null))
			.hasStatusOk()
			.bodyText()
			.contains("日期不能晚于今天");
		assertThat(care(TestUsers.unit(unit), unit, "FAMILY_VISIT", cadre, TODAY, "慰问品", "")).hasStatusOk()
			.bodyText()
			.contains("请填写慰问人");
		assertThat(care(TestUsers.unit(otherUnit(0)), unit, "HEALTH_CHECK", cadre, TODAY, "体检", null))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/unit-duties/units/" + unit + "/care").with(TestUsers.unit(otherUnit(0)))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count("cadre_health_check", unit)).isEqualTo(before);

		assertThat(care(TestUsers.unit(unit), unit, "HEALTH_CHECK", cadre, TODAY, "县医院体检", null))
			.hasStatus(HttpStatus.FOUND);
		assertThat(count("cadre_health_check", unit)).isEqualTo(before + 1);
		assertThat(this.mvc.get().uri("/unit-duties/units/" + unit + "/care").with(TestUsers.unit(unit)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("县医院体检");
		assertThat(this.mvc.get().uri("/unit-duties/care/missing?kind=HEALTH_CHECK&page=0")
			.with(TestUsers.unit(unit))
			.exchange()).hasStatusOk().bodyText().doesNotContain("data-cadre=\"" + cadre + "\"");
	}

	private MvcTestResult meeting(RequestPostProcessor user, long unit, LocalDate held, long chair, String attendees,
			String topics) {
		return this.mvc.post()
			.uri("/meetings")
			.multipart()
			.param("unitId", String.valueOf(unit))
			.param("heldOn", held.toString())
			.param("chairId", String.valueOf(chair))
			.param("attendees", attendees)
			.param("teamReported", "true")
			.param("topics", topics)
			.with(user)
			.with(csrf())
			.exchange();
	}

	private MvcTestResult care(RequestPostProcessor user, long unit, String kind, long cadre, LocalDate day, String what,
			String by) {
		var request = this.mvc.post()
			.uri("/unit-duties/units/" + unit + "/care")
			.param("kind", kind)
			.param("cadreId", String.valueOf(cadre))
			.param("day", day.toString())
			.param("what", what)
			.with(user)
			.with(csrf());
		if (by != null) {
			request.param("by", by);
		}
		return request.exchange();
	}

	private long count(String table, long unit) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where unit_id = ?", Long.class, unit);
	}
}
