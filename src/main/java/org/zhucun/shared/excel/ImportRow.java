package org.zhucun.shared.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One data row of an imported sheet, read by column id. The typed getters check the value against the column's
 * rules and, when it does not fit, record a {@link RowError} (with row number, column header and message key) and
 * return {@code null}; {@link #isValid()} tells whether any problem was found in this row.
 */
public final class ImportRow {

	private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；\\r\\n]+");

	private final ImportSheet sheet;

	private final String sheetName;

	private final int number;

	private final Map<String, String> values;

	private final ImportErrors errors;

	private boolean valid = true;

	ImportRow(ImportSheet sheet, String sheetName, int number, Map<String, String> values, ImportErrors errors) {
		this.sheet = sheet;
		this.sheetName = sheetName;
		this.number = number;
		this.values = values;
		this.errors = errors;
	}

	/** @return the row number as Excel shows it */
	public int number() {
		return this.number;
	}

	public String sheetName() {
		return this.sheetName;
	}

	/** @return whether no problem has been recorded for this row */
	public boolean isValid() {
		return this.valid;
	}

	/** Records a problem with this row, beside the given column (or the row as a whole when {@code null}). */
	public void reject(String columnId, String messageKey, Object... args) {
		this.valid = false;
		this.errors.add(this.sheetName, this.number, columnId == null ? null : this.sheet.header(columnId), messageKey,
				args);
	}

	/** @return the cell's text, trimmed, or {@code null} when blank (no check) */
	public String raw(String columnId) {
		String value = this.values.get(columnId);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** @return the text, at most {@code maxLength} characters; required when the column is */
	public String text(String columnId, int maxLength) {
		String value = present(columnId);
		if (value == null) {
			return null;
		}
		if (value.length() > maxLength) {
			reject(columnId, "excel.cell.too-long", String.valueOf(maxLength));
			return null;
		}
		return value;
	}

	/** @return the text when it matches the pattern and has at most {@code maxLength} characters */
	public String text(String columnId, int maxLength, Pattern pattern) {
		String value = text(columnId, maxLength);
		if (value != null && !pattern.matcher(value).matches()) {
			reject(columnId, "excel.cell.format");
			return null;
		}
		return value;
	}

	/** @return the whole number, between {@code min} and {@code max} */
	public Integer integer(String columnId, int min, int max) {
		String value = present(columnId);
		if (value == null) {
			return null;
		}
		BigDecimal number = parse(value);
		if (number == null || number.stripTrailingZeros().scale() > 0) {
			reject(columnId, "excel.cell.not-integer");
			return null;
		}
		if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
			reject(columnId, "excel.cell.out-of-range", String.valueOf(min), String.valueOf(max));
			return null;
		}
		return number.intValueExact();
	}

	/** @return the number, between {@code min} and {@code max}, rounded to {@code scale} decimals */
	public BigDecimal decimal(String columnId, BigDecimal min, BigDecimal max, int scale) {
		String value = present(columnId);
		if (value == null) {
			return null;
		}
		BigDecimal number = parse(value);
		if (number == null) {
			reject(columnId, "excel.cell.not-number");
			return null;
		}
		if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
			reject(columnId, "excel.cell.out-of-range", min.toPlainString(), max.toPlainString());
			return null;
		}
		return number.setScale(scale, RoundingMode.HALF_UP);
	}

	/** @return the value whose label (one of the map's keys) the cell holds */
	public <E> E choice(String columnId, Map<String, E> labels) {
		String value = present(columnId);
		if (value == null) {
			return null;
		}
		E choice = labels.get(value);
		if (choice == null) {
			reject(columnId, "excel.cell.not-allowed", String.join("、", labels.keySet()));
		}
		return choice;
	}

	/** @return the cell's items, split at 、 , ; or line breaks; empty when blank */
	public List<String> list(String columnId) {
		String value = present(columnId);
		if (value == null) {
			return List.of();
		}
		List<String> items = new ArrayList<>();
		Arrays.stream(LIST_SEPARATORS.split(value)).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
		return items;
	}

	private String present(String columnId) {
		if (ErrorCell.VALUE.equals(this.values.get(columnId))) {
			reject(columnId, "excel.cell.error");
			return null;
		}
		String value = raw(columnId);
		if (value == null && this.sheet.column(columnId).map(ImportColumn::required).orElse(false)) {
			reject(columnId, "excel.cell.required");
		}
		return value;
	}

	private static BigDecimal parse(String value) {
		try {
			return new BigDecimal(value.replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Marks a cell that holds an Excel error value (#N/A, #REF! ...). */
	static final class ErrorCell {

		static final String VALUE = "\u0000#error";

		private ErrorCell() {
		}
	}
}
