package org.zhucun.shared.domain;

/** Someone else changed the record since the form was opened; the user is shown the 409 page. */
public class StaleEditException extends RuntimeException {

	public StaleEditException() {
		super("The record was changed by someone else");
	}
}
