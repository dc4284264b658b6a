package org.zhucun.shared.excel;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an .xlsx workbook row by row straight to an output stream (rows are flushed as they go, so an export of
 * any length needs little memory): one or more sheets, each with a title row (the sheet's name unless a title is
 * given), the period once below it when there is one, then a bold header row that stays in view, repeats on every
 * printed page and carries an autofilter over the rows; printed on A4 landscape, one page wide. The importers find
 * the header row below the title rows ({@link XlsxImport}), so that an export imports again as it is.
 */
public final class XlsxWriter implements Closeable {

	private static final int FLUSH_EVERY = 200;

	private static final int MAX_SHEET_NAME = 31;

	private final Workbook workbook;

	private Worksheet sheet;

	private int nextRow;

	private int[] widths = new int[0];

	private boolean flushed;

	private int headerRow;

	private int columns;

	public XlsxWriter(OutputStream out) {
		this.workbook = new Workbook(out, "zhucun", "1.0");
	}

	/** Starts a new sheet titled with its name, with the given header row, finishing the sheet before it. */
	public XlsxWriter sheet(String name, List<String> headers) throws IOException {
		return sheet(name, name, null, headers);
	}

	/**
	 * Starts a new sheet, finishing the sheet before it.
	 * @param name the sheet's name (cut to Excel's 31 characters)
	 * @param title the title row above the table
	 * @param period the period (or the filters) the table covers, written once below the title; null for none
	 * @param headers the header row
	 */
	public XlsxWriter sheet(String name, String title, String period, List<String> headers) throws IOException {
		finishSheet();
		this.sheet = this.workbook.newWorksheet(sheetName(name));
		this.columns = headers.size();
		int last = Math.max(0, this.columns - 1);
		this.sheet.value(0, 0, title);
		this.sheet.style(0, 0).bold().fontSize(14).set();
		if (last > 0) {
			this.sheet.range(0, 0, 0, last).merge();
		}
		this.headerRow = 1;
		if (period != null) {
			this.sheet.value(1, 0, period);
			if (last > 0) {
				this.sheet.range(1, 0, 1, last).merge();
			}
			this.headerRow = 2;
		}
		this.widths = new int[this.columns];
		for (int c = 0; c < this.columns; c++) {
			this.sheet.value(this.headerRow, c, headers.get(c));
			this.sheet.style(this.headerRow, c).bold().fillColor("E9ECEF").set();
			this.widths[c] = displayWidth(headers.get(c));
		}
		this.sheet.freezePane(0, this.headerRow + 1);
		this.sheet.pageOrientation("landscape");
		this.sheet.paperSize(PaperSize.A4_PAPER);
		this.sheet.setFitToPage(true);
		this.sheet.fitToWidth((short) 1);
		this.sheet.fitToHeight((short) 0);
		this.sheet.repeatRows(this.headerRow);
		this.nextRow = this.headerRow + 1;
		this.flushed = false;
		return this;
	}

	/** Adds a row: strings, numbers, booleans and dates are written as such, {@code null} as an empty cell. */
	public XlsxWriter row(Object... values) throws IOException {
		return row(Arrays.asList(values));
	}

	/** Adds a row: strings, numbers, booleans and dates are written as such, {@code null} as an empty cell. */
	public XlsxWriter row(List<?> values) throws IOException {
		if (this.sheet == null) {
			throw new IllegalStateException("Start a sheet first");
		}
		for (int c = 0; c < values.size(); c++) {
			write(c, values.get(c));
		}
		this.nextRow++;
		if (this.nextRow % FLUSH_EVERY == 0) {
			// Column widths are written before the first rows leave, so they are fixed from the rows seen so far.
			applyWidths();
			this.sheet.flush();
		}
		return this;
	}

	/** @return the number of rows written to the current sheet, title and header excluded */
	public int rowCount() {
		return Math.max(0, this.nextRow - this.headerRow - 1);
	}

	@Override
	public void close() throws IOException {
		finishSheet();
		this.workbook.finish();
	}

	private void write(int c, Object value) {
		int r = this.nextRow;
		if (value == null) {
			return;
		}
		if (value instanceof Number number) {
			this.sheet.value(r, c, number instanceof BigDecimal big ? big : number);
			grow(c, String.valueOf(number));
		}
		else if (value instanceof Boolean bool) {
			this.sheet.value(r, c, bool);
		}
		else if (value instanceof LocalDate date) {
			this.sheet.value(r, c, date);
			this.sheet.style(r, c).format("yyyy-mm-dd").set();
			grow(c, "2026-11-28");
		}
		else {
			String text = value.toString();
			// Inline strings keep no shared-string table in memory, so long exports stay small.
			this.sheet.inlineString(r, c, text);
			grow(c, text);
		}
	}

	private void grow(int c, String text) {
		if (c < this.widths.length) {
			this.widths[c] = Math.max(this.widths[c], displayWidth(text));
		}
	}

	private void finishSheet() throws IOException {
		if (this.sheet != null) {
			applyWidths();
			if (this.columns > 0) {
				this.sheet.setAutoFilter(this.headerRow, 0, Math.max(this.headerRow, this.nextRow - 1), this.columns - 1);
			}
			this.sheet.finish();
			this.sheet = null;
		}
	}

	private void applyWidths() {
		if (this.flushed) {
			return;
		}
		for (int c = 0; c < this.widths.length; c++) {
			this.sheet.width(c, Math.min(60, Math.max(8, this.widths[c] + 2)));
		}
		this.flushed = true;
	}

	/** Wide (CJK) characters count twice, so that Chinese columns get room. */
	private static int displayWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += text.charAt(i) > 0x2E7F ? 2 : 1;
		}
		return width;
	}

	/** @return the name a sheet of that name gets: without the characters Excel refuses, at most 31 characters */
	public static String sheetName(String name) {
		String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
		if (clean.isEmpty()) {
			clean = "Sheet";
		}
		return clean.length() > MAX_SHEET_NAME ? clean.substring(0, MAX_SHEET_NAME) : clean;
	}
}
