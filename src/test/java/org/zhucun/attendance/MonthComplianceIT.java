package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.attendance.domain.rule.WeekResult;

/**
 * The month computed from stored records in SQL and judged by the weekly rule: June 2026 (ISO weeks 23 to 26,
 * 2026-06-01 to 2026-06-28, with the Dragon Boat holiday on Friday 19 June to Sunday 21 June in the calendar).
 */
class MonthComplianceIT extends AttendanceIT {

	private static final YearMonth JUNE = YearMonth.of(2026, 6);

	@Autowired
	private MonthCompliance compliance;

	@Test
	void judgesEachWeekFromTheRecordsWithHolidaysLeaveAndDiscrepancies() {
		Team team = team();
		long member = team.memberId();
		// week 23: five days, four nights
		days(team, member, "2026-06-01", 5, 4);
		// week 24: five days, two nights
		days(team, member, "2026-06-08", 5, 2);
		// week 25: Friday is a holiday (no record): four days and three nights are enough
		days(team, member, "2026-06-15", 4, 3);
		// week 26: leave on Monday, then four days with one night: the nights fall short by two
		this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source, leave_request_id,"
				+ " created_at, modified_at) values (?, ?, date '2026-06-22', 'LEAVE', false, 'LEAVE', 1, now(), now())",
				member, team.teamId());
		days(team, member, "2026-06-23", 4, 1);
		// found absent on a day declared in the village; and found present another day
		spotCheck(member, "2026-06-24", false);
		spotCheck(member, "2026-06-25", true);

		List<CadreMonth> months = this.compliance.ofTeam(team.teamId(), JUNE);

		assertThat(months).extracting(CadreMonth::cadreId).containsExactlyInAnyOrder(team.leaderId(), member);
		CadreMonth m = months.stream().filter(c -> c.cadreId() == member).findFirst().orElseThrow();
		assertThat(m.weeks()).extracting(w -> w.week().toString())
			.containsExactly("2026-W23", "2026-W24", "2026-W25", "2026-W26");
		assertThat(m.weeks()).extracting(WeekResult::days, WeekResult::nights, WeekResult::requiredDays,
				WeekResult::requiredNights, WeekResult::complies)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(5, 4, 5, 4, true),
					org.assertj.core.groups.Tuple.tuple(5, 2, 5, 4, false),
					org.assertj.core.groups.Tuple.tuple(4, 3, 4, 3, true),
					org.assertj.core.groups.Tuple.tuple(4, 1, 4, 3, false));
		assertThat(m.weeksMet()).isEqualTo(2);
		assertThat(m.weeksJudged()).isEqualTo(4);
		assertThat(m.inVillageDays()).isEqualTo(18);
		assertThat(m.nights()).isEqualTo(10);
		assertThat(m.leaveDays()).isEqualTo(1);
		assertThat(m.holidayDays()).isEqualTo(3);
		// the weekends of weeks 23, 24 and 26 have no record; week 25's weekend is the holiday
		assertThat(m.gapDays()).isEqualTo(6);
		assertThat(m.discrepancies()).isEqualTo(1);
		assertThat(m.flags().flags()).containsExactlyInAnyOrder(MonthFlag.COMMUTING, MonthFlag.ABSENT);
		assertThat(m.townId()).isEqualTo(team.townId());
		assertThat(m.unitId()).isEqualTo(team.unitId());
		assertThat(m.complies()).isFalse();

		CadreMonth leader = months.stream().filter(c -> c.cadreId() == team.leaderId()).findFirst().orElseThrow();
		assertThat(leader.leader()).isTrue();
		assertThat(leader.weeksMet()).isZero();
		assertThat(leader.gapDays()).isEqualTo(28 - 3);
		assertThat(leader.flags().flags()).containsExactly(MonthFlag.NOMINAL);
	}

	@Test
	void theTownUnitAndDistrictScopesHoldTheTeamsCadres() {
		Team team = team();
		days(team, team.memberId(), "2026-06-01", 5, 4);

		assertThat(this.compliance.ofTown(team.townId(), JUNE)).extracting(CadreMonth::cadreId)
			.containsExactlyInAnyOrder(team.leaderId(), team.memberId());
		assertThat(this.compliance.ofUnit(team.unitId(), JUNE)).extracting(CadreMonth::cadreId)
			.containsExactlyInAnyOrder(team.leaderId(), team.memberId());
		assertThat(this.compliance.ofDistrict(JUNE)).extracting(CadreMonth::cadreId)
			.contains(team.leaderId(), team.memberId());
	}

	@Test
	void aMemberWhoJoinsOnAWednesdayOwesAProratedWeek() {
		Team team = team();
		long late = cadre(team.unitId());
		this.jdbc.update("insert into team_membership (team_id, cadre_id, role, joined_on, created_at, modified_at)"
				+ " values (?, ?, 'MEMBER', date '2026-06-10', now(), now())", team.teamId(), late);
		// Wednesday to Friday in the village with two nights: five of seven days owe floor(5×5/7)=3 and floor(4×5/7)=2
		days(team, late, "2026-06-10", 3, 2);

		CadreMonth m = this.compliance.ofTeam(team.teamId(), JUNE)
			.stream()
			.filter(c -> c.cadreId() == late)
			.findFirst()
			.orElseThrow();

		assertThat(m.weeks()).extracting(w -> w.week().toString()).startsWith("2026-W24");
		WeekResult first = m.weeks().get(0);
		assertThat(first.memberDays()).isEqualTo(5);
		assertThat(first.requiredDays()).isEqualTo(3);
		assertThat(first.requiredNights()).isEqualTo(2);
		assertThat(first.complies()).isTrue();
	}

	@Test
	@Transactional
	void eachWeekIsJudgedByTheSettingsInForceOnItsMonday() {
		Team team = team();
		long member = team.memberId();
		// from week 26 on, three nights a week are enough (the row is rolled back after the test)
		this.jdbc.update("insert into policy_setting (key, valid_from, value, created_at, modified_at)"
				+ " values ('attendance.week-nights', date '2026-06-22', '3', now(), now())");
		days(team, member, "2026-06-08", 5, 3);
		days(team, member, "2026-06-22", 5, 3);

		CadreMonth m = this.compliance.ofTeam(team.teamId(), JUNE)
			.stream()
			.filter(c -> c.cadreId() == member)
			.findFirst()
			.orElseThrow();

		WeekResult before = m.weeks().get(1);
		WeekResult after = m.weeks().get(3);
		assertThat(before.week().toString()).isEqualTo("2026-W24");
		assertThat(before.requiredNights()).isEqualTo(4);
		assertThat(before.complies()).isFalse();
		assertThat(after.week().toString()).isEqualTo("2026-W26");
		assertThat(after.requiredNights()).isEqualTo(3);
		assertThat(after.complies()).isTrue();
	}

	/** Records days in the village from the date on, with a night on the first of them. */
	private void days(Team team, long cadreId, String first, int days, int nights) {
		LocalDate day = LocalDate.parse(first);
		for (int i = 0; i < days; i++) {
			this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source, created_at,"
					+ " modified_at) values (?, ?, ?, 'IN_VILLAGE', ?, 'SELF', now(), now())", cadreId, team.teamId(),
					day.plusDays(i), i < nights);
		}
	}

	private void spotCheck(long cadreId, String day, boolean present) {
		this.jdbc.update("insert into spot_check (cadre_id, checked_at, day, method, found_present, checked_by,"
				+ " checked_by_username, created_at, modified_at) values (?, cast(? as date) + time '10:00', ?, 'VISIT',"
				+ " ?, 1, 'office', now(), now())", cadreId, LocalDate.parse(day), LocalDate.parse(day), present);
	}
}
