package org.zhucun.unitduties.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.zhucun.shared.web.FormChecks;
import org.zhucun.unitduties.CareCommand;
import org.zhucun.unitduties.domain.CareKind;

/** A record of care: the kind, the cadre, the day, what was provided or brought (or a note), and who visited. */
public class CareForm implements FormChecks {

	@NotNull
	private CareKind kind;

	@NotNull
	private Long cadreId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	@Size(max = 200)
	private String what;

	@Size(max = 100)
	private String by;

	static CareForm of(LocalDate today) {
		CareForm form = new CareForm();
		form.kind = CareKind.FAMILY_VISIT;
		form.day = today;
		return form;
	}

	CareCommand toCommand(Long unitId) {
		return new CareCommand(unitId, this.kind, this.cadreId, this.day, this.what, this.by);
	}

	@Override
	public void check(Errors errors) {
		if (this.kind != null && this.kind != CareKind.HEALTH_CHECK && (this.what == null || this.what.isBlank())
				&& !errors.hasFieldErrors("what")) {
			errors.rejectValue("what", "unitduties.care.what-required");
		}
		if (this.kind == CareKind.FAMILY_VISIT && (this.by == null || this.by.isBlank()) && !errors.hasFieldErrors("by")) {
			errors.rejectValue("by", "unitduties.care.by-required");
		}
	}

	public CareKind getKind() {
		return this.kind;
	}

	public void setKind(CareKind kind) {
		this.kind = kind;
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public void setCadreId(Long cadreId) {
		this.cadreId = cadreId;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public String getWhat() {
		return this.what;
	}

	public void setWhat(String what) {
		this.what = what;
	}

	public String getBy() {
		return this.by;
	}

	public void setBy(String by) {
		this.by = by;
	}
}
