package org.zhucun.monthlyreports.web;

import jakarta.validation.constraints.Size;

import org.zhucun.monthlyreports.ReportContent.Texts;
import org.zhucun.monthlyreports.ReportView;
import org.zhucun.monthlyreports.domain.MonthlyReport;

/** The unit's written sections of a report, with the version it was edited on. */
public class ReportForm {

	private long version;

	@Size(max = MonthlyReport.WORK_DONE_MAX)
	private String workDone = "";

	@Size(max = MonthlyReport.SECTION_MAX)
	private String problems = "";

	@Size(max = MonthlyReport.SECTION_MAX)
	private String helpNeeded = "";

	@Size(max = MonthlyReport.SECTION_MAX)
	private String nextPlan = "";

	static ReportForm from(ReportView view) {
		ReportForm form = new ReportForm();
		form.version = view.version();
		Texts texts = view.content().texts();
		form.workDone = texts.workDone();
		form.problems = texts.problems();
		form.helpNeeded = texts.helpNeeded();
		form.nextPlan = texts.nextPlan();
		return form;
	}

	Texts toTexts() {
		return new Texts(this.workDone, this.problems, this.helpNeeded, this.nextPlan);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getWorkDone() {
		return this.workDone;
	}

	public void setWorkDone(String workDone) {
		this.workDone = workDone;
	}

	public String getProblems() {
		return this.problems;
	}

	public void setProblems(String problems) {
		this.problems = problems;
	}

	public String getHelpNeeded() {
		return this.helpNeeded;
	}

	public void setHelpNeeded(String helpNeeded) {
		this.helpNeeded = helpNeeded;
	}

	public String getNextPlan() {
		return this.nextPlan;
	}

	public void setNextPlan(String nextPlan) {
		this.nextPlan = nextPlan;
	}
}
