package org.zhucun.shared.excel;

import java.util.List;
import java.util.Optional;

/**
 * One sheet of an import file: its name, its columns and whether it is the main sheet (the main sheet may also be
 * the first sheet under another name, and must have at least one row).
 * @param name the sheet name in the template
 * @param columns the columns, in template order
 * @param main whether this is the file's main sheet
 * @param examples the template's example rows (values in column order)
 */
public record ImportSheet(String name, List<ImportColumn> columns, boolean main, List<List<Object>> examples) {

	public ImportSheet {
		columns = List.copyOf(columns);
		examples = examples == null ? List.of() : examples;
	}

	/** A main sheet whose single example row is taken from the columns' example values. */
	public static ImportSheet main(String name, List<ImportColumn> columns) {
		return new ImportSheet(name, columns, true,
				List.of(columns.stream().map(c -> c.example() == null ? "" : c.example()).toList()));
	}

	public Optional<ImportColumn> column(String id) {
		return this.columns.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/** @return the header of a column, for error messages that name it */
	public String header(String id) {
		return column(id).map(ImportColumn::header).orElse(id);
	}

	public List<String> headers() {
		return this.columns.stream().map(ImportColumn::header).toList();
	}
}
