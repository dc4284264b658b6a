package org.zhucun.unitduties.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import org.zhucun.unitduties.MeetingCommand;

/** The quarterly meeting form: date, chair, attendees, whether the team reported, topics, decisions, solutions, files. */
public class MeetingForm {

	@NotNull
	private Long unitId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@NotNull
	private Long chairId;

	@NotBlank
	@Size(max = 1000)
	private String attendees;

	private boolean teamReported;

	@NotBlank
	@Size(max = 2000)
	private String topics;

	@Size(max = 2000)
	private String decisions;

	@Size(max = 2000)
	private String solved;

	private List<MultipartFile> files = new ArrayList<>();

	static MeetingForm of(Long unitId, LocalDate today) {
		MeetingForm form = new MeetingForm();
		form.unitId = unitId;
		form.heldOn = today;
		form.teamReported = true;
		return form;
	}

	MeetingCommand toCommand() {
		return new MeetingCommand(this.unitId, this.heldOn, this.chairId, this.attendees, this.teamReported,
				this.topics, this.decisions, this.solved);
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public Long getChairId() {
		return this.chairId;
	}

	public void setChairId(Long chairId) {
		this.chairId = chairId;
	}

	public String getAttendees() {
		return this.attendees;
	}

	public void setAttendees(String attendees) {
		this.attendees = attendees;
	}

	public boolean isTeamReported() {
		return this.teamReported;
	}

	public void setTeamReported(boolean teamReported) {
		this.teamReported = teamReported;
	}

	public String getTopics() {
		return this.topics;
	}

	public void setTopics(String topics) {
		this.topics = topics;
	}

	public String getDecisions() {
		return this.decisions;
	}

	public void setDecisions(String decisions) {
		this.decisions = decisions;
	}

	public String getSolved() {
		return this.solved;
	}

	public void setSolved(String solved) {
		this.solved = solved;
	}

	public List<MultipartFile> getFiles() {
		return this.files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}
}
