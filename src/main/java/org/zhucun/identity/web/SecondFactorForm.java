package org.zhucun.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The code of the second-factor step: six digits from the app, or a recovery code. */
class SecondFactorForm {

	@NotBlank
	@Size(max = 20)
	private String code;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}
}
