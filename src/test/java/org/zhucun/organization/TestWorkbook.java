package org.zhucun.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.mock.web.MockMultipartFile;

/** Builds .xlsx upload files for the import tests with fastexcel: sheets of a header row and data rows. */
final class TestWorkbook {

	private record Sheet(String name, List<String> headers, List<Object[]> rows) {
	}

	private final List<Sheet> sheets = new ArrayList<>();

	static TestWorkbook sheet(String name, String... headers) {
		return new TestWorkbook().and(name, headers);
	}

	TestWorkbook and(String name, String... headers) {
		this.sheets.add(new Sheet(name, List.of(headers), new ArrayList<>()));
		return this;
	}

	/** Adds a row to the last sheet; numbers are written as numbers, {@code null} as an empty cell. */
	TestWorkbook row(Object... values) {
		this.sheets.get(this.sheets.size() - 1).rows().add(values);
		return this;
	}

	byte[] bytes() {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Workbook workbook = new Workbook(out, "test", "1.0");
			for (Sheet sheet : this.sheets) {
				Worksheet ws = workbook.newWorksheet(sheet.name());
				for (int c = 0; c < sheet.headers().size(); c++) {
					ws.value(0, c, sheet.headers().get(c));
				}
				for (int r = 0; r < sheet.rows().size(); r++) {
					Object[] row = sheet.rows().get(r);
					for (int c = 0; c < row.length; c++) {
						if (row[c] instanceof Number n) {
							ws.value(r + 1, c, n);
						}
						else if (row[c] != null) {
							ws.value(r + 1, c, row[c].toString());
						}
					}
				}
			}
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	MockMultipartFile file() {
		return upload(bytes());
	}

	static MockMultipartFile upload(byte[] content) {
		return new MockMultipartFile("file", "import.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}
}
