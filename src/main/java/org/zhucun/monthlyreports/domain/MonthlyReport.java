package org.zhucun.monthlyreports.domain;

import org.zhucun.monthlyreports.ReportState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.zhucun.shared.domain.BaseEntity;

/**
 * One aid unit's report for one month (DOMAIN §9): its state, its due date, the figures pre-filled from the records
 * (as JSON, refreshed while the unit edits it) and the written sections. Every change goes through a transition that
 * {@link ReportRules} checks; a submission is frozen apart, in the report's submissions.
 */
@Entity
@Table(name = "monthly_report")
@Audited
public class MonthlyReport extends BaseEntity {

	/** Longest text of the work done. */
	public static final int WORK_DONE_MAX = 2000;

	/** Longest text of each other written section. */
	public static final int SECTION_MAX = 1000;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "month", nullable = false, updatable = false)
	private LocalDate month;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportState state;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@NotAudited
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "facts", nullable = false, columnDefinition = "jsonb")
	private String facts;

	@NotAudited
	@Column(name = "facts_at", nullable = false)
	private Instant factsAt;

	@Column(name = "work_done", nullable = false)
	private String workDone = "";

	@Column(nullable = false)
	private String problems = "";

	@Column(name = "help_needed", nullable = false)
	private String helpNeeded = "";

	@Column(name = "next_plan", nullable = false)
	private String nextPlan = "";

	@Column(nullable = false)
	private int submissions;

	@NotAudited
	@Column(name = "first_submitted_at")
	private Instant firstSubmittedAt;

	@NotAudited
	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(nullable = false)
	private boolean late;

	@NotAudited
	@Column(name = "decided_at")
	private Instant decidedAt;

	/** For persistence frameworks only. */
	protected MonthlyReport() {
	}

	/** Starts the unit's draft for the month with the figures of the records. */
	public MonthlyReport(ReportActor actor, Long unitId, YearMonth month, LocalDate dueDate, String facts, Instant at) {
		this.state = ReportRules.check(actor, ReportAction.DRAFT, null);
		this.unitId = unitId;
		this.month = month.atDay(1);
		this.dueDate = dueDate;
		this.facts = facts;
		this.factsAt = at;
	}

	/** Saves the written sections (lengths are the form's to check). */
	public void write(ReportActor actor, String workDone, String problems, String helpNeeded, String nextPlan) {
		ReportRules.check(actor, ReportAction.EDIT, this.state);
		this.workDone = text(workDone);
		this.problems = text(problems);
		this.helpNeeded = text(helpNeeded);
		this.nextPlan = text(nextPlan);
	}

	/** Replaces the figures with those of the records now. */
	public void refresh(ReportActor actor, String facts, Instant at) {
		ReportRules.check(actor, ReportAction.EDIT, this.state);
		this.facts = facts;
		this.factsAt = at;
	}

	/**
	 * Submits the report: late when after the due day, and then late for ever.
	 * @return the number of this submission, 1 for the first
	 */
	public int submit(ReportActor actor, Instant at) {
		this.state = ReportRules.check(actor, ReportAction.SUBMIT, this.state);
		this.submissions++;
		if (this.firstSubmittedAt == null) {
			this.firstSubmittedAt = at;
		}
		this.submittedAt = at;
		this.late = this.late || ReportRules.late(at, this.dueDate);
		this.decidedAt = null;
		return this.submissions;
	}

	/** The office accepts the report; it is locked. */
	public void accept(ReportActor actor, Instant at) {
		this.state = ReportRules.check(actor, ReportAction.ACCEPT, this.state);
		this.decidedAt = at;
	}

	/** The office returns the report to the unit; the comment is the service's to require. */
	public void sendBack(ReportActor actor, Instant at) {
		this.state = ReportRules.check(actor, ReportAction.RETURN, this.state);
		this.decidedAt = at;
	}

	/** The office reopens an accepted report; it goes back to the unit as returned. */
	public void reopen(ReportActor actor, Instant at) {
		this.state = ReportRules.check(actor, ReportAction.REOPEN, this.state);
		this.decidedAt = at;
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public YearMonth getMonth() {
		return YearMonth.from(this.month);
	}

	public ReportState getState() {
		return this.state;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public String getFacts() {
		return this.facts;
	}

	public Instant getFactsAt() {
		return this.factsAt;
	}

	public String getWorkDone() {
		return this.workDone;
	}

	public String getProblems() {
		return this.problems;
	}

	public String getHelpNeeded() {
		return this.helpNeeded;
	}

	public String getNextPlan() {
		return this.nextPlan;
	}

	public int getSubmissions() {
		return this.submissions;
	}

	public Instant getFirstSubmittedAt() {
		return this.firstSubmittedAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public boolean isLate() {
		return this.late;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}
}
