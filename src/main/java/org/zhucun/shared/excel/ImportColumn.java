package org.zhucun.shared.excel;

/**
 * A column of an imported sheet, found by its header text. A required column must be in the header row and filled
 * in every row; the help text and the example value go into the downloadable template.
 * @param id the name the code uses for the column
 * @param header the header text in the file
 * @param required whether the column must be present and every row must have a value in it
 * @param help what the column holds and which values are allowed, for the template's explanation sheet
 * @param example the value of the template's example row, or {@code null}
 */
public record ImportColumn(String id, String header, boolean required, String help, Object example) {
}
