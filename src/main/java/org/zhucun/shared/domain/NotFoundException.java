package org.zhucun.shared.domain;

/** The requested record does not exist; the user is shown the 404 page. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}
}
