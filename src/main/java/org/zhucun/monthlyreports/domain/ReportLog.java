package org.zhucun.monthlyreports.domain;

import org.zhucun.monthlyreports.ReportState;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** A report's frozen submissions, the office's comments per section, and every transition. */
@Repository
public class ReportLog {

	/** One frozen submission. */
	public record Submission(int number, String content, Instant submittedAt, String submittedBy, boolean late) {
	}

	/** One comment of the office on a section of a submission. */
	public record Comment(int submission, String section, String comment, String authorName, Instant at) {
	}

	/** One transition. */
	public record Event(String action, String fromState, String toState, String actorName, String reason,
			Instant at) {
	}

	private final JdbcTemplate jdbc;

	public ReportLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void submission(long reportId, int number, String content, Instant at, String by, boolean late) {
		this.jdbc.update("""
				insert into monthly_report_submission (report_id, number, content, submitted_at, submitted_by, late)
				values (?, ?, ?::jsonb, ?, ?, ?)""", reportId, number, content, Timestamp.from(at), by, late);
	}

	/** @return the submission, if it was made */
	public Optional<Submission> submission(long reportId, int number) {
		return this.jdbc.query("""
				select number, content::text, submitted_at, submitted_by, late from monthly_report_submission
				where report_id = ? and number = ?""",
				(rs, n) -> new Submission(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
						rs.getString(4), rs.getBoolean(5)),
				reportId, number).stream().findFirst();
	}

	public void comment(long reportId, int submission, String section, String comment, String author,
			String authorName, Instant at) {
		this.jdbc.update("""
				insert into monthly_report_comment (report_id, submission, section, comment, author, author_name, at)
				values (?, ?, ?, ?, ?, ?, ?)""", reportId, submission, section, comment, author, authorName,
				Timestamp.from(at));
	}

	/** @return the report's comments, oldest first */
	public List<Comment> comments(long reportId) {
		return this.jdbc.query("""
				select submission, section, comment, author_name, at from monthly_report_comment
				where report_id = ? order by submission, id""",
				(rs, n) -> new Comment(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant()),
				reportId);
	}

	public void event(long reportId, ReportAction action, ReportState from, ReportState to, String actor,
			String actorName, String reason, Instant at) {
		this.jdbc.update("""
				insert into monthly_report_event (report_id, action, from_state, to_state, actor, actor_name, reason, at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", reportId, action.name(), from == null ? null : from.name(),
				to.name(), actor, actorName, reason, Timestamp.from(at));
	}

	/** @return the report's transitions, oldest first */
	public List<Event> events(long reportId) {
		return this.jdbc.query("""
				select action, from_state, to_state, actor_name, reason, at from monthly_report_event
				where report_id = ? order by at, id""",
				(rs, n) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getTimestamp(6).toInstant()),
				reportId);
	}
}
