package org.zhucun.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.zhucun.identity.AccountCommand;
import org.zhucun.identity.AccountView;
import org.zhucun.identity.Role;

/** The administrator's account form: display name, role and the scope the role needs; the version when editing. */
class AccountAdminForm {

	private String username;

	@NotBlank
	@Size(max = 50)
	private String displayName;

	@NotNull
	private Role role;

	private Long townId;

	private Long unitId;

	private Long cadreId;

	private long version;

	static AccountAdminForm from(AccountView account) {
		AccountAdminForm form = new AccountAdminForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.role = account.role();
		form.townId = account.townId();
		form.unitId = account.unitId();
		form.cadreId = account.cadreId();
		form.version = account.version();
		return form;
	}

	AccountCommand toCommand() {
		return new AccountCommand(this.username == null ? null : this.username.trim(), this.displayName.trim(),
				this.role, this.townId, this.unitId, this.cadreId);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getTownId() {
		return this.townId;
	}

	public void setTownId(Long townId) {
		this.townId = townId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public void setCadreId(Long cadreId) {
		this.cadreId = cadreId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
