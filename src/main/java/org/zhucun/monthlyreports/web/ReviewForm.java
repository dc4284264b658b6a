package org.zhucun.monthlyreports.web;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.zhucun.monthlyreports.Section;

/** The office's review: the overall comment (required to return or reopen) and a comment per section. */
public class ReviewForm {

	private long version;

	@Size(max = 1000)
	private String comment = "";

	@Size(max = 1000)
	private String leaderVisitsComment = "";

	@Size(max = 1000)
	private String attendanceComment = "";

	@Size(max = 1000)
	private String householdsComment = "";

	@Size(max = 1000)
	private String purchasesComment = "";

	@Size(max = 1000)
	private String workDoneComment = "";

	@Size(max = 1000)
	private String problemsComment = "";

	@Size(max = 1000)
	private String helpNeededComment = "";

	@Size(max = 1000)
	private String nextPlanComment = "";

	Map<Section, String> sectionComments() {
		Map<Section, String> map = new EnumMap<>(Section.class);
		map.put(Section.LEADER_VISITS, this.leaderVisitsComment);
		map.put(Section.ATTENDANCE, this.attendanceComment);
		map.put(Section.HOUSEHOLDS, this.householdsComment);
		map.put(Section.PURCHASES, this.purchasesComment);
		map.put(Section.WORK_DONE, this.workDoneComment);
		map.put(Section.PROBLEMS, this.problemsComment);
		map.put(Section.HELP_NEEDED, this.helpNeededComment);
		map.put(Section.NEXT_PLAN, this.nextPlanComment);
		return map;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getAttendanceComment() {
		return this.attendanceComment;
	}

	public void setAttendanceComment(String attendanceComment) {
		this.attendanceComment = attendanceComment;
	}

	public String getWorkDoneComment() {
		return this.workDoneComment;
	}

	public void setWorkDoneComment(String workDoneComment) {
		this.workDoneComment = workDoneComment;
	}

	public String getProblemsComment() {
		return this.problemsComment;
	}

	public void setProblemsComment(String problemsComment) {
		this.problemsComment = problemsComment;
	}

	public String getHelpNeededComment() {
		return this.helpNeededComment;
	}

	public void setHelpNeededComment(String helpNeededComment) {
		this.helpNeededComment = helpNeededComment;
	}

	public String getNextPlanComment() {
		return this.nextPlanComment;
	}

	public void setNextPlanComment(String nextPlanComment) {
		this.nextPlanComment = nextPlanComment;
	}

	public String getLeaderVisitsComment() {
		return this.leaderVisitsComment;
	}

	public void setLeaderVisitsComment(String leaderVisitsComment) {
		this.leaderVisitsComment = leaderVisitsComment;
	}

	public String getHouseholdsComment() {
		return this.householdsComment;
	}

	public void setHouseholdsComment(String householdsComment) {
		this.householdsComment = householdsComment;
	}

	public String getPurchasesComment() {
		return this.purchasesComment;
	}

	public void setPurchasesComment(String purchasesComment) {
		this.purchasesComment = purchasesComment;
	}
}
