package org.zhucun.organization.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.zhucun.organization.TownCommand;
import org.zhucun.organization.TownView;

/** The town form: name and display order; the version of the town it was opened on. */
public class TownForm {

	@NotBlank
	@Size(max = 50)
	private String name;

	@NotNull
	@Min(0)
	@Max(9999)
	private Integer sortOrder = 0;

	private long version;

	static TownForm from(TownView town) {
		TownForm form = new TownForm();
		form.name = town.name();
		form.sortOrder = town.sortOrder();
		form.version = town.version();
		return form;
	}

	TownCommand toCommand() {
		return new TownCommand(this.name, this.sortOrder, this.version);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
