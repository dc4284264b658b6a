package org.zhucun.shared.excel;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the rows of an uploaded .xlsx file: finds each sheet, maps its columns by the header row (row 1), skips
 * blank rows and hands out {@link ImportRow}s whose getters validate the values. Problems with the file as a whole
 * (not an .xlsx, unreadable, missing sheet or columns, no rows, too many rows) are thrown as
 * {@link ImportFileException}; problems with a row are collected in {@link ImportErrors}.
 */
public final class XlsxImport implements Closeable {

	/** The most data rows a sheet may have. */
	public static final int MAX_ROWS = 5000;

	private final ReadableWorkbook workbook;

	private final int maxRows;

	private XlsxImport(ReadableWorkbook workbook, int maxRows) {
		this.workbook = workbook;
		this.maxRows = maxRows;
	}

	/** Opens an uploaded file, allowing {@link #MAX_ROWS} rows per sheet. */
	public static XlsxImport open(InputStream in) throws ImportFileException {
		return open(in, MAX_ROWS);
	}

	public static XlsxImport open(InputStream in, int maxRows) throws ImportFileException {
		try {
			BufferedInputStream buffered = new BufferedInputStream(in);
			buffered.mark(16);
			byte[] head = buffered.readNBytes(8);
			buffered.reset();
			if (head.length == 0) {
				throw new ImportFileException("excel.file.empty");
			}
			if (head.length == 8 && ReadableWorkbook.isOLE2Header(head)) {
				throw new ImportFileException("excel.file.old-format");
			}
			if (head.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
				throw new ImportFileException("excel.file.not-xlsx");
			}
			return new XlsxImport(new ReadableWorkbook(buffered), maxRows);
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFileException("excel.file.unreadable");
		}
	}

	/**
	 * Reads every non-blank data row of a sheet. The main sheet is found by name or else is the first sheet; other
	 * sheets must be there by name.
	 * @throws ImportFileException when the sheet or a required column is missing, the main sheet has no data row,
	 * there are more than the allowed rows, or the file cannot be read
	 */
	public List<ImportRow> read(ImportSheet spec, ImportErrors errors) throws ImportFileException {
		Sheet sheet = findSheet(spec);
		List<ImportRow> rows = new ArrayList<>();
		try (Stream<Row> stream = sheet.openStream()) {
			Iterator<Row> it = stream.iterator();
			Map<String, Integer> columns = null;
			while (it.hasNext()) {
				Row row = it.next();
				if (columns == null) {
					if (isBlank(row)) {
						continue;
					}
					columns = mapHeader(spec, sheet.getName(), row);
					continue;
				}
				Map<String, String> values = values(row, columns);
				if (values.values().stream().allMatch(v -> v == null || v.isBlank())) {
					continue;
				}
				if (rows.size() >= this.maxRows) {
					throw new ImportFileException("excel.file.too-many-rows", sheet.getName(), String.valueOf(this.maxRows));
				}
				rows.add(new ImportRow(spec, sheet.getName(), row.getRowNum(), values, errors));
			}
			if (columns == null) {
				throw new ImportFileException("excel.file.no-header", sheet.getName());
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFileException("excel.file.unreadable");
		}
		if (rows.isEmpty() && spec.main()) {
			throw new ImportFileException("excel.file.no-rows", sheet.getName());
		}
		return rows;
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

	private Sheet findSheet(ImportSheet spec) throws ImportFileException {
		Optional<Sheet> named;
		try {
			named = this.workbook.findSheet(spec.name());
			if (named.isEmpty() && spec.main()) {
				named = Optional.ofNullable(this.workbook.getFirstSheet());
			}
		}
		catch (RuntimeException ex) {
			throw new ImportFileException("excel.file.unreadable");
		}
		if (named.isEmpty()) {
			throw new ImportFileException("excel.file.missing-sheet", spec.name());
		}
		return named.get();
	}

	private static Map<String, Integer> mapHeader(ImportSheet spec, String sheetName, Row header)
			throws ImportFileException {
		Map<String, Integer> byHeader = new HashMap<>();
		for (Cell cell : header) {
			if (cell != null) {
				String text = text(cell);
				if (text != null) {
					byHeader.putIfAbsent(normalize(text), cell.getColumnIndex());
				}
			}
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (ImportColumn column : spec.columns()) {
			Integer index = byHeader.get(normalize(column.header()));
			if (index != null) {
				columns.put(column.id(), index);
			}
			else if (column.required()) {
				missing.add(column.header());
			}
		}
		if (!missing.isEmpty()) {
			throw new ImportFileException("excel.file.missing-columns", sheetName, String.join("、", missing));
		}
		return columns;
	}

	private static Map<String, String> values(Row row, Map<String, Integer> columns) {
		Map<String, String> values = new HashMap<>();
		columns.forEach((id, index) -> {
			Cell cell = row.getCellCount() > index ? row.getCell(index) : null;
			values.put(id, cell == null ? null : text(cell));
		});
		return values;
	}

	private static boolean isBlank(Row row) {
		for (Cell cell : row) {
			if (cell != null && text(cell) != null) {
				return false;
			}
		}
		return true;
	}

	/** @return the cell as text: numbers without a trailing ".0" or exponent (so phone numbers survive) */
	private static String text(Cell cell) {
		switch (cell.getType()) {
			case EMPTY:
				return null;
			case ERROR:
				return ImportRow.ErrorCell.VALUE;
			case NUMBER: {
				BigDecimal number = cell.asNumber();
				return number == null ? null : number.stripTrailingZeros().toPlainString();
			}
			case BOOLEAN:
				return String.valueOf(cell.asBoolean());
			case FORMULA: {
				String raw = cell.getRawValue();
				return raw == null || raw.isBlank() ? null : raw;
			}
			default: {
				String text = cell.getText();
				return text == null || text.isBlank() ? null : text;
			}
		}
	}

	/** Header matching ignores spaces, asterisks (required marks) and the width of brackets. */
	static String normalize(String header) {
		return header.replaceAll("[\\s*＊]", "").replace('(', '（').replace(')', '）');
	}
}
