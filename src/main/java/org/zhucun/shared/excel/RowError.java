package org.zhucun.shared.excel;

/**
 * A problem with one row of an imported file.
 * @param sheet the sheet name
 * @param row the row number as Excel shows it (the header is row 1)
 * @param column the header of the column at fault, or {@code null} for the row as a whole
 * @param messageKey the message key explaining the problem
 * @param args the message arguments
 */
public record RowError(String sheet, int row, String column, String messageKey, Object[] args) {

	public RowError {
		args = args == null ? new Object[0] : args.clone();
	}

	@Override
	public Object[] args() {
		return this.args.clone();
	}
}
