package org.zhucun.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An exported .xlsx as a user edits it: every sheet and row kept (a title row above the header included), cells
 * changed by the header of their column and the key of their row, rows and sheets added; then written again.
 */
public final class EditedExport {

	private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

	private EditedExport() {
	}

	/** Reads every sheet of the file, every cell as its text. */
	public static EditedExport of(byte[] file) {
		EditedExport edited = new EditedExport();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				List<List<String>> rows = new ArrayList<>();
				try (Stream<Row> stream = sheet.openStream()) {
					stream.forEach(row -> {
						while (rows.size() < row.getRowNum() - 1) {
							rows.add(new ArrayList<>());
						}
						List<String> cells = new ArrayList<>();
						for (int c = 0; c < row.getCellCount(); c++) {
							Cell cell = row.getCell(c);
							cells.add(cell == null ? null : text(cell));
						}
						rows.add(cells);
					});
				}
				edited.sheets.put(sheet.getName(), rows);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return edited;
	}

	/** @return the number of data rows (below the header) of the sheet */
	public int dataRows(String sheet, String header) {
		return this.sheets.get(sheet).size() - headerRow(sheet, header) - 1;
	}

	/** Sets the cell of the column {@code header} in the row whose column {@code keyHeader} holds {@code key}. */
	public EditedExport set(String sheet, String keyHeader, String key, String header, String value) {
		List<List<String>> rows = this.sheets.get(sheet);
		int headerRow = headerRow(sheet, keyHeader);
		int keyColumn = rows.get(headerRow).indexOf(keyHeader);
		int column = rows.get(headerRow).indexOf(header);
		if (column < 0) {
			throw new IllegalArgumentException("no column " + header);
		}
		for (int r = headerRow + 1; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			if (row.size() > keyColumn && key.equals(row.get(keyColumn))) {
				while (row.size() <= column) {
					row.add(null);
				}
				row.set(column, value);
				return this;
			}
		}
		throw new IllegalArgumentException("no row " + key);
	}

	/** Adds a row to the sheet, the values given by header (the other cells empty). */
	public EditedExport add(String sheet, Map<String, String> values) {
		List<List<String>> rows = this.sheets.get(sheet);
		List<String> header = rows.get(headerRow(sheet, values.keySet().iterator().next()));
		List<String> row = new ArrayList<>();
		for (String h : header) {
			row.add(values.get(h));
		}
		rows.add(row);
		return this;
	}

	/** Adds a sheet of a header row and data rows. */
	public EditedExport addSheet(String sheet, List<String> header, List<List<String>> rows) {
		List<List<String>> all = new ArrayList<>();
		all.add(new ArrayList<>(header));
		rows.forEach(r -> all.add(new ArrayList<>(r)));
		this.sheets.put(sheet, all);
		return this;
	}

	/** Puts a title row above the first row of the sheet, as a title of the export would be. */
	public EditedExport title(String sheet, String title) {
		List<String> row = new ArrayList<>();
		row.add(title);
		this.sheets.get(sheet).add(0, row);
		return this;
	}

	public byte[] bytes() {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Workbook workbook = new Workbook(out, "test", "1.0");
			for (Map.Entry<String, List<List<String>>> sheet : this.sheets.entrySet()) {
				Worksheet ws = workbook.newWorksheet(sheet.getKey());
				List<List<String>> rows = sheet.getValue();
				for (int r = 0; r < rows.size(); r++) {
					for (int c = 0; c < rows.get(r).size(); c++) {
						String value = rows.get(r).get(c);
						if (value != null) {
							ws.value(r, c, value);
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

	private int headerRow(String sheet, String header) {
		List<List<String>> rows = this.sheets.get(sheet);
		for (int r = 0; r < rows.size(); r++) {
			if (rows.get(r).contains(header)) {
				return r;
			}
		}
		throw new IllegalArgumentException("no header " + header + " in " + sheet);
	}

	private static String text(Cell cell) {
		return switch (cell.getType()) {
			case EMPTY -> null;
			case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
			default -> cell.getText();
		};
	}
}
