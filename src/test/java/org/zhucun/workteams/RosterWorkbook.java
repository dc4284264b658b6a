package org.zhucun.workteams;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.mock.web.MockMultipartFile;

/** Builds roster files for the import tests: the roster's header row and data rows (numbers as numbers). */
final class RosterWorkbook {

	static final String[] HEADERS = { "村", "镇", "帮扶单位", "干部姓名", "干部手机号", "角色", "入队日期" };

	private final List<Object[]> rows = new ArrayList<>();

	RosterWorkbook row(Object... values) {
		this.rows.add(values);
		return this;
	}

	MockMultipartFile file() {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("工作队名册");
			for (int c = 0; c < HEADERS.length; c++) {
				sheet.value(0, c, HEADERS[c]);
			}
			for (int r = 0; r < this.rows.size(); r++) {
				Object[] row = this.rows.get(r);
				for (int c = 0; c < row.length; c++) {
					if (row[c] instanceof Number n) {
						sheet.value(r + 1, c, n);
					}
					else if (row[c] instanceof LocalDate d) {
						sheet.value(r + 1, c, d);
						sheet.style(r + 1, c).format("yyyy-mm-dd").set();
					}
					else if (row[c] != null) {
						sheet.value(r + 1, c, row[c].toString());
					}
				}
			}
			workbook.finish();
			return upload(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static MockMultipartFile upload(byte[] content) {
		return new MockMultipartFile("file", "roster.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}
}
