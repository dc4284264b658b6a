package org.zhucun.oversight.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** What the office's forms about a unit, a team or a cadre share: whom the record is about, and its files. */
public abstract class SubjectForm {

	private Long unitId;

	private Long teamId;

	private Long cadreId;

	private List<MultipartFile> files = new ArrayList<>();

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public void setCadreId(Long cadreId) {
		this.cadreId = cadreId;
	}

	public List<MultipartFile> getFiles() {
		return this.files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}
}
