package org.zhucun.purchases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.zhucun.support.ImportFlow;
import org.zhucun.support.TestUsers;

/**
 * Purchases in Excel: export → import of a unit's purchases gives the same totals, and importing it again creates
 * nothing; a bad row writes nothing and is reported by row and column; scope of the import and the export.
 */
class PurchaseExcelIT extends PurchaseImports {

	@Test
	void exportThenImportGivesTheSameTotals() {
		long source = demoUnit();
		Map<String, Object> before = sums(source);
		var export = this.mvc.get().uri("/purchases/export?unitId={u}", source).with(TestUsers.unit(source)).exchange();
		assertThat(export).hasStatusOk();
		byte[] file = export.getMvcResult().getResponse().getContentAsByteArray();
		long target = emptyUnit();
		ImportFlow.assertDone(importNow(TestUsers.officeAdmin(), file, target, false), "/purchases",
				((Long) before.get("n")).intValue(), 0, 0);
		Map<String, Object> after = sums(target);
		assertThat(after.get("n")).isEqualTo(before.get("n"));
		assertThat((java.math.BigDecimal) after.get("amount")).isEqualByComparingTo((java.math.BigDecimal) before.get("amount"));
		assertThat((java.math.BigDecimal) after.get("counted"))
			.isEqualByComparingTo((java.math.BigDecimal) before.get("counted"));
		assertThat(after.get("received")).isEqualTo(before.get("received"));
		// The same file again: every row is a purchase already recorded, skipped; even with duplicates allowed.
		assertThat(upload(TestUsers.officeAdmin(), file, target, false)).hasStatusOk()
			.bodyText()
			.contains("将新增 0 条、更新 0 条、" + before.get("n") + " 条不变");
		ImportFlow.assertDone(importNow(TestUsers.officeAdmin(), file, target, true), "/purchases", 0, 0,
				((Long) before.get("n")).intValue());
		assertThat(sums(target).get("n")).isEqualTo(before.get("n"));
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
		ImportFlow.assertDone(importNow(TestUsers.unit(unit),
				workbook(List.of(row(village, "100.50", "5", today.minusDays(1)))), null, false), "/purchases", 1, 0, 0);
		assertThat(sums(unit).get("n")).isEqualTo(1L);
		// A paid row needs its days.
		List<Object> paid = row(village, "20", "1", today.minusDays(3));
		paid.set(13, "已付款");
		paid.set(14, today.minusDays(2).toString());
		assertThat(upload(TestUsers.unit(unit), workbook(List.of(paid)), null, false)).hasStatusOk()
			.bodyText()
			.contains("付款日期", "请填写日期");
		paid.set(15, today.toString());
		ImportFlow.assertDone(importNow(TestUsers.unit(unit), workbook(List.of(paid)), null, false), "/purchases", 1, 0,
				0);
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
