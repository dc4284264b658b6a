package org.zhucun.shared.excel;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the rows of an uploaded .xlsx file: finds each sheet, maps its columns by the header row (the first row
 * holding the sheet's required columns, so that the title rows of an export are passed over), skips blank rows and hands out {@link ImportRow}s whose getters validate the values. Problems with the file as a whole
 * (not an .xlsx, unreadable, missing sheet or columns, no rows, too many rows) are thrown as
 * {@link ImportFileException}; problems with a row are collected in {@link ImportErrors}.
 */
public final class XlsxImport implements Closeable {

	/** The most data rows a sheet may have. */
	public static final int MAX_ROWS = 5000;

	/**
	 * The most bytes the file may unpack to, all parts together: an .xlsx of {@link #MAX_ROWS} rows of text unpacks to a
	 * few MB; a "zip bomb" of a few KB can unpack to gigabytes. Counted while unpacking, not taken from the headers.
	 */
	public static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

	/** The most cells the file's worksheets may hold together (20 sheets of {@link #MAX_ROWS} rows × 20 columns). */
	public static final long MAX_CELLS = 2_000_000;

	/** The most parts (files inside the zip) an .xlsx may have. */
	public static final int MAX_PARTS = 2000;

	/** How many non-blank rows at the top of a sheet are looked at for the header row (title rows come first). */
	static final int HEADER_SEARCH_ROWS = 5;

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
			// The upload is at most a few MB (UploadLimit): kept in memory, measured unpacked, then parsed.
			byte[] file = buffered.readAllBytes();
			checkUnpacked(file);
			return new XlsxImport(new ReadableWorkbook(new ByteArrayInputStream(file)), maxRows);
		}
		catch (ImportFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFileException("excel.file.unreadable");
		}
	}

	/**
	 * Unpacks the file once without parsing it, counting the bytes of every part and the cells of the worksheets;
	 * refuses it as soon as either (or the number of parts) goes past its limit.
	 */
	static void checkUnpacked(byte[] file) throws IOException, ImportFileException {
		long unpacked = 0;
		long cells = 0;
		int parts = 0;
		byte[] buffer = new byte[64 * 1024];
		// The central directory, read with commons-compress: lenient with the entry sizes writers leave in the
		// local headers, which java.util.zip's stream reader refuses.
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get()) {
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (++parts > MAX_PARTS) {
					throw new ImportFileException("excel.file.absurd");
				}
				boolean worksheet = entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml");
				int before = 0;
				int previous = 0;
				int read;
				InputStream data = zip.getInputStream(entry);
				while ((read = data.read(buffer)) > 0) {
					unpacked += read;
					if (unpacked > MAX_UNPACKED_BYTES) {
						throw new ImportFileException("excel.file.absurd");
					}
					if (worksheet) {
						for (int i = 0; i < read; i++) {
							byte b = buffer[i];
							// A cell element starts "<c " or "<c>" ("<col" and "<cols" are not cells).
							if (before == '<' && previous == 'c' && (b == ' ' || b == '>' || b == '/')
									&& ++cells > MAX_CELLS) {
								throw new ImportFileException("excel.file.absurd");
							}
							before = previous;
							previous = b;
						}
					}
				}
			}
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
			HeaderCandidate best = null;
			int looked = 0;
			while (it.hasNext()) {
				Row row = it.next();
				if (columns == null) {
					if (isBlank(row)) {
						continue;
					}
					HeaderCandidate candidate = mapHeader(spec, row);
					if (candidate.missing().isEmpty() && !candidate.columns().isEmpty()) {
						columns = candidate.columns();
						continue;
					}
					if (best == null || candidate.columns().size() > best.columns().size()) {
						best = candidate;
					}
					if (++looked >= HEADER_SEARCH_ROWS) {
						break;
					}
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
			if (columns == null && best != null) {
				throw new ImportFileException("excel.file.missing-columns", sheet.getName(),
						String.join("、", best.missing()));
			}
			if (columns == null) {
				throw new ImportFileException("excel.file.no-header", sheet.getName());
			}
		}
		catch (ImportFileException ex) {
			throw ex;
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

	/** A row tried as the header row: the columns it maps and the required headers it lacks. */
	private record HeaderCandidate(Map<String, Integer> columns, List<String> missing) {
	}

	private static HeaderCandidate mapHeader(ImportSheet spec, Row header) {
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
		return new HeaderCandidate(columns, missing);
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
