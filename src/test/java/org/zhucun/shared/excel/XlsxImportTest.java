package org.zhucun.shared.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** The import framework on files built in the test: good rows, each kind of bad row, bad files and headers. */
class XlsxImportTest {

	private static final ImportSheet SHEET = ImportSheet.main("人员", List.of(
			new ImportColumn("name", "姓名", true, "", "张三"),
			new ImportColumn("kind", "类别（甲乙）", true, "", "甲"),
			new ImportColumn("age", "年龄", false, "", 30),
			new ImportColumn("lat", "纬度", false, "", 35.1),
			new ImportColumn("phone", "电话", false, "", "13800001234"),
			new ImportColumn("tags", "标签", false, "", "")));

	private static final Map<String, String> KINDS = new LinkedHashMap<>();

	static {
		KINDS.put("甲", "A");
		KINDS.put("乙", "B");
	}

	private static final Pattern PHONE = Pattern.compile("^[0-9+\\-]{7,20}$");

	/** What a test sheet row maps to. */
	record Person(int row, String name, String kind, Integer age, BigDecimal lat, String phone, List<String> tags) {
	}

	@Test
	void readsGoodRowsByHeaderInAnyOrderSkippingBlankRows() throws Exception {
		byte[] file = xlsx("人员", List.of("电话", "姓名", "类别(甲乙)", "年龄", "纬度", "标签", "备注"),
				row(13800001234L, " 李四 ", "乙", 41, 35.123456789, "a、b；c", "ignored"),
				row(),
				row("010-1234567", "王五", "甲", null, null, null, null));
		ImportErrors errors = new ImportErrors();
		List<Person> people = read(file, errors);
		assertThat(errors.isEmpty()).isTrue();
		assertThat(people).hasSize(2);
		Person first = people.get(0);
		assertThat(first.row()).isEqualTo(2);
		assertThat(first.name()).isEqualTo("李四");
		assertThat(first.kind()).isEqualTo("B");
		assertThat(first.age()).isEqualTo(41);
		assertThat(first.lat()).isEqualByComparingTo("35.123457");
		assertThat(first.phone()).isEqualTo("13800001234");
		assertThat(first.tags()).containsExactly("a", "b", "c");
		assertThat(people.get(1).row()).isEqualTo(4);
		assertThat(people.get(1).age()).isNull();
		assertThat(people.get(1).phone()).isEqualTo("010-1234567");
	}

	@Test
	void collectsEveryKindOfBadCellWithRowAndColumn() throws Exception {
		byte[] file = xlsx("人员", List.of("姓名", "类别（甲乙）", "年龄", "纬度", "电话"),
				row("", "甲", 30, 35, "13800001234"),
				row("名".repeat(51), "甲", 30, 35, "13800001234"),
				row("赵六", "丙", 30, 35, "13800001234"),
				row("钱七", "甲", "三十", 35, "13800001234"),
				row("孙八", "甲", 30.5, 35, "13800001234"),
				row("周九", "甲", 200, 35, "13800001234"),
				row("吴十", "甲", 30, "北纬", "13800001234"),
				row("郑一", "甲", 30, 95, "13800001234"),
				row("冯二", "甲", 30, 35, "电话号码"),
				row("陈三", "甲", 30, 35, "13800001234"));
		ImportErrors errors = new ImportErrors();
		List<Person> people = read(file, errors);
		assertThat(people).extracting(Person::name).containsExactly("陈三");
		assertThat(errors.list()).extracting(RowError::row, RowError::column, RowError::messageKey).containsExactly(
				tuple(2, "姓名", "excel.cell.required"),
				tuple(3, "姓名", "excel.cell.too-long"),
				tuple(4, "类别（甲乙）", "excel.cell.not-allowed"),
				tuple(5, "年龄", "excel.cell.not-integer"),
				tuple(6, "年龄", "excel.cell.not-integer"),
				tuple(7, "年龄", "excel.cell.out-of-range"),
				tuple(8, "纬度", "excel.cell.not-number"),
				tuple(9, "纬度", "excel.cell.out-of-range"),
				tuple(10, "电话", "excel.cell.format"));
		assertThat(errors.list().get(1).args()).containsExactly("50");
		assertThat(errors.list().get(2).args()).containsExactly("甲、乙");
		assertThat(errors.list().get(5).args()).containsExactly("0", "150");
	}

	@Test
	void missingRequiredHeaderIsAFileError() throws Exception {
		byte[] file = xlsx("人员", List.of("名字", "年龄"), row("张三", 3));
		assertThatThrownBy(() -> read(file, new ImportErrors())).isInstanceOfSatisfying(ImportFileException.class,
				ex -> {
					assertThat(ex.messageKey()).isEqualTo("excel.file.missing-columns");
					assertThat(ex.args()).containsExactly("人员", "姓名、类别（甲乙）");
				});
	}

	@Test
	void otherSheetNameFallsBackToTheFirstSheetForTheMainSheet() throws Exception {
		byte[] file = xlsx("Sheet1", List.of("姓名", "类别（甲乙）"), row("张三", "甲"));
		assertThat(read(file, new ImportErrors())).hasSize(1);
	}

	@Test
	void aSecondSheetMustBeThereByName() throws Exception {
		byte[] file = xlsx("人员", List.of("姓名", "类别（甲乙）"), row("张三", "甲"));
		ImportSheet other = new ImportSheet("附表", SHEET.columns(), false, List.of());
		try (XlsxImport in = XlsxImport.open(new ByteArrayInputStream(file))) {
			assertThatThrownBy(() -> in.read(other, new ImportErrors())).isInstanceOfSatisfying(
					ImportFileException.class, ex -> assertThat(ex.messageKey()).isEqualTo("excel.file.missing-sheet"));
		}
	}

	@Test
	void headerOnlyIsAnEmptyFile() throws Exception {
		byte[] file = xlsx("人员", List.of("姓名", "类别（甲乙）"));
		assertFileError(file, "excel.file.no-rows");
	}

	@Test
	void emptySheetHasNoHeader() throws Exception {
		byte[] file = xlsx("人员", List.of());
		assertFileError(file, "excel.file.no-header");
	}

	@Test
	void tooManyRows() throws Exception {
		Object[][] rows = new Object[6][];
		Arrays.fill(rows, row("张三", "甲"));
		byte[] file = xlsx("人员", List.of("姓名", "类别（甲乙）"), rows);
		try (XlsxImport in = XlsxImport.open(new ByteArrayInputStream(file), 5)) {
			assertThatThrownBy(() -> in.read(SHEET, new ImportErrors())).isInstanceOfSatisfying(
					ImportFileException.class, ex -> {
						assertThat(ex.messageKey()).isEqualTo("excel.file.too-many-rows");
						assertThat(ex.args()).containsExactly("人员", "5");
					});
		}
	}

	@Test
	void notAnXlsx() {
		assertOpenError("姓名,类别\n张三,甲\n".getBytes(StandardCharsets.UTF_8), "excel.file.not-xlsx");
		assertOpenError(new byte[0], "excel.file.empty");
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		assertOpenError(ole2, "excel.file.old-format");
	}

	@Test
	void aBrokenZipIsUnreadable() throws Exception {
		byte[] good = xlsx("人员", List.of("姓名", "类别（甲乙）"), row("张三", "甲"));
		byte[] broken = Arrays.copyOf(good, good.length / 3);
		assertThatThrownBy(() -> {
			try (XlsxImport in = XlsxImport.open(new ByteArrayInputStream(broken))) {
				in.read(SHEET, new ImportErrors());
			}
		}).isInstanceOfSatisfying(ImportFileException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("excel.file.unreadable"));
	}

	@Test
	void keepsTheFirstErrorsAndCountsAll() {
		ImportErrors errors = new ImportErrors();
		for (int i = 0; i < ImportErrors.KEPT + 10; i++) {
			errors.add("s", i, "c", "k");
		}
		assertThat(errors.total()).isEqualTo(ImportErrors.KEPT + 10);
		assertThat(errors.list()).hasSize(ImportErrors.KEPT);
		assertThat(ImportResult.rejected(errors).succeeded()).isFalse();
	}

	@Test
	void templateHasHeaderExampleAndHelpSheet() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxTemplate.write(out, List.of(SHEET), new XlsxTemplate.HelpSheet("填写说明", "工作表", "列名", "必填", "说明", "是", "否"));
		ImportErrors errors = new ImportErrors();
		List<Person> people = read(out.toByteArray(), errors);
		assertThat(errors.isEmpty()).isTrue();
		assertThat(people).singleElement().satisfies(p -> {
			assertThat(p.name()).isEqualTo("张三");
			assertThat(p.age()).isEqualTo(30);
			assertThat(p.phone()).isEqualTo("13800001234");
		});
		ImportSheet help = new ImportSheet("填写说明", List.of(new ImportColumn("column", "列名", true, "", null),
				new ImportColumn("required", "必填", true, "", null)), false, List.of());
		try (XlsxImport in = XlsxImport.open(new ByteArrayInputStream(out.toByteArray()))) {
			List<ImportRow> rows = in.read(help, new ImportErrors());
			assertThat(rows).extracting(r -> r.raw("column")).containsExactly("姓名", "类别（甲乙）", "年龄", "纬度", "电话", "标签");
			assertThat(rows.get(0).raw("required")).isEqualTo("是");
		}
	}

	@Test
	void writerStreamsManyRows() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxWriter writer = new XlsxWriter(out)) {
			writer.sheet("人员", List.of("姓名", "类别（甲乙）", "年龄"));
			for (int i = 0; i < 1234; i++) {
				writer.row("人" + i, i % 2 == 0 ? "甲" : "乙", i % 100);
			}
			assertThat(writer.rowCount()).isEqualTo(1234);
		}
		ImportErrors errors = new ImportErrors();
		List<Person> people = read(out.toByteArray(), errors);
		assertThat(errors.isEmpty()).isTrue();
		assertThat(people).hasSize(1234);
		assertThat(people.get(1233).name()).isEqualTo("人1233");
		// Row 1 is the title, row 2 the header.
		assertThat(people.get(1233).row()).isEqualTo(1236);
	}

	private static void assertFileError(byte[] file, String key) {
		assertThatThrownBy(() -> read(file, new ImportErrors())).isInstanceOfSatisfying(ImportFileException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	private static void assertOpenError(byte[] file, String key) {
		assertThatThrownBy(() -> XlsxImport.open(new ByteArrayInputStream(file)))
			.isInstanceOfSatisfying(ImportFileException.class, ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	private static List<Person> read(byte[] file, ImportErrors errors) throws ImportFileException, IOException {
		try (XlsxImport in = XlsxImport.open(new ByteArrayInputStream(file))) {
			List<Person> people = new ArrayList<>();
			for (ImportRow row : in.read(SHEET, errors)) {
				Person person = new Person(row.number(), row.text("name", 50), row.choice("kind", KINDS),
						row.integer("age", 0, 150), row.decimal("lat", new BigDecimal("-90"), new BigDecimal("90"), 6),
						row.text("phone", 20, PHONE), row.list("tags"));
				if (row.isValid()) {
					people.add(person);
				}
			}
			return people;
		}
	}

	private static Object[] row(Object... values) {
		return values;
	}

	/** Builds an .xlsx with fastexcel: one sheet, a header row (if any) and the rows. */
	static byte[] xlsx(String sheetName, List<String> headers, Object[]... rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
		}
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				Object v = rows[r][c];
				if (v instanceof Number n) {
					sheet.value(r + 1, c, n);
				}
				else if (v != null) {
					sheet.value(r + 1, c, v.toString());
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}
}
