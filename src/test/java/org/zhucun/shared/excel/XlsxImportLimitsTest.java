package org.zhucun.shared.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** Spreadsheets whose unpacked size or cell count is absurd are refused before anything parses them. */
class XlsxImportLimitsTest {

	@Test
	void anOrdinaryWorkbookPasses() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("干部");
			for (int r = 0; r < 5000; r++) {
				for (int c = 0; c < 10; c++) {
					sheet.value(r, c, "值" + r + "-" + c);
				}
			}
		}
		XlsxImport.checkUnpacked(out.toByteArray());
		try (XlsxImport opened = XlsxImport.open(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(opened).isNotNull();
		}
	}

	@Test
	void aFileThatUnpacksToMoreThanFiftyMegabytesIsRefusedUnparsed() throws Exception {
		// 60 MB of spaces pack into about 60 KB.
		byte[] bomb = zip("xl/worksheets/sheet1.xml", " ".repeat(60 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertThatThrownBy(() -> XlsxImport.open(new ByteArrayInputStream(bomb)))
			.isInstanceOf(ImportFileException.class)
			.hasMessage("excel.file.absurd");
	}

	@Test
	void aWorksheetWithMoreThanTwoMillionCellsIsRefusedUnparsed() throws Exception {
		StringBuilder xml = new StringBuilder("<worksheet><cols><col min=\"1\"/></cols><sheetData><row r=\"1\">");
		String cell = "<c r=\"A1\"/>";
		xml.append(cell.repeat(2_000_001)).append("</row></sheetData></worksheet>");
		byte[] many = zip("xl/worksheets/sheet1.xml", xml.toString().getBytes(StandardCharsets.US_ASCII));
		assertThatThrownBy(() -> XlsxImport.checkUnpacked(many)).isInstanceOf(ImportFileException.class)
			.hasMessage("excel.file.absurd");
		byte[] fewer = zip("xl/worksheets/sheet1.xml",
				("<worksheet><sheetData>" + cell.repeat(2_000_000) + "</sheetData></worksheet>")
					.getBytes(StandardCharsets.US_ASCII));
		XlsxImport.checkUnpacked(fewer);
	}

	private static byte[] zip(String name, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
		}
		return out.toByteArray();
	}
}
