package org.zhucun.attendance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.excel.DownloadTarget;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.XlsxWriter;
import org.zhucun.shared.web.Formats;

/**
 * The list of spot checks as an .xlsx file, as the page lists it with its filters (every row, not one page), newest
 * first. The list passed in has been read within the account's scope already.
 */
@Component
public class SpotCheckExcel {

	private final ExcelTexts labels;

	private final Formats formats;

	SpotCheckExcel(ExcelTexts labels, Formats formats) {
		this.labels = labels;
		this.formats = formats;
	}

	/** @return the file name, as in 抽查记录-2026-10.xlsx */
	public String fileName(SpotCheckFilter filter) {
		return get("spotchecks.excel.file", filter.month().toString());
	}

	/**
	 * Writes the checks to the target, opened only now.
	 * @param filters the filters as the page names them (the month first)
	 */
	public void write(SpotCheckList list, String filters, DownloadTarget target) {
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			writer.sheet(get("spotchecks.list.title"), get("spotchecks.list.title"), filters,
					List.of(get("spotchecks.field.checked-at"), get("spotchecks.field.cadre"),
							get("spotchecks.field.village"), get("spotchecks.field.town"),
							get("spotchecks.field.method"), get("spotchecks.field.result"),
							get("spotchecks.field.declared"), get("spotchecks.field.discrepancy"),
							get("spotchecks.field.checked-by")));
			for (SpotCheckRow r : list.page().getContent()) {
				writer.row(this.formats.dateTime(r.checkedAt()), r.cadreName(), r.villageName(), r.townName(),
						get(r.method().labelKey()),
						get(r.foundPresent() ? "spotchecks.result.present" : "spotchecks.result.absent"),
						get(r.declared() != null ? r.declared().labelKey() : "attendance.status.NONE"),
						r.isDiscrepancy() ? get("spotchecks.discrepancy") : "", r.checkedBy());
			}
			writer.row(get("spotchecks.list.discrepancy-count", filters, list.discrepancies(),
					list.page().getTotalElements()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the filters as a line of text: 2026-10；镇（街道）：克井镇；方式：电话抽查… (全部 when none) */
	public String filters(SpotCheckFilter filter, String townName) {
		List<String> parts = new ArrayList<>(List.of(filter.month().toString()));
		if (townName != null) {
			parts.add(get("overview.excel.filter", get("spotchecks.field.town"), townName));
		}
		if (filter.method() != null) {
			parts.add(get("overview.excel.filter", get("spotchecks.field.method"), get(filter.method().labelKey())));
		}
		if (filter.foundPresent() != null) {
			parts.add(get("overview.excel.filter", get("spotchecks.field.result"),
					get(filter.foundPresent() ? "spotchecks.result.present" : "spotchecks.result.absent")));
		}
		if (filter.discrepanciesOnly()) {
			parts.add(get("spotchecks.field.discrepancies-only"));
		}
		return String.join(get("sheets.missed.separator"), parts);
	}

	private String get(String key, Object... args) {
		return this.labels.get(key, args);
	}
}
