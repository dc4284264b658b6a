package org.zhucun.purchases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhucun.support.ImportFlow.assertDone;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.support.EditedExport;
import org.zhucun.support.TestUsers;

/**
 * The purchases' import with a preview: purchases have no number, so a row identical to a purchase the unit has
 * recorded is that purchase (unchanged, skipped): the unit's own export imports again creating nothing, an edited
 * export creates only its new rows, a changed row that looks like a recorded purchase is refused with nothing
 * written, and a unit's administrator imports into their own unit only.
 */
class PurchaseImportUpdateIT extends PurchaseImports {

	@Test
	void aUnitsOwnExportImportsAgainCreatingNothingAndAnEditedOneOnlyItsNewRows() throws Exception {
		long unit = emptyUnit();
		RequestPostProcessor liaison = TestUsers.unit(unit);
		String village = poorVillage();
		LocalDate day = TODAY.minusDays(5);
		List<Object> paid = row(village, "20", "1", day);
		paid.set(13, "已付款");
		paid.set(14, day.toString());
		paid.set(15, day.plusDays(1).toString());
		// Two identical rows are two purchases (bought twice), once confirmed as not duplicates.
		byte[] first = workbook(List.of(row(village, "100.50", "5", day), row(village, "100.50", "5", day), paid));
		assertThat(upload(liaison, first, null, false)).hasStatusOk()
			.bodyText()
			.contains("疑似重复", "本次没有保存任何一行")
			.doesNotContain("id=\"confirm-import\"");
		assertThat(sums(unit).get("n")).isEqualTo(0L);
		MvcTestResult preview = upload(liaison, first, null, true);
		assertThat(preview).hasStatusOk()
			.bodyText()
			.contains("采购没有编号", "将新增 3 条、更新 0 条、0 条不变", "导入测试合作社 核桃 100.50", "已付款");
		assertThat(sums(unit).get("n")).isEqualTo(0L);
		assertDone(this.imports.confirm(liaison, preview), "/purchases", 3, 0, 0);
		assertThat(sums(unit).get("n")).isEqualTo(3L);

		byte[] export = export(unit, liaison);
		MvcTestResult again = upload(liaison, export, null, false);
		assertThat(again).hasStatusOk().bodyText().contains("将新增 0 条、更新 0 条、3 条不变", "不变");
		assertDone(this.imports.confirm(liaison, again), "/purchases", 0, 0, 3);
		assertThat(sums(unit).get("n")).isEqualTo(3L);

		// An edited export: a new row is created, the recorded ones stay as they are.
		byte[] edited = EditedExport.of(export).add(sheetName(), newRow(village)).bytes();
		MvcTestResult withNew = upload(liaison, edited, null, false);
		assertThat(withNew).hasStatusOk().bodyText().contains("将新增 1 条、更新 0 条、3 条不变");
		assertDone(this.imports.confirm(liaison, withNew), "/purchases", 1, 0, 3);
		assertThat(sums(unit).get("n")).isEqualTo(4L);
		assertDone(this.imports.confirm(liaison, upload(liaison, edited, null, false)), "/purchases", 0, 0, 4);
		assertThat(sums(unit).get("n")).isEqualTo(4L);
	}

	@Test
	void aChangedRowLooksLikeARecordedPurchaseAndNothingIsWritten() throws Exception {
		long unit = emptyUnit();
		RequestPostProcessor liaison = TestUsers.unit(unit);
		String village = poorVillage();
		LocalDate day = TODAY.minusDays(4);
		assertDone(importNow(liaison, workbook(List.of(row(village, "60", "2", day))), null, false), "/purchases", 1,
				0, 0);
		byte[] export = export(unit, liaison);
		// The liaison records the receipt in the file instead of on the purchase's page: the row is not the recorded
		// purchase any more, but looks like it (same day, seller and amount).
		byte[] received = EditedExport.of(export)
			.set(sheetName(), "产品", "核桃", "状态", "已收货")
			.set(sheetName(), "产品", "核桃", "收货日期", day.toString())
			.bytes();
		assertThat(upload(liaison, received, null, false)).hasStatusOk()
			.bodyText()
			.contains("未导入：发现 1 个问题", "疑似重复", "请在该采购的页面操作")
			.doesNotContain("id=\"confirm-import\"");
		assertThat(sums(unit).get("received")).isEqualTo(0L);
		assertThat(sums(unit).get("n")).isEqualTo(1L);
		// A bad row among good ones: nothing written.
		List<Object> future = row(village, "5", "1", TODAY.plusDays(1));
		assertThat(upload(liaison, workbook(List.of(row(village, "7", "1", day), future)), null, false)).hasStatusOk()
			.bodyText()
			.contains("未导入：发现 1 个问题", "采购日期不能晚于今天");
		assertThat(sums(unit).get("n")).isEqualTo(1L);
	}

	@Test
	void aUnitsAdministratorImportsIntoTheirOwnUnitOnly() throws Exception {
		long own = emptyUnit();
		long other = emptyUnit();
		RequestPostProcessor liaison = TestUsers.unit(own);
		byte[] file = workbook(List.of(row(poorVillage(), "30", "1", TODAY.minusDays(2))));
		assertThat(upload(liaison, file, other, false)).hasStatus(HttpStatus.FORBIDDEN);
		MvcTestResult preview = upload(liaison, file, null, false);
		Map<String, String> forged = new HashMap<>(org.zhucun.support.ImportFlow.fields(preview));
		forged.put("unitId", String.valueOf(other));
		assertThat(this.imports.confirm(liaison, forged)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(sums(other).get("n")).isEqualTo(0L);
		assertThat(sums(own).get("n")).isEqualTo(0L);
		for (RequestPostProcessor user : List.of(TestUsers.officeStaff(), TestUsers.town(1L))) {
			assertThat(upload(user, file, own, false)).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.imports.confirm(user, Map.of("token", "00000000-0000-0000-0000-000000000000",
					"unitId", String.valueOf(own)))).hasStatus(HttpStatus.FORBIDDEN);
		}
		// The office administrator imports into the unit chosen, carried from the preview to the confirmation.
		MvcTestResult office = upload(TestUsers.officeAdmin(), file, own, false);
		assertThat(org.zhucun.support.ImportFlow.fields(office)).containsEntry("unitId", String.valueOf(own));
		assertDone(this.imports.confirm(TestUsers.officeAdmin(), office), "/purchases", 1, 0, 0);
		assertThat(sums(own).get("n")).isEqualTo(1L);
		assertThat(sums(other).get("n")).isEqualTo(0L);
	}

	private byte[] export(long unit, RequestPostProcessor user) throws Exception {
		MvcTestResult export = this.mvc.get().uri("/purchases/export?unitId={u}", unit).with(user).exchange();
		assertThat(export).hasStatusOk();
		return export.getResponse().getContentAsByteArray();
	}

	private String sheetName() {
		return this.excel.sheet().name();
	}

	/** The cells of a new purchase, by header. */
	private Map<String, String> newRow(String village) {
		List<String> headers = this.excel.sheet().headers();
		List<Object> values = row(village, "88", "4", TODAY);
		Map<String, String> cells = new HashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			if (!values.get(i).toString().isEmpty()) {
				cells.put(headers.get(i), values.get(i).toString());
			}
		}
		return cells;
	}
}
