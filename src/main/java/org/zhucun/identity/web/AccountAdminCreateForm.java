package org.zhucun.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhucun.identity.PasswordPolicy;

/** The new-account form: the edit form plus the user name and the initial password the user must change. */
class AccountAdminCreateForm extends AccountAdminForm {

	@NotBlank
	@Size(max = PasswordPolicy.MAX_LENGTH)
	private String initialPassword;

	@NotBlank
	@Size(max = PasswordPolicy.MAX_LENGTH)
	private String repeatPassword;

	@Override
	@NotBlank
	@Size(min = 3, max = 50)
	@Pattern(regexp = "[A-Za-z0-9._-]*")
	public String getUsername() {
		return super.getUsername();
	}

	public String getInitialPassword() {
		return this.initialPassword;
	}

	public void setInitialPassword(String initialPassword) {
		this.initialPassword = initialPassword;
	}

	public String getRepeatPassword() {
		return this.repeatPassword;
	}

	public void setRepeatPassword(String repeatPassword) {
		this.repeatPassword = repeatPassword;
	}
}
