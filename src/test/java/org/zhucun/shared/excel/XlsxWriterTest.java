package org.zhucun.shared.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The shared writer: every sheet has a title row, the period once, a header row with an autofilter over the rows,
 * landscape A4 print settings with the header repeated; and such a file imports again (the title rows skipped).
 */
class XlsxWriterTest {

	private static final ImportSheet PEOPLE = ImportSheet.main("人员",
			List.of(new ImportColumn("name", "姓名", true, "", "张三"), new ImportColumn("age", "年龄", false, "", 30)));

	@Test
	void aSheetHasItsTitleThePeriodOnceAndTheHeaderWithAnAutofilter() throws Exception {
		byte[] file = write(300);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("人员名单（2026年11月）");
			assertThat(rows.get(1).getCellText(0)).isEqualTo("统计期间：2026-10-27至2026-11-30");
			assertThat(rows.get(2).getCellText(0)).isEqualTo("姓名");
			assertThat(rows.get(2).getCellText(2)).isEqualTo("入队日期");
			assertThat(rows.get(3).getCellText(0)).isEqualTo("人0");
			assertThat(rows).hasSize(3 + 300);
			assertThat(rows.stream().skip(3).filter(r -> r.getCellText(0).contains("统计期间"))).isEmpty();
			List<Row> second = workbook.getSheets().toList().get(1).read();
			assertThat(second.get(0).getCellText(0)).isEqualTo("说明");
			assertThat(second.get(1).getCellText(0)).isEqualTo("项目");
		}
		String sheet1 = part(file, "xl/worksheets/sheet1.xml");
		assertThat(sheet1).contains("<autoFilter ref=\"A3:C303\"", "<mergeCell ref=\"A1:C1\"", "<mergeCell ref=\"A2:C2\"")
			.contains("orientation=\"landscape\"", "paperSize=\"9\"", "fitToPage=\"true\"", "fitToWidth=\"1\"");
		assertThat(part(file, "xl/worksheets/sheet2.xml")).contains("<autoFilter ref=\"A2:B4\"",
				"orientation=\"landscape\"");
		assertThat(part(file, "xl/workbook.xml")).contains("_xlnm.Print_Titles");
	}

	@Test
	void anExportWithTitleRowsImportsAgain() throws Exception {
		byte[] file = write(3);
		ImportErrors errors = new ImportErrors();
		try (XlsxImport in = XlsxImport.open(new ByteArrayInputStream(file))) {
			List<ImportRow> rows = in.read(PEOPLE, errors);
			assertThat(rows).extracting(r -> r.raw("name")).containsExactly("人0", "人1", "人2");
			assertThat(rows.get(0).number()).isEqualTo(4);
		}
		assertThat(errors.isEmpty()).isTrue();
	}

	private static byte[] write(int count) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxWriter writer = new XlsxWriter(out)) {
			writer.sheet("人员", "人员名单（2026年11月）", "统计期间：2026-10-27至2026-11-30", List.of("姓名", "年龄", "入队日期"));
			for (int i = 0; i < count; i++) {
				writer.row("人" + i, 20 + i % 40, LocalDate.of(2026, 11, 1));
			}
			assertThat(writer.rowCount()).isEqualTo(count);
			writer.sheet("说明", List.of("项目", "内容"));
			writer.row("标题", "人员名单");
			writer.row("导出日期", LocalDate.of(2026, 11, 28));
		}
		return out.toByteArray();
	}

	private static String part(byte[] file, String name) throws IOException {
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get()) {
			ZipArchiveEntry entry = zip.getEntry(name);
			assertThat(entry).as(name).isNotNull();
			return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
