package org.zhucun.notifications.web;

/** The email address a user wants notices at; blank for none. */
public class MailForm {

	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}
}
