package org.zhucun.monthlyreports;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.zhucun.monthlyreports.ReportContent.CadreLine;
import org.zhucun.monthlyreports.ReportContent.Households;
import org.zhucun.monthlyreports.ReportContent.LeaderVisits;
import org.zhucun.monthlyreports.ReportContent.PurchaseFigures;
import org.zhucun.monthlyreports.ReportContent.Visit;

/**
 * What changed between two versions of a report, section by section: each {@link Section} by name when anything in it
 * changed; each changed figure as {@code <SECTION>:<figure>}; in the sections with lines (the leadership's visits, the
 * attendance) each changed line's figures as {@code <SECTION>:<line key>:<figure>} ({@code :*} for a line that is
 * new). A section missing from the older version (stored before it was pre-filled) counts as changed as a whole.
 */
final class ReportDiff {

	private ReportDiff() {
	}

	static Set<String> between(ReportContent before, ReportContent after) {
		Set<String> changed = new LinkedHashSet<>();
		if (before == null || after == null) {
			return changed;
		}
		leaderVisits(changed, before.leaderVisits(), after.leaderVisits());
		attendance(changed, before.attendance(), after.attendance());
		households(changed, before.households(), after.households());
		purchases(changed, before.purchases(), after.purchases());
		text(changed, Section.WORK_DONE, before.texts().workDone(), after.texts().workDone());
		text(changed, Section.PROBLEMS, before.texts().problems(), after.texts().problems());
		text(changed, Section.HELP_NEEDED, before.texts().helpNeeded(), after.texts().helpNeeded());
		text(changed, Section.NEXT_PLAN, before.texts().nextPlan(), after.texts().nextPlan());
		return changed;
	}

	private static void leaderVisits(Set<String> changed, LeaderVisits before, LeaderVisits after) {
		String section = Section.LEADER_VISITS.name();
		if (whole(changed, section, before, after)) {
			return;
		}
		String prefix = section + ":";
		figure(changed, prefix + "principalVisited", before.principalVisited(), after.principalVisited());
		figure(changed, prefix + "othersDays", before.othersDays(), after.othersDays());
		figure(changed, prefix + "othersRequired", before.othersRequired(), after.othersRequired());
		figure(changed, prefix + "meetingThisQuarter", before.meetingThisQuarter(), after.meetingThisQuarter());
		figure(changed, prefix + "met", before.met(), after.met());
		lines(changed, section, before.visits(), after.visits(), Visit::key, (p, was, now) -> {
			figure(changed, p + "leaderName", was.leaderName(), now.leaderName());
			figure(changed, p + "villageName", was.villageName(), now.villageName());
			figure(changed, p + "firstDay", was.firstDay(), now.firstDay());
			figure(changed, p + "lastDay", was.lastDay(), now.lastDay());
			figure(changed, p + "daysInMonth", was.daysInMonth(), now.daysInMonth());
		});
		mark(changed, section);
	}

	private static void attendance(Set<String> changed, List<CadreLine> before, List<CadreLine> after) {
		String section = Section.ATTENDANCE.name();
		lines(changed, section, before, after, CadreLine::key, (p, was, line) -> {
			figure(changed, p + "inVillageDays", was.inVillageDays(), line.inVillageDays());
			figure(changed, p + "nights", was.nights(), line.nights());
			figure(changed, p + "weeksMet", was.weeksMet(), line.weeksMet());
			figure(changed, p + "weeksJudged", was.weeksJudged(), line.weeksJudged());
			figure(changed, p + "leaveDays", was.leaveDays(), line.leaveDays());
			figure(changed, p + "absentDays", was.absentDays(), line.absentDays());
			figure(changed, p + "discrepancies", was.discrepancies(), line.discrepancies());
			figure(changed, p + "complies", was.complies(), line.complies());
		});
		mark(changed, section);
	}

	private static void households(Set<String> changed, Households before, Households after) {
		String section = Section.HOUSEHOLDS.name();
		if (whole(changed, section, before, after)) {
			return;
		}
		String prefix = section + ":";
		figure(changed, prefix + "householdsPaired", before.householdsPaired(), after.householdsPaired());
		figure(changed, prefix + "contacts", before.contacts(), after.contacts());
		figure(changed, prefix + "homeVisits", before.homeVisits(), after.homeVisits());
		figure(changed, prefix + "householdsOverdue", before.householdsOverdue(), after.householdsOverdue());
		figure(changed, prefix + "monitoringInProgress", before.monitoringInProgress(), after.monitoringInProgress());
		mark(changed, section);
	}

	private static void purchases(Set<String> changed, PurchaseFigures before, PurchaseFigures after) {
		String section = Section.PURCHASES.name();
		if (whole(changed, section, before, after)) {
			return;
		}
		String prefix = section + ":";
		amount(changed, prefix + "countedThisMonth", before.countedThisMonth(), after.countedThisMonth());
		amount(changed, prefix + "countedYearToDate", before.countedYearToDate(), after.countedYearToDate());
		amount(changed, prefix + "target", before.target(), after.target());
		figure(changed, prefix + "exempt", before.exempt(), after.exempt());
		amount(changed, prefix + "progress", before.progress(), after.progress());
		mark(changed, section);
	}

	/** Compares the lines of a section by key; a line gone marks the section only. */
	private static <T> void lines(Set<String> changed, String section, List<T> before, List<T> after,
			Function<T, String> key, LineFigures<T> figures) {
		Map<String, T> old = new HashMap<>();
		before.forEach(l -> old.put(key.apply(l), l));
		for (T line : after) {
			T was = old.remove(key.apply(line));
			String prefix = section + ":" + key.apply(line) + ":";
			if (was == null) {
				changed.add(prefix + "*");
				continue;
			}
			figures.compare(prefix, was, line);
		}
		if (!old.isEmpty()) {
			changed.add(section);
		}
	}

	/** @return whether either version lacks the section (then it changed as a whole when the other has it) */
	private static boolean whole(Set<String> changed, String section, Object before, Object after) {
		if (before == null || after == null) {
			if (before != after) {
				changed.add(section);
			}
			return true;
		}
		return false;
	}

	/** Marks the section when any of its figures changed. */
	private static void mark(Set<String> changed, String section) {
		if (changed.stream().anyMatch(c -> c.startsWith(section + ":"))) {
			changed.add(section);
		}
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

	private static void amount(Set<String> changed, String what, BigDecimal before, BigDecimal after) {
		if (before == null || after == null ? before != after : before.compareTo(after) != 0) {
			changed.add(what);
		}
	}

	@FunctionalInterface
	private interface LineFigures<T> {

		void compare(String prefix, T before, T after);
	}
}
