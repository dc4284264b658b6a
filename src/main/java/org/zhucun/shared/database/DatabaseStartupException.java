package org.zhucun.shared.database;

/** The application cannot start on its database; the message is the whole explanation for the operator. */
public class DatabaseStartupException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	DatabaseStartupException(String message) {
		super(message);
	}

	DatabaseStartupException(String message, Throwable cause) {
		super(message, cause);
	}
}
