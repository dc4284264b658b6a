package org.zhucun.purchases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.shared.excel.XlsxWriter;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Purchases in Excel: export → import of a unit's purchases gives the same totals; a bad row writes nothing and is
 * reported by row and column; a likely duplicate is refused until the uploader confirms it; scope of the export.
 */
class PurchaseExcelIT extends IntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PurchaseExcel excel;

	long demoUnit() {
		return this.jdbc.queryForObject("select unit_id from account where username = 'unit'", Long.class);
	}

	/** A new aid unit without purchases. */
	long emptyUnit() {
		return this.jdbc.queryForObject("""
				insert into aid_unit (name, kind, created_at, modified_at) values (?, 'GOVERNMENT', now(), now())
				returning id""", Long.class, "导入测试单位" + System.nanoTime());
	}

	Map<String, Object> sums(long unit) {
		return this.jdbc.queryForMap("""
				select count(*) as n, coalesce(sum(amount), 0) as amount,
				       coalesce(sum(amount) filter (where status = 'PAID'), 0) as counted,
				       count(*) filter (where status = 'RECEIVED') as received
				from purchase where unit_id = ?""", unit);
	}

	MvcTestResult upload(RequestPostProcessor user, byte[] content, Long unitId, boolean allowDuplicates) {
		var request = this.mvc.post()
			.uri("/purchases/import")
			.multipart()
			.file(new MockMultipartFile("file", "采购.xlsx", "application/octet-stream", content))
			.with(user)
			.with(SecurityMockMvcRequestPostProcessors.csrf());
		if (unitId != null) {
			request.param("unitId", unitId.toString());
		}
		if (allowDuplicates) {
			request.param("allowDuplicates", "true");
		}
		return request.exchange();
	}

	byte[] workbook(List<List<Object>> rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxWriter writer = new XlsxWriter(out)) {
			writer.sheet(this.excel.sheet().name(), this.excel.sheet().headers());
			for (List<Object> row : rows) {
				writer.row(row);
			}
		}
		return out.toByteArray();
	}

	List<Object> row(String village, String amount, String quantity, LocalDate date) {
		String town = this.jdbc.queryForObject(
				"select t.name from village v join town t on t.id = v.town_id where v.name = ? limit 1", String.class,
				village);
		return new ArrayList<>(List.of(date, town, village, "合作社", "导入测试合作社", "核桃", "干果杂粮", quantity, "公斤",
				amount, "832平台", "食堂", "单位", "已下单", "", "", ""));
	}

	String poorVillage() {
		return this.jdbc.queryForObject(
				"select name from village where category = 'REGISTERED_POOR' and active order by id limit 1", String.class);
	}

	@Test
	void exportThenImportGivesTheSameTotals() {
		long source = demoUnit();
		Map<String, Object> before = sums(source);
		var export = this.mvc.get().uri("/purchases/export?unitId={u}", source).with(TestUsers.unit(source)).exchange();
		assertThat(export).hasStatusOk();
		byte[] file = export.getMvcResult().getResponse().getContentAsByteArray();
		long target = emptyUnit();
		assertThat(upload(TestUsers.officeAdmin(), file, target, false)).hasStatus(HttpStatus.FOUND);
		Map<String, Object> after = sums(target);
		assertThat(after.get("n")).isEqualTo(before.get("n"));
		assertThat((java.math.BigDecimal) after.get("amount")).isEqualByComparingTo((java.math.BigDecimal) before.get("amount"));
		assertThat((java.math.BigDecimal) after.get("counted"))
			.isEqualByComparingTo((java.math.BigDecimal) before.get("counted"));
		assertThat(after.get("received")).isEqualTo(before.get("received"));
		// The same file again: every row is a likely duplicate, and nothing is written until confirmed.
		assertThat(upload(TestUsers.officeAdmin(), file, target, false)).hasStatusOk()
			.bodyText()
			.contains("疑似重复", "本次没有保存任何一行");
		assertThat(sums(target).get("n")).isEqualTo(before.get("n"));
		assertThat(upload(TestUsers.officeAdmin(), file, target, true)).hasStatus(HttpStatus.FOUND);
		assertThat((Long) sums(target).get("n")).isEqualTo(2 * (Long) before.get("n"));
	}

	@Test
	void aBadRowWritesNothingAndIsNamedByRowAndColumn() throws Exception {
		long unit = emptyUnit();
		String village = poorVillage();
		LocalDate today = LocalDate.now(this.clock);
		List<Object> future = row(village, "10.00", "1", today.plusDays(1));
		List<Object> unknownChannel = row(village, "10.00", "1", today);
		unknownChannel.set(10, "没有的渠道");
		List<Object> otherVillage = row(this.jdbc.queryForObject(
				"select name from village where category = 'OTHER' and active order by id limit 1", String.class), "10", "1",
				today);
		// Rows are named as Excel numbers them: the title is row 1, the header row 2, the second data row 4.
		byte[] file = workbook(List.of(row(village, "100.50", "5", today.minusDays(1)), row(village, "0", "2", today),
				row(village, "12.345", "1", today), row(village, "5", "-1", today), future, unknownChannel, otherVillage));
		assertThat(upload(TestUsers.unit(unit), file, null, false)).hasStatusOk()
			.bodyText()
			.contains("发现 6 个问题", "<td class=\"nowrap\">4</td>", "金额（元）", "必须大于 0", "最多 2 位小数", "数量",
					"采购日期不能晚于今天", "没有这个在用的采购渠道", "卖方必须在帮扶村", "本次没有保存任何一行");
		assertThat(sums(unit).get("n")).isEqualTo(0L);
		// The good row alone imports, as the unit's own.
		assertThat(upload(TestUsers.unit(unit), workbook(List.of(row(village, "100.50", "5", today.minusDays(1)))), null,
				false)).hasStatus(HttpStatus.FOUND);
		assertThat(sums(unit).get("n")).isEqualTo(1L);
		// A paid row needs its days.
		List<Object> paid = row(village, "20", "1", today.minusDays(3));
		paid.set(13, "已付款");
		paid.set(14, today.minusDays(2).toString());
		assertThat(upload(TestUsers.unit(unit), workbook(List.of(paid)), null, false)).hasStatusOk()
			.bodyText()
			.contains("付款日期", "请填写日期");
		paid.set(15, today.toString());
		assertThat(upload(TestUsers.unit(unit), workbook(List.of(paid)), null, false)).hasStatus(HttpStatus.FOUND);
		assertThat((java.math.BigDecimal) sums(unit).get("counted")).isEqualByComparingTo("20.00");
	}

	@Test
	void theImportAndExportKeepToTheScope() throws Exception {
		long unit = emptyUnit();
		assertThat(upload(TestUsers.town(1L), workbook(List.of()), unit, false)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(upload(TestUsers.officeStaff(), workbook(List.of()), unit, false)).hasStatus(HttpStatus.FORBIDDEN);
		var export = this.mvc.get().uri("/purchases/export?unitId={u}", demoUnit()).with(TestUsers.unit(unit)).exchange();
		assertThat(export).hasStatusOk();
		assertThat(export.getMvcResult().getResponse().getContentAsByteArray()).hasSizeLessThan(12_000);
		assertThat(this.mvc.get().uri("/purchases/import/template").with(TestUsers.unit(unit))).hasStatusOk();
	}
}
