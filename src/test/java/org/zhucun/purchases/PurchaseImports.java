package org.zhucun.purchases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.shared.excel.XlsxWriter;
import org.zhucun.support.ImportFlow;
import org.zhucun.support.IntegrationTest;

/** What the tests of the purchases' Excel import share: units, their purchases' sums, files and both import steps. */
abstract class PurchaseImports extends IntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PurchaseExcel excel;

	ImportFlow imports;

	@BeforeEach
	void flow() {
		this.imports = new ImportFlow(this.mvc, "/purchases");
	}

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

	/** The first step of the import: the file checked and previewed, nothing written. */
	MvcTestResult upload(RequestPostProcessor user, byte[] content, Long unitId, boolean allowDuplicates) {
		Map<String, String> fields = new HashMap<>();
		if (unitId != null) {
			fields.put("unitId", unitId.toString());
		}
		if (allowDuplicates) {
			fields.put("allowDuplicates", "true");
		}
		return this.imports.preview(user, content, fields);
	}

	/** Both steps: the file previewed, then the preview confirmed. */
	MvcTestResult importNow(RequestPostProcessor user, byte[] content, Long unitId, boolean allowDuplicates) {
		MvcTestResult preview = upload(user, content, unitId, allowDuplicates);
		assertThat(preview).hasStatusOk().bodyText().contains("id=\"import-preview\"");
		return this.imports.confirm(user, preview);
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
}
