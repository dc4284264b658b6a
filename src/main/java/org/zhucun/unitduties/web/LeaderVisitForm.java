package org.zhucun.unitduties.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.zhucun.shared.web.FormChecks;
import org.zhucun.unitduties.VisitCommand;
import org.zhucun.unitduties.domain.LeaderVisit;

/** The leader visit form: unit, member, village, first and last day, purpose, findings, solutions and photos. */
public class LeaderVisitForm implements FormChecks {

	@NotNull
	private Long unitId;

	@NotNull
	private Long leaderId;

	@NotNull
	private Long villageId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstDay;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lastDay;

	@NotBlank
	@Size(max = LeaderVisit.PURPOSE_MAX)
	private String purpose;

	@Size(max = LeaderVisit.TEXT_MAX)
	private String findings;

	@Size(max = LeaderVisit.TEXT_MAX)
	private String solved;

	private List<MultipartFile> photos = new ArrayList<>();

	static LeaderVisitForm of(Long unitId, LocalDate today) {
		LeaderVisitForm form = new LeaderVisitForm();
		form.unitId = unitId;
		form.firstDay = today;
		form.lastDay = today;
		return form;
	}

	VisitCommand toCommand() {
		return new VisitCommand(this.unitId, this.leaderId, this.villageId, this.firstDay, this.lastDay, this.purpose,
				this.findings, this.solved);
	}

	@Override
	public void check(Errors errors) {
		if (this.firstDay != null && this.lastDay != null && this.lastDay.isBefore(this.firstDay)
				&& !errors.hasFieldErrors("lastDay")) {
			errors.rejectValue("lastDay", "unitduties.visit.last-before-first");
		}
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Long getLeaderId() {
		return this.leaderId;
	}

	public void setLeaderId(Long leaderId) {
		this.leaderId = leaderId;
	}

	public Long getVillageId() {
		return this.villageId;
	}

	public void setVillageId(Long villageId) {
		this.villageId = villageId;
	}

	public LocalDate getFirstDay() {
		return this.firstDay;
	}

	public void setFirstDay(LocalDate firstDay) {
		this.firstDay = firstDay;
	}

	public LocalDate getLastDay() {
		return this.lastDay;
	}

	public void setLastDay(LocalDate lastDay) {
		this.lastDay = lastDay;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getFindings() {
		return this.findings;
	}

	public void setFindings(String findings) {
		this.findings = findings;
	}

	public String getSolved() {
		return this.solved;
	}

	public void setSolved(String solved) {
		this.solved = solved;
	}

	public List<MultipartFile> getPhotos() {
		return this.photos;
	}

	public void setPhotos(List<MultipartFile> photos) {
		this.photos = photos;
	}
}
