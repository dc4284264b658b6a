package org.zhucun.shared.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Collects the row errors of one import; keeps the first {@value #KEPT} for the report and counts them all. */
public final class ImportErrors {

	/** How many errors are kept for the report; a file with more shows the first ones and the total. */
	public static final int KEPT = 500;

	private final List<RowError> errors = new ArrayList<>();

	private int total;

	public void add(String sheet, int row, String column, String messageKey, Object... args) {
		this.total++;
		if (this.errors.size() < KEPT) {
			this.errors.add(new RowError(sheet, row, column, messageKey, args));
		}
	}

	public boolean isEmpty() {
		return this.total == 0;
	}

	/** @return how many errors were found, including those not kept */
	public int total() {
		return this.total;
	}

	/** @return the kept errors by sheet (in the order the sheets were read) and row number */
	public List<RowError> list() {
		List<String> sheets = this.errors.stream().map(RowError::sheet).distinct().toList();
		List<RowError> sorted = new ArrayList<>(this.errors);
		sorted.sort(Comparator.comparingInt((RowError e) -> sheets.indexOf(e.sheet())).thenComparingInt(RowError::row));
		return Collections.unmodifiableList(sorted);
	}
}
