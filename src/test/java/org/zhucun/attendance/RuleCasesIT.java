package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.attendance.domain.rule.WeekResult;
import org.zhucun.support.TestUsers;

/**
 * The edge cases of the weekly rule from the review of the first modules (issue 11, DOMAIN §4), each judged the same
 * on the month (monthly sheet, cadre page, overview: {@link MonthCompliance}) and on the leader's week page
 * ({@link WeekService}). June 2026: ISO weeks 23 to 26, with the Dragon Boat holiday on Friday 19 June to Sunday
 * 21 June in the demo calendar.
 */
class RuleCasesIT extends AttendanceIT {

	private static final YearMonth JUNE = YearMonth.of(2026, 6);

	private static final IsoWeek W24 = IsoWeek.of(LocalDate.of(2026, 6, 8));

	private static final IsoWeek W25 = IsoWeek.of(LocalDate.of(2026, 6, 15));

	@Autowired
	private MonthCompliance compliance;

	@Autowired
	private WeekService weeks;

	@Test
	void rejoiningTheSameTeamWithinAWeekIsJudgedOnceOverTheUnionOfTheMembershipDays() {
		Team team = team();
		long cadre = cadre(team.unitId());
		// a member from 1 June to Tuesday 9 June, away on Wednesday, back from Thursday 11 June
		membership(team, cadre, "2026-06-01", "2026-06-09");
		membership(team, cadre, "2026-06-11", null);
		// week 24: Monday, Tuesday, Thursday and Friday in the village, with three nights
		inVillage(team, cadre, "2026-06-08", true);
		inVillage(team, cadre, "2026-06-09", true);
		inVillage(team, cadre, "2026-06-11", true);
		inVillage(team, cadre, "2026-06-12", false);

		List<CadreMonth> ofTeam = this.compliance.ofTeam(team.teamId(), JUNE)
			.stream()
			.filter(m -> m.cadreId() == cadre)
			.toList();
		assertThat(ofTeam).as("one month per cadre and team, not one per membership").hasSize(1);
		CadreMonth month = ofTeam.get(0);
		assertThat(month.inVillageDays()).isEqualTo(4);
		assertThat(month.nights()).isEqualTo(3);
		WeekResult w24 = week(month, W24);
		// six days of membership (Wednesday was not one): floor(5×6/7)=4 days and floor(4×6/7)=3 nights
		assertThat(w24.memberDays()).isEqualTo(6);
		assertThat(w24.requiredDays()).isEqualTo(4);
		assertThat(w24.requiredNights()).isEqualTo(3);
		assertThat(w24.complies()).isTrue();
		// weekends and the days without a record of the member days only, each once: W23 7, W24 6-4=2, W25 7-3
		// holidays-0 records=4, W26 7
		assertThat(month.gapDays()).isEqualTo(7 + 2 + 4 + 7);

		// the cadre page, the town (overview) and the leader's week page agree
		assertThat(this.compliance.ofCadre(cadre, JUNE)).singleElement().isEqualTo(month);
		assertThat(this.compliance.ofTown(team.townId(), JUNE)).filteredOn(m -> m.cadreId() == cadre)
			.singleElement()
			.isEqualTo(month);
		WeekRow row = asAdmin(() -> this.weeks.teamWeek(team.teamId(), W24)).rows()
			.stream()
			.filter(r -> r.cadreId() == cadre)
			.findFirst()
			.orElseThrow();
		assertThat(row.result()).isEqualTo(w24);
	}

	@Test
	void anAbsentDayInTheWeekUnderWayRaisesTheFlagAtOnce() {
		Team team = team();
		IsoWeek current = IsoWeek.of(TODAY);
		LocalDate tuesday = current.monday().plusDays(1);
		this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source, note, created_at,"
				+ " modified_at) values (?, ?, ?, 'ABSENT', false, 'LEADER', '未在岗', now(), now())", team.memberId(),
				team.teamId(), tuesday);

		CadreMonth month = this.compliance.ofTeam(team.teamId(), current.month())
			.stream()
			.filter(m -> m.cadreId() == team.memberId())
			.findFirst()
			.orElseThrow();

		assertThat(month.weeks()).extracting(WeekResult::week).doesNotContain(current);
		assertThat(month.absentDays()).isEqualTo(1);
		assertThat(month.flags().flags()).contains(MonthFlag.ABSENT);
		assertThat(month.flags().absentDays()).isEqualTo(1);
		CadreMonth leader = this.compliance.ofTeam(team.teamId(), current.month())
			.stream()
			.filter(m -> m.cadreId() == team.leaderId())
			.findFirst()
			.orElseThrow();
		assertThat(leader.flags().flags()).doesNotContain(MonthFlag.ABSENT);
	}

	@Test
	void theLeaderRecordsWorkOnAStatutoryHolidayAndItCountsAsADayInTheVillage() {
		Team team = team();
		LocalDate dragonBoat = LocalDate.of(2026, 6, 19);
		for (int i = 0; i < 4; i++) {
			inVillage(team, team.memberId(), LocalDate.of(2026, 6, 15).plusDays(i).toString(), true);
		}
		WeekResult before = week(memberMonth(team), W25);
		assertThat(before.days()).isEqualTo(4);
		assertThat(before.excused()).isEqualTo(1);

		assertThat(this.mvc.post()
			.uri("/attendance/week/cells?cadreId=" + team.memberId() + "&date=" + dragonBoat)
			.param("status", "IN_VILLAGE")
			.param("overnight", "true")
			.param("reason", "端午节在村值守")
			.with(TestUsers.leader(team.unitId(), team.leaderId()))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);

		WeekResult after = week(memberMonth(team), W25);
		assertThat(after.days()).isEqualTo(5);
		assertThat(after.nights()).isEqualTo(5);
		assertThat(after.excused()).isZero();
		assertThat(after.requiredDays()).isEqualTo(5);
		assertThat(after.complies()).isTrue();
		assertThat(memberMonth(team).holidayDays()).as("Saturday and Sunday of the holiday stay holidays")
			.isEqualTo(2);
	}

	@Test
	void aMemberRecordsWorkOnAStatutoryHolidayOfTheLastDays() {
		Team team = team();
		LocalDate day = TODAY.minusDays(2);
		this.jdbc.update("insert into holiday (day, name, created_at, modified_at) values (?, '测试节', now(), now())",
				day);
		try {
			assertThat(this.mvc.get()
				.uri("/attendance/days/" + day)
				.with(TestUsers.member(team.unitId(), team.memberId()))
				.exchange()).hasStatusOk().bodyText().contains("id=\"day-form\"");
			assertThat(this.mvc.post()
				.uri("/attendance/days/" + day)
				.param("status", "IN_VILLAGE")
				.param("overnight", "true")
				.with(TestUsers.member(team.unitId(), team.memberId()))
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.exchange()).hasStatus(HttpStatus.FOUND);
			assertThat(this.jdbc.queryForObject("select status from day_record where cadre_id = ? and day = ?",
					String.class, team.memberId(), day)).isEqualTo("IN_VILLAGE");
		}
		finally {
			this.jdbc.update("delete from holiday where day = ?", day);
		}
	}

	@Test
	void aMakeUpSaturdayIsAWorkingDayForTheWeekRule() {
		Team team = team();
		LocalDate saturday = LocalDate.of(2026, 6, 13);
		// Monday to Thursday in the village with three nights; leave on Saturday
		for (int i = 0; i < 4; i++) {
			inVillage(team, team.memberId(), LocalDate.of(2026, 6, 8).plusDays(i).toString(), i < 3);
		}
		this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source, leave_request_id,"
				+ " created_at, modified_at) values (?, ?, ?, 'LEAVE', false, 'LEAVE', 1, now(), now())",
				team.memberId(), team.teamId(), saturday);
		WeekResult ordinary = week(memberMonth(team), W24);
		assertThat(ordinary.excused()).as("leave on an ordinary Saturday excuses nothing").isZero();
		assertThat(ordinary.complies()).isFalse();

		this.jdbc.update("insert into holiday (day, name, kind, created_at, modified_at) values (?, '调休上班', 'WORKDAY',"
				+ " now(), now())", saturday);
		try {
			WeekResult makeUp = week(memberMonth(team), W24);
			assertThat(makeUp.excused()).isEqualTo(1);
			assertThat(makeUp.requiredDays()).isEqualTo(4);
			assertThat(makeUp.requiredNights()).isEqualTo(3);
			assertThat(makeUp.complies()).isTrue();
			WeekRow row = asAdmin(() -> this.weeks.teamWeek(team.teamId(), W24)).rows()
				.stream()
				.filter(r -> r.cadreId() == team.memberId())
				.findFirst()
				.orElseThrow();
			assertThat(row.result()).isEqualTo(makeUp);
		}
		finally {
			this.jdbc.update("delete from holiday where day = ?", saturday);
		}
	}

	@Test
	void excusedDaysCountOnlyWhileAMember() {
		Team team = team();
		long cadre = cadre(team.unitId());
		// joins on Wednesday 17 June; leave on Monday and Tuesday, before joining (no team that day)
		membership(team, cadre, "2026-06-17", null);
		for (String day : List.of("2026-06-15", "2026-06-16")) {
			this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source,"
					+ " leave_request_id, created_at, modified_at) values (?, null, cast(? as date), 'LEAVE', false,"
					+ " 'LEAVE', 1, now(), now())", cadre, day);
		}
		inVillage(team, cadre, "2026-06-17", true);
		inVillage(team, cadre, "2026-06-18", true);

		CadreMonth month = this.compliance.ofCadre(cadre, JUNE).get(0);
		WeekResult w25 = week(month, W25);
		// five member days; only Friday's holiday is excused: floor(4×5/7)=2 days and floor(3×5/7)=2 nights
		assertThat(w25.memberDays()).isEqualTo(5);
		assertThat(w25.excused()).isEqualTo(1);
		assertThat(w25.requiredDays()).isEqualTo(2);
		assertThat(w25.requiredNights()).isEqualTo(2);
		assertThat(month.leaveDays()).isZero();
		WeekRow row = asAdmin(() -> this.weeks.teamWeek(team.teamId(), W25)).rows()
			.stream()
			.filter(r -> r.cadreId() == cadre)
			.findFirst()
			.orElseThrow();
		assertThat(row.result()).isEqualTo(w25);
	}

	private CadreMonth memberMonth(Team team) {
		return this.compliance.ofCadre(team.memberId(), JUNE).get(0);
	}

	private static WeekResult week(CadreMonth month, IsoWeek week) {
		return month.weeks().stream().filter(w -> w.week().equals(week)).findFirst().orElseThrow();
	}

	private void membership(Team team, long cadre, String from, String to) {
		this.jdbc.update("insert into team_membership (team_id, cadre_id, role, joined_on, left_on, leave_reason,"
				+ " created_at, modified_at) values (?, ?, 'MEMBER', cast(? as date), cast(? as date), ?, now(), now())",
				team.teamId(), cadre, from, to, to == null ? null : "OTHER");
	}

	private void inVillage(Team team, long cadre, String day, boolean night) {
		this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source, created_at,"
				+ " modified_at) values (?, ?, cast(? as date), 'IN_VILLAGE', ?, 'SELF', now(), now())", cadre,
				team.teamId(), day, night);
	}
}
