package org.zhucun.organization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.zhucun.shared.excel.DownloadTarget;
import org.zhucun.shared.excel.XlsxWriter;

/** The export of a list (units, villages, cadres) as filtered: one sheet, its header row, then a row per record. */
final class ListExport {

	private ListExport() {
	}

	/**
	 * Writes the rows to the target, opened only now (once the list's checks have passed).
	 *
	 * @param cells the cells of a record's row, in the headers' order
	 */
	static <T> void write(DownloadTarget target, String sheet, List<String> headers, Stream<T> rows,
			Function<T, Object[]> cells) {
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			writer.sheet(sheet, headers);
			for (T row : (Iterable<T>) rows::iterator) {
				writer.row(cells.apply(row));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
