package org.zhucun.shared.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the downloadable template of an import: each sheet with its header row and example rows, then a sheet
 * that explains every column (whether required, what it holds and the allowed values).
 */
public final class XlsxTemplate {

	/**
	 * Texts of the explanation sheet, already in the file's language.
	 * @param name the sheet name
	 * @param sheetHeader header of the column naming the sheet
	 * @param columnHeader header of the column naming the column
	 * @param requiredHeader header of the required column
	 * @param helpHeader header of the explanation column
	 * @param yes the word for "required"
	 * @param no the word for "optional"
	 */
	public record HelpSheet(String name, String sheetHeader, String columnHeader, String requiredHeader,
			String helpHeader, String yes, String no) {
	}

	private XlsxTemplate() {
	}

	public static void write(OutputStream out, List<ImportSheet> sheets, HelpSheet help) throws IOException {
		try (XlsxWriter writer = new XlsxWriter(out)) {
			for (ImportSheet sheet : sheets) {
				writer.sheet(sheet.name(), sheet.headers());
				for (List<Object> example : sheet.examples()) {
					writer.row(example);
				}
			}
			writer.sheet(help.name(),
					List.of(help.sheetHeader(), help.columnHeader(), help.requiredHeader(), help.helpHeader()));
			for (ImportSheet sheet : sheets) {
				for (ImportColumn column : sheet.columns()) {
					writer.row(sheet.name(), column.header(), column.required() ? help.yes() : help.no(), column.help());
				}
			}
		}
	}
}
