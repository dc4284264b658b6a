package org.zhucun.organization.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.zhucun.organization.ContactPhones;
import org.zhucun.organization.Gender;
import org.zhucun.organization.LeaderCommand;
import org.zhucun.organization.UnitCommand;
import org.zhucun.organization.UnitKind;
import org.zhucun.organization.UnitView;

/**
 * The aid-unit form: the unit's details, all its leadership members as rows (new empty rows are ignored), and,
 * for the office, its linked villages.
 */
public class UnitForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotNull
	private UnitKind kind;

	@Pattern(regexp = ContactPhones.PATTERN)
	private String phone;

	@Size(max = 200)
	private String address;

	@Valid
	private List<LeaderRow> leaders = new ArrayList<>();

	private Set<Long> villageIds = new LinkedHashSet<>();

	private long version;

	/** An empty form with one row for the principal. */
	static UnitForm empty() {
		UnitForm form = new UnitForm();
		LeaderRow first = new LeaderRow();
		first.setPrincipal(true);
		form.leaders.add(first);
		return form;
	}

	static UnitForm from(UnitView unit) {
		UnitForm form = new UnitForm();
		form.name = unit.name();
		form.kind = unit.kind();
		form.phone = unit.phone();
		form.address = unit.address();
		unit.leaders().forEach(l -> form.leaders.add(LeaderRow.of(l.id(), l.name(), l.gender(), l.position(),
				l.phone(), l.principal(), l.active())));
		form.villageIds = new LinkedHashSet<>(unit.villageIds());
		form.version = unit.version();
		return form;
	}

	/** Adds an empty row (the "add a row" button, which works without JavaScript). */
	void addRow() {
		this.leaders.add(new LeaderRow());
	}

	/**
	 * Rules across the rows: a kept row has a name and a position; at least one active member; exactly one
	 * principal among the active members, and no inactive principal (messages beside the leaders table).
	 */
	void validate(Errors errors) {
		int active = 0;
		int principals = 0;
		boolean inactivePrincipal = false;
		for (int i = 0; i < this.leaders.size(); i++) {
			LeaderRow row = this.leaders.get(i);
			if (row.isBlank()) {
				continue;
			}
			if (row.getName() == null && !errors.hasFieldErrors("leaders[" + i + "].name")) {
				errors.rejectValue("leaders[" + i + "].name", "NotBlank");
			}
			if (row.getPosition() == null && !errors.hasFieldErrors("leaders[" + i + "].position")) {
				errors.rejectValue("leaders[" + i + "].position", "NotBlank");
			}
			if (row.isActive()) {
				active++;
				principals += row.isPrincipal() ? 1 : 0;
			}
			else if (row.isPrincipal()) {
				inactivePrincipal = true;
			}
		}
		if (active == 0) {
			errors.rejectValue("leaders", "unit.leaders.none");
		}
		else if (inactivePrincipal) {
			errors.rejectValue("leaders", "unit.leaders.inactive-principal");
		}
		else if (principals != 1) {
			errors.rejectValue("leaders", "unit.leaders.one-principal");
		}
	}

	UnitCommand toCommand() {
		List<LeaderCommand> rows = this.leaders.stream()
			.filter(r -> !r.isBlank())
			.map(r -> new LeaderCommand(r.getId(), r.getName(), r.getGender(), r.getPosition(), r.getPhone(),
					r.isPrincipal(), r.isActive()))
			.toList();
		return new UnitCommand(this.name, this.kind, this.phone, this.address, rows, this.villageIds, this.version);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UnitKind getKind() {
		return this.kind;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public List<LeaderRow> getLeaders() {
		return this.leaders;
	}

	public void setLeaders(List<LeaderRow> leaders) {
		this.leaders = leaders;
	}

	public Set<Long> getVillageIds() {
		return this.villageIds;
	}

	public void setVillageIds(Set<Long> villageIds) {
		this.villageIds = villageIds;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/** One leadership member row of the form. */
	public static class LeaderRow extends PersonFields {

		private Long id;

		private boolean principal;

		private boolean active = true;

		static LeaderRow of(Long id, String name, Gender gender, String position, String phone, boolean principal,
				boolean active) {
			LeaderRow row = new LeaderRow();
			row.id = id;
			row.fill(name, gender, position, phone);
			row.principal = principal;
			row.active = active;
			return row;
		}

		/** @return whether this is a new row left empty (ignored when saving) */
		boolean isBlank() {
			return this.id == null && getName() == null && getPosition() == null && getPhone() == null
					&& getGender() == null && !this.principal;
		}

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public boolean isPrincipal() {
			return this.principal;
		}

		public void setPrincipal(boolean principal) {
			this.principal = principal;
		}

		public boolean isActive() {
			return this.active;
		}

		public void setActive(boolean active) {
			this.active = active;
		}
	}
}
