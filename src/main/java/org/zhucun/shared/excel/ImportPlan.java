package org.zhucun.shared.excel;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import would do (its preview) or did: either the row errors (nothing written), or how many records are
 * created, updated and left unchanged, with the first {@value #SHOWN} lines for the preview page.
 * @param result the row errors, or the number of rows
 * @param created how many records the file creates
 * @param updated how many existing records (found by the import's key) it changes
 * @param unchanged how many existing records it names without changing them
 * @param lines the first lines of the plan
 */
public record ImportPlan(ImportResult result, int created, int updated, int unchanged, List<Line> lines) {

	/** How many lines of the plan a preview shows. */
	public static final int SHOWN = 200;

	public ImportPlan {
		lines = List.copyOf(lines);
	}

	/** What an import does with a record of the file. */
	public enum Action {
		CREATE, UPDATE, UNCHANGED
	}

	/**
	 * One record of the file: where it is, its key as written (e.g. 克井镇 / 南社村), a few words on it and what the
	 * import does with it.
	 */
	public record Line(String sheet, int row, String key, String detail, Action action) {
	}

	/** @return the plan of a file with row errors: nothing is written */
	public static ImportPlan rejected(ImportErrors errors) {
		return new ImportPlan(ImportResult.rejected(errors), 0, 0, 0, List.of());
	}

	/** @return the plan of a file without errors, counting the lines' actions */
	public static ImportPlan of(List<Line> all) {
		int[] counts = new int[Action.values().length];
		List<Line> shown = new ArrayList<>();
		for (Line line : all) {
			counts[line.action().ordinal()]++;
			if (shown.size() < SHOWN) {
				shown.add(line);
			}
		}
		return new ImportPlan(ImportResult.imported(all.size()), counts[Action.CREATE.ordinal()],
				counts[Action.UPDATE.ordinal()], counts[Action.UNCHANGED.ordinal()], shown);
	}

	public boolean succeeded() {
		return this.result.succeeded();
	}

	/** @return how many records the file names */
	public int rows() {
		return this.created + this.updated + this.unchanged;
	}

	/** @return whether the lines come from more than one sheet (the page then shows the sheet) */
	public boolean severalSheets() {
		return this.lines.stream().map(Line::sheet).distinct().count() > 1;
	}
}
