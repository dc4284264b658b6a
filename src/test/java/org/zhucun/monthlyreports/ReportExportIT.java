package org.zhucun.monthlyreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The month's Excel files on the demo's reports: the completeness table for the office and a town, the workbook of
 * all reports (a summary and a sheet per section) for the office only; the print view; the home cards.
 */
class ReportExportIT extends IntegrationTest {

	/** The rows above the data of an export sheet: its title and its header. */
	private static final int TITLED_HEADER = 2;


	private static final YearMonth LAST_MONTH = YearMonth.from(TODAY).minusMonths(1);

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theWorkbookHasASummaryAndASheetPerSectionForTheOfficeOnly() throws Exception {
		byte[] file = this.mvc.get().uri("/monthly-reports/workbook?month=" + LAST_MONTH).with(TestUsers.officeStaff())
			.exchange().getResponse().getContentAsByteArray();
		int submitted = this.jdbc.queryForObject(
				"select count(*) from monthly_report where month = ? and state <> 'DRAFT'", Integer.class,
				LAST_MONTH.atDay(1));
		int lines = this.jdbc.queryForObject("""
				select count(*) from monthly_report r join monthly_report_submission s
				  on s.report_id = r.id and s.number = r.submissions,
				  jsonb_array_elements(s.content->'attendance') l
				where r.month = ? and r.state <> 'DRAFT'""", Integer.class, LAST_MONTH.atDay(1));
		assertThat(submitted).isPositive();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets.stream().map(Sheet::getName).toList()).containsExactly("汇总", "单位领导到村及季度会议", "领导到村明细",
					"驻村干部考勤", "结对帮扶农户联系", "消费帮扶", "本月工作开展情况", "存在的问题", "需要协调解决的事项", "下月工作计划");
			assertThat(sheets.get(0).read()).hasSize(submitted + TITLED_HEADER);
			assertThat(sheets.get(1).read()).hasSize(submitted + TITLED_HEADER);
			assertThat(sheets.get(2).read()).hasSize(figures("jsonb_array_elements(s.content->'leaderVisits'->'visits')") + TITLED_HEADER);
			assertThat(sheets.get(3).read()).hasSize(lines + TITLED_HEADER);
			assertThat(sheets.get(4).read()).hasSize(submitted + TITLED_HEADER);
			assertThat(sheets.get(5).read()).hasSize(submitted + TITLED_HEADER);
			assertThat(sheets.get(6).read().get(TITLED_HEADER).getCellText(1)).isNotBlank();
			// A unit's figures as its submission has them: the contacts and the month's counted purchases.
			Row households = sheets.get(4).read().get(TITLED_HEADER);
			Row purchases = sheets.get(5).read().get(TITLED_HEADER);
			assertThat(households.getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(this.jdbc.queryForObject("""
					select (s.content->'households'->>'contacts')::int from monthly_report r
					join aid_unit u on u.id = r.unit_id
					join monthly_report_submission s on s.report_id = r.id and s.number = r.submissions
					where r.month = ? and r.state <> 'DRAFT' and u.name = ? order by u.id limit 1""", Integer.class,
					LAST_MONTH.atDay(1), households.getCellText(0)));
			assertThat(purchases.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo(this.jdbc.queryForObject("""
					select (s.content->'purchases'->>'countedThisMonth')::numeric from monthly_report r
					join aid_unit u on u.id = r.unit_id
					join monthly_report_submission s on s.report_id = r.id and s.number = r.submissions
					where r.month = ? and r.state <> 'DRAFT' and u.name = ? order by u.id limit 1""",
					java.math.BigDecimal.class, LAST_MONTH.atDay(1), purchases.getCellText(0)));
		}
		assertThat(this.mvc.get().uri("/monthly-reports/workbook?month=" + LAST_MONTH)
			.with(TestUsers.town(townOfDemoUnit()))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/monthly-reports/workbook?month=" + LAST_MONTH).with(TestUsers.unit(demoUnit())))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theCompletenessTableHasTheUnitsInScope() throws Exception {
		byte[] office = this.mvc.get().uri("/monthly-reports/export?month=" + LAST_MONTH)
			.with(TestUsers.officeAdmin()).exchange().getResponse().getContentAsByteArray();
		int units = this.jdbc.queryForObject("select count(*) from aid_unit where active", Integer.class);
		assertThat(rows(office)).hasSize(units + TITLED_HEADER);

		long town = townOfDemoUnit();
		byte[] ofTown = this.mvc.get().uri("/monthly-reports/export?month=" + LAST_MONTH)
			.with(TestUsers.town(town)).exchange().getResponse().getContentAsByteArray();
		int serving = this.jdbc.queryForObject("""
				select count(distinct u.id) from aid_unit u join aid_unit_village av on av.unit_id = u.id
				join village v on v.id = av.village_id where v.town_id = ? and u.active""", Integer.class, town);
		List<Row> rows = rows(ofTown);
		assertThat(rows).hasSize(serving + TITLED_HEADER);
		assertThat(rows.stream().skip(TITLED_HEADER).map(r -> r.getCellText(0)).collect(Collectors.toList()))
			.contains("示范区财政金融局");
		assertThat(this.mvc.get().uri("/monthly-reports/export").with(TestUsers.unit(demoUnit())))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void thePrintViewAndTheHomeCardsShowTheReports() {
		long id = this.jdbc.queryForObject("""
				select r.id from monthly_report r join account a on a.unit_id = r.unit_id
				where a.username = 'unit' and r.month = ?""", Long.class, LAST_MONTH.atDay(1));
		assertThat(this.mvc.get().uri("/monthly-reports/" + id + "/print").with(TestUsers.unit(demoUnit())))
			.hasStatusOk()
			.bodyText()
			.contains("单位负责人（签字）", "填报人（签字）", "本月工作开展情况");
		assertThat(this.mvc.get().uri("/").with(TestUsers.unit(demoUnit()))).hasStatusOk()
			.bodyText()
			.contains("本月月报")
			.containsPattern(YearMonth.from(TODAY) + " 月报(草稿尚未报送|已报送，待审核|被退回修改|已审核通过)");
		assertThat(this.mvc.get().uri("/").with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.containsPattern("\\d+ 份月报待审核")
			.containsPattern(YearMonth.from(TODAY) + " 月报已过截止日期仍有 [1-9]\\d* 个单位未报送");
	}

	/** @return the count of the elements the expression yields over the month's latest submissions */
	private int figures(String elements) {
		return this.jdbc.queryForObject("""
				select count(*) from monthly_report r join monthly_report_submission s
				  on s.report_id = r.id and s.number = r.submissions, """ + elements + """
				 l where r.month = ? and r.state <> 'DRAFT'""", Integer.class, LAST_MONTH.atDay(1));
	}

	private List<Row> rows(byte[] file) throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			return workbook.getFirstSheet().read();
		}
	}

	private long demoUnit() {
		return this.jdbc.queryForObject("select unit_id from account where username = 'unit'", Long.class);
	}

	private long townOfDemoUnit() {
		return this.jdbc.queryForObject("select town_id from account where username = 'town'", Long.class);
	}
}
