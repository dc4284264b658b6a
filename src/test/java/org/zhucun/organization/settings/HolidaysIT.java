package org.zhucun.organization.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.organization.HolidayCalendar;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The holiday pages and the calendar API against the database. Each test uses its own year some years ahead, far
 * from the demo data, and removes its days afterwards.
 */
class HolidaysIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HolidayCalendar calendar;

	@Autowired
	PlatformTransactionManager transactions;

	final List<Integer> years = new ArrayList<>();

	@AfterEach
	void removeDays() {
		for (int year : this.years) {
			this.jdbc.sql("delete from holiday where day between :from and :to")
				.param("from", LocalDate.of(year, 1, 1))
				.param("to", LocalDate.of(year, 12, 31))
				.update();
		}
	}

	int year(int yearsAhead) {
		int year = TODAY.getYear() + yearsAhead;
		this.years.add(year);
		return year;
	}

	@Test
	void aRangeOfDaysIsAddedAndListedByYear() {
		int year = year(3);
		LocalDate from = LocalDate.of(year, 10, 1);
		assertThat(add(from.toString(), from.plusDays(6).toString(), "国庆节")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/holidays?year=" + year);
		assertThat(this.calendar.holidaysBetween(LocalDate.of(year, 9, 30), LocalDate.of(year, 10, 8)))
			.containsExactly(from, from.plusDays(1), from.plusDays(2), from.plusDays(3), from.plusDays(4),
					from.plusDays(5), from.plusDays(6));

		assertThat(this.mvc.get().uri("/admin/holidays?year={y}", year).with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains(year + " 年法定节假日", from.toString(), from.plusDays(6).toString(), "国庆节",
					"星期" + "一二三四五六日".charAt(from.getDayOfWeek().getValue() - 1), "value=\"" + year + "\"");
	}

	@Test
	void theCalendarAnswersByDayWithNames() {
		int year = year(4);
		LocalDate newYear = LocalDate.of(year, 1, 1);
		add(newYear.toString(), "", "元旦");
		assertThat(this.calendar.isHoliday(newYear)).isTrue();
		assertThat(this.calendar.isHoliday(newYear.plusDays(1))).isFalse();
		assertThat(this.calendar.nameOf(newYear)).contains("元旦");
		assertThat(this.calendar.nameOf(newYear.plusDays(1))).isEmpty();
		assertThat(this.calendar.namesBetween(newYear.minusDays(3), newYear.plusDays(3))).containsOnlyKeys(newYear)
			.containsEntry(newYear, "元旦");
		assertThat(this.calendar.holidaysBetween(newYear.plusDays(1), newYear)).isEmpty();
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult(status -> {
			assertThat(this.calendar.namesBetween(newYear.minusDays(3), newYear.plusDays(3))).containsOnlyKeys(newYear)
				.containsEntry(newYear, "元旦");
			assertThat(this.calendar.nameOf(newYear)).contains("元旦");
			assertThat(this.calendar.nameOf(newYear.plusDays(1))).isEmpty();
			assertThat(this.calendar.holidaysBetween(newYear.plusDays(1), newYear)).isEmpty();
		});
	}

	@Test
	void weekendsAreNotHolidaysUnlessEntered() {
		int year = year(5);
		LocalDate saturday = LocalDate.of(year, 6, 1);
		while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
			saturday = saturday.plusDays(1);
		}
		assertThat(this.calendar.isHoliday(saturday)).isFalse();
		assertThat(this.calendar.holidaysBetween(saturday, saturday.plusDays(1))).isEmpty();
	}

	@Test
	void aMakeUpWorkingDayIsASaturdayOrSundayAndNoHoliday() {
		int year = year(10);
		LocalDate saturday = LocalDate.of(year, 10, 1);
		while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
			saturday = saturday.plusDays(1);
		}
		assertThat(this.mvc.post()
			.uri("/admin/holidays")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("from", saturday.minusDays(1).toString())
			.param("to", saturday.toString())
			.param("name", "国庆节调休")
			.param("kind", "WORKDAY")
			.exchange()).hasStatusOk().bodyText().contains(saturday.minusDays(1) + " 不是周六或周日");
		assertThat(this.calendar.makeUpWorkdaysBetween(saturday.minusDays(1), saturday)).isEmpty();

		assertThat(this.mvc.post()
			.uri("/admin/holidays")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("from", saturday.toString())
			.param("to", "")
			.param("name", "国庆节调休")
			.param("kind", "WORKDAY")
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.calendar.makeUpWorkdaysBetween(saturday.minusDays(7), saturday.plusDays(7)))
			.containsExactly(saturday);
		assertThat(this.calendar.isHoliday(saturday)).isFalse();
		assertThat(this.calendar.namesBetween(saturday, saturday)).isEmpty();
		// A read-only transaction answers from the calendar read once: the same days, kept with it until its end.
		LocalDate day = saturday;
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult(status -> {
			assertThat(this.calendar.makeUpWorkdaysBetween(day.minusDays(7), day.plusDays(7))).containsExactly(day);
			assertThat(this.calendar.makeUpWorkdaysBetween(day.plusDays(1), day.plusDays(7))).isEmpty();
			assertThat(this.calendar.namesBetween(day.minusDays(7), day.plusDays(7))).isEmpty();
			assertThat(TransactionSynchronizationManager.getResourceMap().values()).anyMatch(ReferenceRows.Rows.class::isInstance);
		});
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
		assertThat(this.mvc.get().uri("/admin/holidays?year={y}", year).with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("国庆节调休", "调休上班");
	}

	@Test
	void duplicatesAreRefusedAndNothingOfTheRangeIsAdded() {
		int year = year(6);
		add(LocalDate.of(year, 10, 3).toString(), "", "国庆节");
		assertThat(add(LocalDate.of(year, 10, 1).toString(), LocalDate.of(year, 10, 7).toString(), "国庆节"))
			.hasStatusOk()
			.bodyText()
			.contains(LocalDate.of(year, 10, 3) + " 已是节假日（国庆节），未添加任何日期");
		assertThat(this.calendar.holidaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
			.containsExactly(LocalDate.of(year, 10, 3));
	}

	@Test
	void badInputIsShownBesideTheFields() {
		int year = year(7);
		String day = LocalDate.of(year, 5, 1).toString();
		assertThat(add(day, "", "")).hasStatusOk().bodyText().contains("请更正以下问题", "必填");
		assertThat(add("", "", "劳动节")).hasStatusOk().bodyText().contains("必填");
		assertThat(add(day, LocalDate.of(year, 4, 30).toString(), "劳动节")).hasStatusOk()
			.bodyText()
			.contains("结束日期不能早于开始日期");
		assertThat(add(day, LocalDate.of(year, 6, 15).toString(), "劳动节")).hasStatusOk()
			.bodyText()
			.contains("一次最多添加 31 天");
		assertThat(add("2014-05-01", "", "劳动节")).hasStatusOk().bodyText().contains("日期不能早于 2015-01-01");
		assertThat(add("1.5.2030", "", "劳动节")).hasStatusOk().bodyText().contains("请按 2026-11-28 的格式输入日期");
		assertThat(add(day, "", "节".repeat(51))).hasStatusOk().bodyText().contains("长度应在 0 到 50 个字符之间");
		assertThat(add(day, "", "劳动节")).hasStatus(HttpStatus.FOUND);
		assertThat(this.calendar.holidaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
			.containsExactly(LocalDate.of(year, 5, 1));
	}

	@Test
	void renameAndDelete() {
		int year = year(8);
		LocalDate day = LocalDate.of(year, 6, 19);
		add(day.toString(), "", "端午");
		long[] row = row(day);
		assertThat(this.mvc.get().uri("/admin/holidays/{id}/edit", row[0]).with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains(day + " 的节假日", "端午");
		assertThat(this.mvc.post()
			.uri("/admin/holidays/{id}", row[0])
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(row[1]))
			.param("name", "")).hasStatusOk().bodyText().contains("必填");
		assertThat(this.mvc.post()
			.uri("/admin/holidays/{id}", row[0])
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(row[1]))
			.param("name", "端午节")).hasStatus(HttpStatus.FOUND);
		assertThat(this.calendar.nameOf(day)).contains("端午节");

		assertThat(this.mvc.post()
			.uri("/admin/holidays/{id}", row[0])
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(row[1]))
			.param("name", "Late")).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.calendar.nameOf(day)).contains("端午节");

		long version = row(day)[1];
		assertThat(this.mvc.get().uri("/admin/holidays?year={y}", year).with(TestUsers.officeAdmin())).bodyText()
			.contains("data-confirm=\"确定删除 " + day + "（端午节）这一节假日吗？\"");
		assertThat(this.mvc.post()
			.uri("/admin/holidays/{id}/delete", row[0])
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(version))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/holidays?year=" + year);
		assertThat(this.calendar.isHoliday(day)).isFalse();
	}

	@Test
	void aLongYearIsPaged() {
		int year = year(9);
		add(LocalDate.of(year, 1, 1).toString(), LocalDate.of(year, 1, 25).toString(), "测试假期");
		assertThat(this.mvc.get().uri("/admin/holidays?year={y}", year).with(TestUsers.officeAdmin())).bodyText()
			.contains(LocalDate.of(year, 1, 20).toString(), "共 25 条，第 1 / 2 页")
			.doesNotContain(LocalDate.of(year, 1, 21).toString());
		assertThat(this.mvc.get().uri("/admin/holidays?year={y}&page=1", year).with(TestUsers.officeAdmin()))
			.bodyText()
			.contains(LocalDate.of(year, 1, 25).toString());
	}

	@Test
	void anImpossibleYearShowsThisYear() {
		assertThat(this.mvc.get().uri("/admin/holidays?year=99999").with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains(TODAY.getYear() + " 年法定节假日");
		assertThat(this.mvc.get().uri("/admin/holidays?year=abc").with(TestUsers.officeStaff()))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void englishPage() {
		assertThat(this.mvc.get().uri("/admin/holidays/new?lang=en").with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("Add holidays", "First day", "Last day");
	}

	private MvcTestResult add(String from, String to, String name) {
		return this.mvc.post()
			.uri("/admin/holidays")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("from", from)
			.param("to", to)
			.param("name", name)
			.exchange();
	}

	private long[] row(LocalDate day) {
		return this.jdbc.sql("select id, version from holiday where day = :day")
			.param("day", day)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}
}
