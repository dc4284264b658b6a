package org.zhucun.shared.excel;

/**
 * The uploaded file as a whole cannot be imported (not an .xlsx, unreadable, wrong headers, empty, too many rows);
 * carries the message key shown beside the file field.
 */
public class ImportFileException extends Exception {

	private final String messageKey;

	private final transient Object[] args;

	public ImportFileException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.clone();
	}
}
