package org.zhucun.pairings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The household import: every row checked before anything is written, the preview then the confirmation, re-import
 * of an edited export updating by the household number, and a town official kept to the town's villages.
 */
class HouseholdImportIT extends IntegrationTest {

	private static final String[] HEADERS = { "户编号", "镇（街道）", "行政村", "户主姓名", "户主电话", "户类型", "监测户类型",
			"风险类型", "主要收入来源", "收入年度", "人均纯收入（元/年）" };

	@Autowired
	private JdbcTemplate jdbc;

	private PairingsFixture f;

	private PairingsFixture other;

	@BeforeEach
	void fixture() {
		this.f = PairingsFixture.create(this.jdbc, TODAY, 3);
		this.other = PairingsFixture.create(this.jdbc, TODAY, 1);
	}

	@Test
	void aFileWithBadRowsWritesNothingAndNamesEachRowAndColumn() {
		String town = "镇" + this.f.suffix();
		String village = "村" + this.f.suffix();
		int lastYear = TODAY.getYear() - 1;
		List<Object[]> rows = List.of(
				new Object[] { "G" + this.f.suffix(), town, village, "好户主", "13800001111", "已脱贫户", null, "因病", null,
						lastYear, 9000 },
				new Object[] { "U" + this.f.suffix(), town, "没有这个村", "某", null, "已脱贫户" },
				new Object[] { "N" + this.f.suffix(), town, village, "某", null, "已脱贫户", null, null, null, lastYear, -5 },
				new Object[] { "K" + this.f.suffix(), town, village, "某", null, "监测户", "脱贫不稳定户" },
				new Object[] { this.f.suffix() + "-0", town, village, "某", null, "未脱贫户" },
				new Object[] { "G" + this.f.suffix(), town, village, "重复", null, "已脱贫户" },
				new Object[] { "R" + this.f.suffix(), town, village, "某", null, "已脱贫户", null, "因懒" },
				new Object[] { "Y" + this.f.suffix(), town, village, "某", null, "已脱贫户", null, null, null, lastYear });
		long before = households();
		int uploads = uploads();

		MvcTestResult result = upload(TestUsers.officeAdmin(), workbook(HEADERS, rows));

		assertThat(result).hasStatusOk()
			.hasViewName("pairings/household-import")
			.bodyText()
			.contains("未导入：发现 7 个问题", "本次没有保存任何一行", "没有“" + town + "”下名为“没有这个村”的在用行政村",
					"应在 0 到 9999999 之间", "该户的类型历史不允许", "与文件第 2 行重复", "应为以下之一：因病、因残",
					"收入年度与人均纯收入须同时填写", "<td class=\"nowrap\">6</td>", "人均纯收入（元/年）")
			.doesNotContain("id=\"import-preview\"");
		assertThat(households()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select category from household where id = ?", String.class,
				this.f.households().get(0))).isEqualTo("LIFTED");
		assertThat(uploads()).as("a rejected file is not kept").isEqualTo(uploads);
	}

	@Test
	void anEditedExportImportedAgainUpdatesByTheNumberAndNeverDuplicates() throws Exception {
		RequestPostProcessor town = TestUsers.town(this.f.townId());
		MvcTestResult exported = this.mvc.get().uri("/households/export").with(town).exchange();
		assertThat(exported).hasStatusOk();
		List<List<String>> sheet = read(exported.getResponse().getContentAsByteArray());
		List<String> headers = sheet.get(0);
		assertThat(headers).startsWith("户编号", "镇（街道）", "行政村", "户主姓名", "户类型", "监测户类型", "风险类型");
		assertThat(sheet).hasSize(4);
		int head = headers.indexOf("户主姓名");
		int category = headers.indexOf("户类型");
		int kind = headers.indexOf("监测户类型");
		List<String> first = sheet.stream().filter(r -> r.get(0).equals(this.f.suffix() + "-0")).findFirst().orElseThrow();
		first.set(head, "改名" + this.f.suffix());
		List<String> second = sheet.stream().filter(r -> r.get(0).equals(this.f.suffix() + "-1")).findFirst().orElseThrow();
		second.set(category, "监测户");
		second.set(kind, "脱贫不稳定户");
		List<String> added = new ArrayList<>(first);
		added.set(0, "A" + this.f.suffix());
		added.set(head, "新户" + this.f.suffix());
		sheet.add(added);
		byte[] edited = write(sheet);
		long before = households();

		MvcTestResult preview = upload(town, edited);

		assertThat(preview).hasStatusOk()
			.bodyText()
			.contains("id=\"import-preview\"", "将新登记 1 户，更新 2 户，1 户没有变化", "按“户编号”识别农户");
		assertThat(households()).as("nothing written before the confirmation").isEqualTo(before);
		assertThat(headName(this.f.households().get(0))).isEqualTo("户主0" + this.f.suffix());

		MvcTestResult confirmed = confirm(town, token(preview));

		assertThat(confirmed).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/households");
		assertThat(confirmed).flash().containsEntry("successMessage", "pairings.excel.import.done");
		assertThat(households()).isEqualTo(before + 1);
		assertThat(headName(this.f.households().get(0))).isEqualTo("改名" + this.f.suffix());
		assertThat(this.jdbc.queryForMap("select category, monitored_kind from household where id = ?",
				this.f.households().get(1)))
			.containsEntry("category", "MONITORED")
			.containsEntry("monitored_kind", "UNSTABLE");
		assertThat(this.jdbc.queryForObject("select count(*) from household_category_change where household_id = ?",
				Integer.class, this.f.households().get(1))).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select count(*) from household where code = ? and village_id = ?",
				Integer.class, "A" + this.f.suffix(), this.f.villageId())).isOne();
		assertThat(confirm(town, token(preview))).as("a token serves once")
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/households/import");

		assertThat(upload(town, edited)).as("the same file again changes nothing")
			.hasStatusOk()
			.bodyText()
			.contains("将新登记 0 户，更新 0 户，4 户没有变化");
		assertThat(households()).isEqualTo(before + 1);
	}

	@Test
	void aTownOfficialCannotImportAnotherTownsVillageOrHousehold() {
		String mine = "镇" + this.f.suffix();
		String theirs = "镇" + this.other.suffix();
		long before = households();
		MvcTestResult result = upload(TestUsers.town(this.f.townId()), workbook(HEADERS, List.of(
				new Object[] { "M" + this.f.suffix(), mine, "村" + this.f.suffix(), "本镇户", null, "已脱贫户" },
				new Object[] { "T" + this.f.suffix(), theirs, "村" + this.other.suffix(), "他镇户", null, "已脱贫户" },
				new Object[] { this.other.suffix() + "-0", mine, "村" + this.f.suffix(), "搬来", null, "已脱贫户" })));

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("未导入：发现 2 个问题", "“" + theirs + "”不是本镇（街道），只能导入本镇的农户",
					"该户编号属于其他镇（街道）的农户");
		assertThat(households()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select village_id from household where id = ?", Long.class,
				this.other.households().get(0))).isEqualTo(this.other.villageId());

		assertThat(upload(TestUsers.officeAdmin(), workbook(HEADERS, List.<Object[]>of(new Object[] {
				"T" + this.f.suffix(), theirs, "村" + this.other.suffix(), "他镇户", null, "已脱贫户" }))))
			.as("the office imports in every town")
			.hasStatusOk()
			.bodyText()
			.contains("将新登记 1 户，更新 0 户，0 户没有变化");
	}

	@Test
	void onlyTheOfficeAdministratorAndTownsImportAndTheTemplateDownloads() {
		assertThat(this.mvc.get().uri("/households/import").with(TestUsers.unit(this.f.unitId())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(upload(TestUsers.officeStaff(), workbook(HEADERS, List.<Object[]>of())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/households/import").with(TestUsers.town(this.f.townId()))).hasStatusOk()
			.bodyText()
			.contains("按“户编号”识别农户", "户编号", "人均纯收入（元/年）");
		MvcTestResult template = this.mvc.get().uri("/households/import/template").with(TestUsers.officeAdmin()).exchange();
		assertThat(template).hasStatusOk().hasContentType(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(this.mvc.get().uri("/households").with(TestUsers.town(this.f.townId()))).bodyText()
			.contains("href=\"/households/import\"");
	}

	private long households() {
		return this.jdbc.queryForObject("select count(*) from household", Long.class);
	}

	private int uploads() {
		return this.jdbc.queryForObject("select count(*) from household_import_upload", Integer.class);
	}

	private String headName(long id) {
		return this.jdbc.queryForObject("select head_name from household where id = ?", String.class, id);
	}

	private static String token(MvcTestResult preview) throws Exception {
		Matcher m = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"")
			.matcher(preview.getResponse().getContentAsString());
		assertThat(m.find()).as("the preview's confirmation token").isTrue();
		return m.group(1);
	}

	private MvcTestResult confirm(RequestPostProcessor user, String token) {
		return this.mvc.post().uri("/households/import/confirm").param("token", token).with(user).with(csrf()).exchange();
	}

	private MvcTestResult upload(RequestPostProcessor user, byte[] content) {
		MockMultipartFile file = new MockMultipartFile("file", "households.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
		return this.mvc.post().uri("/households/import").multipart().file(file).with(user).with(csrf()).exchange();
	}

	/** @return every row of the first sheet as text from the header on, the header first */
	private static List<List<String>> read(byte[] file) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
				var stream = workbook.getFirstSheet().openStream()) {
			for (Row row : (Iterable<Row>) stream::iterator) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					Cell cell = row.getCell(c);
					values.add(cell == null ? "" : cell.getText());
				}
				rows.add(values);
			}
		}
		// The export's title row comes first (one cell); the header is the first row with several.
		while (rows.get(0).stream().filter(v -> !v.isBlank()).count() < 2) {
			rows.remove(0);
		}
		int width = rows.get(0).size();
		rows.forEach(r -> {
			while (r.size() < width) {
				r.add("");
			}
		});
		return rows;
	}

	private static byte[] write(List<List<String>> rows) {
		List<Object[]> data = rows.subList(1, rows.size()).stream().map(r -> (Object[]) r.toArray()).toList();
		return workbook(rows.get(0).toArray(String[]::new), data);
	}

	private static byte[] workbook(String[] headers, List<Object[]> rows) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet ws = workbook.newWorksheet("农户档案");
			for (int c = 0; c < headers.length; c++) {
				ws.value(0, c, headers[c]);
			}
			for (int r = 0; r < rows.size(); r++) {
				Object[] row = rows.get(r);
				for (int c = 0; c < row.length; c++) {
					if (row[c] instanceof Number n) {
						ws.value(r + 1, c, n);
					}
					else if (row[c] != null && !row[c].toString().isEmpty()) {
						ws.value(r + 1, c, row[c].toString());
					}
				}
			}
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
