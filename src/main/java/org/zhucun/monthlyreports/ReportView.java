package org.zhucun.monthlyreports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.zhucun.monthlyreports.domain.ReportLog.Comment;
import org.zhucun.monthlyreports.domain.ReportLog.Event;
import org.zhucun.monthlyreports.ReportState;

/**
 * One report as a page shows it: what it says now (the draft's, or the latest submission's frozen content), what
 * changed since the submission before, the comments, the transitions, and what the viewer may do.
 * @param cadresNotShown the attendance lines left out for a town official: cadres who are not the town's (DOMAIN §1)
 * @param changed the sections and figures that differ from the previous submission (see {@link ReportDiff})
 */
public record ReportView(long id, long version, Long unitId, String unitName, YearMonth month, ReportState state,
		LocalDate dueDate, boolean late, int submissions, Instant submittedAt, Instant factsAt, ReportContent content,
		ReportContent previous, Set<String> changed, List<Comment> comments, List<Event> events, boolean canEdit,
		boolean canReview, boolean canReopen, int cadresNotShown) {

	/** @return whether the section or figure changed since the previous submission */
	public boolean changed(String what) {
		return this.changed.contains(what);
	}

	/** @return the comments on the section (a {@link Section}'s name) made on the latest submission */
	public List<Comment> latestComments(String section) {
		int last = this.comments.stream().mapToInt(Comment::submission).max().orElse(0);
		return this.comments.stream().filter(c -> c.submission() == last && c.section().equals(section)).toList();
	}
}
