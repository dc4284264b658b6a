package org.zhucun.leave;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.leave.domain.LeaveType;
import org.zhucun.shared.excel.DownloadTarget;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.XlsxWriter;

/**
 * The yearly leave totals as an .xlsx file, as the page lists them with its filters (every cadre, not one page): the
 * approved days by type, the total and the recall review mark. The rows passed in were read within the scope.
 */
@Component
public class LeaveTotalsExcel {

	private final ExcelTexts labels;

	LeaveTotalsExcel(ExcelTexts labels) {
		this.labels = labels;
	}

	/** @return the file name, as in 干部年度请假天数-2026.xlsx */
	public String fileName(Year year) {
		return get("leave.totals.excel.file", String.valueOf(year.getValue()));
	}

	/**
	 * @param filters the page's filters as a line of text ({@link #filters})
	 */
	public void write(List<LeaveTotalRow> rows, String filters, DownloadTarget target) {
		List<String> headers = new ArrayList<>(List.of(get("leave.field.cadre"), get("leave.field.unit")));
		for (LeaveType type : LeaveType.values()) {
			headers.add(get("leave.type." + type.name()));
		}
		headers.addAll(List.of(get("leave.field.total"), get("leave.recall-review")));
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			writer.sheet(get("leave.totals.title"), get("leave.totals.title"), filters, headers);
			for (LeaveTotalRow row : rows) {
				List<Object> cells = new ArrayList<>(List.of(row.cadreName(), row.unitName()));
				for (LeaveType type : LeaveType.values()) {
					cells.add(row.byType().get(type));
				}
				cells.add(row.total());
				cells.add(row.recallReview() ? this.labels.yesNo(true) : "");
				writer.row(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the filters as a line: 年度：2026；镇（街道）：克井镇；帮扶单位：… */
	public String filters(Year year, String townName, String unitName) {
		List<String> parts = new ArrayList<>(
				List.of(get("leave.totals.excel.filter", get("leave.field.year"), String.valueOf(year.getValue()))));
		if (townName != null) {
			parts.add(get("leave.totals.excel.filter", get("leave.field.town"), townName));
		}
		if (unitName != null) {
			parts.add(get("leave.totals.excel.filter", get("leave.field.unit"), unitName));
		}
		return String.join(get("leave.totals.excel.separator"), parts);
	}

	private String get(String key, Object... args) {
		return this.labels.get(key, args);
	}
}
