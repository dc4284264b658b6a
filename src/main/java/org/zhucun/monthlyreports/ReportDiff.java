package org.zhucun.monthlyreports;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.zhucun.monthlyreports.ReportContent.CadreLine;

/**
 * What changed between two versions of a report, section by section: the written sections by name
 * ({@code WORK_DONE}…), {@code ATTENDANCE} when any line changed, and each changed line's figures as
 * {@code ATTENDANCE:<line key>:<figure>} ({@code :*} for a line that is new).
 */
final class ReportDiff {

	private ReportDiff() {
	}

	static Set<String> between(ReportContent before, ReportContent after) {
		Set<String> changed = new LinkedHashSet<>();
		if (before == null || after == null) {
			return changed;
		}
		text(changed, Section.WORK_DONE, before.texts().workDone(), after.texts().workDone());
		text(changed, Section.PROBLEMS, before.texts().problems(), after.texts().problems());
		text(changed, Section.HELP_NEEDED, before.texts().helpNeeded(), after.texts().helpNeeded());
		text(changed, Section.NEXT_PLAN, before.texts().nextPlan(), after.texts().nextPlan());
		Map<String, CadreLine> old = new HashMap<>();
		before.attendance().forEach(l -> old.put(l.key(), l));
		for (CadreLine line : after.attendance()) {
			CadreLine was = old.remove(line.key());
			String prefix = Section.ATTENDANCE.name() + ":" + line.key() + ":";
			if (was == null) {
				changed.add(prefix + "*");
				continue;
			}
			figure(changed, prefix + "inVillageDays", was.inVillageDays(), line.inVillageDays());
			figure(changed, prefix + "nights", was.nights(), line.nights());
			figure(changed, prefix + "weeksMet", was.weeksMet(), line.weeksMet());
			figure(changed, prefix + "weeksJudged", was.weeksJudged(), line.weeksJudged());
			figure(changed, prefix + "leaveDays", was.leaveDays(), line.leaveDays());
			figure(changed, prefix + "absentDays", was.absentDays(), line.absentDays());
			figure(changed, prefix + "discrepancies", was.discrepancies(), line.discrepancies());
			figure(changed, prefix + "complies", was.complies(), line.complies());
		}
		if (!old.isEmpty() || changed.stream().anyMatch(c -> c.startsWith(Section.ATTENDANCE.name() + ":"))) {
			changed.add(Section.ATTENDANCE.name());
		}
		return changed;
	}

	private static void text(Set<String> changed, Section section, String before, String after) {
		if (!Objects.equals(before, after)) {
			changed.add(section.name());
		}
	}

	private static void figure(Set<String> changed, String what, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(what);
		}
	}
}
