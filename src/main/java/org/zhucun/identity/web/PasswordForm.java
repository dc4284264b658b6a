package org.zhucun.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The change-own-password form. */
class PasswordForm {

	@NotBlank
	@Size(max = 72)
	private String currentPassword;

	@NotBlank
	@Size(max = 72)
	private String newPassword;

	@NotBlank
	@Size(max = 72)
	private String repeatPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getRepeatPassword() {
		return this.repeatPassword;
	}

	public void setRepeatPassword(String repeatPassword) {
		this.repeatPassword = repeatPassword;
	}
}
