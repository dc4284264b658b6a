package org.zhucun.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.zhucun.identity.PasswordPolicy;

/** The administrator's password reset: a new password, typed twice, that the user must change at the next sign-in. */
class AccountAdminPasswordForm {

	@NotBlank
	@Size(max = PasswordPolicy.MAX_LENGTH)
	private String newPassword;

	@NotBlank
	@Size(max = PasswordPolicy.MAX_LENGTH)
	private String repeatPassword;

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
