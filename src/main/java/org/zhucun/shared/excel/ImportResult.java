package org.zhucun.shared.excel;

import java.util.List;

/**
 * What an import did: either every row was written ({@link #imported()} rows), or none was and {@link #errors()}
 * says why, row by row.
 * @param imported how many rows were written
 * @param errors the row errors kept for the report (empty when the import succeeded)
 * @param errorCount how many row errors were found in all
 */
public record ImportResult(int imported, List<RowError> errors, int errorCount) {

	public ImportResult {
		errors = List.copyOf(errors);
	}

	public static ImportResult imported(int rows) {
		return new ImportResult(rows, List.of(), 0);
	}

	public static ImportResult rejected(ImportErrors errors) {
		return new ImportResult(0, errors.list(), errors.total());
	}

	public boolean succeeded() {
		return this.errorCount == 0;
	}
}
