package org.zhucun.workteams;

import java.time.LocalDate;
import java.util.List;

import org.zhucun.organization.VillageCategory;

/**
 * A team as its page shows it: village, unit, term, status, the active members (the leader first), the members who
 * left, and the rules it breaks.
 * @param manageable whether the signed-in user may change the team and its roster
 */
public record TeamView(Long id, long version, Long villageId, String villageName, VillageCategory category,
		Long townId, String townName, Long unitId, String unitName, LocalDate termStart, LocalDate termEnd,
		TeamStatus status, LocalDate endedOn, boolean onePerVillage, String note, List<MemberView> members,
		List<MemberView> history, List<ProblemNote> problems, boolean manageable) {

	public boolean isActive() {
		return this.status == TeamStatus.ACTIVE;
	}

	/** @return the active members who do not lead the team (they can take the lead) */
	public List<MemberView> nonLeaders() {
		return this.members.stream().filter(m -> !m.isLeading()).toList();
	}

	/** @return the day, or the nearest day of the term when it lies outside */
	public LocalDate clampToTerm(LocalDate day) {
		if (day.isBefore(this.termStart)) {
			return this.termStart;
		}
		return day.isAfter(this.termEnd) ? this.termEnd : day;
	}

	/** @return the leader, or {@code null} when no active member leads */
	public MemberView leader() {
		return this.members.stream().filter(MemberView::isLeading).findFirst().orElse(null);
	}
}
