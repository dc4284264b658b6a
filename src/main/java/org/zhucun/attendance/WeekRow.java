package org.zhucun.attendance;

import java.util.List;

import org.zhucun.attendance.domain.rule.WeekResult;

/**
 * A cadre's line of the team's week: their name, their seven days from Monday, and the weekly rule's result for the
 * days recorded so far ({@code over} tells whether the week has ended, so that the result is final).
 */
public record WeekRow(Long cadreId, String cadreName, List<WeekCell> cells, WeekResult result, boolean over) {

	/** @return whether the ended week failed the rule */
	public boolean failed() {
		return this.over && !this.result.complies();
	}
}
