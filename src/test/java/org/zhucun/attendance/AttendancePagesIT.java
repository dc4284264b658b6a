package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.attendance.domain.DayRecord;
import org.zhucun.attendance.domain.DayRecordRepository;
import org.zhucun.attendance.domain.Evidence;
import org.zhucun.support.TestUsers;

/** The month pages: one's own attendance with leave marked, and another cadre's only within scope. */
class AttendancePagesIT extends AttendanceIT {

	@Autowired
	private DayRecordRepository records;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void theMemberSeesTheirMonthWithLeaveAndNightsMarked() throws Exception {
		Team team = team();
		YearMonth month = YearMonth.of(2026, 9);
		LocalDate leave = month.atDay(14);
		LocalDate inVillage = month.atDay(15);
		save(DayRecord.leave(team.memberId(), team.teamId(), leave, 4242L));
		save(DayRecord.declared(team.memberId(), team.teamId(), inVillage, DaySource.SELF, DayStatus.IN_VILLAGE,
				true, Evidence.NONE));

		MvcTestResult result = this.mvc.get()
			.uri("/attendance?month=2026-09")
			.with(TestUsers.member(team.unitId(), team.memberId()))
			.exchange();

		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("data-day=\"2026-09-14\" data-status=\"LEAVE\"")
			.contains("data-day=\"2026-09-15\" data-status=\"IN_VILLAGE\"")
			.contains("data-day=\"2026-09-16\" data-status=\"NONE\"")
			.contains("att-status-LEAVE")
			.contains("2026年9月")
			.contains("请假")
			.contains("month=2026-08")
			.contains("month=2026-10")
			.doesNotContain("data-day=\"2026-10-01\"");
		assertThat(html.split("class=\"att-night\"", -1)).hasSize(2);
	}

	@Test
	void aMalformedMonthShowsTheCurrentOne() {
		Team team = team();

		MvcTestResult result = this.mvc.get()
			.uri("/attendance?month=2026-13x")
			.with(TestUsers.leader(team.unitId(), team.leaderId()))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("data-day=\"" + TODAY + "\"");
	}

	@Test
	void accountsOutsideTheTeamsHaveNoOwnPage() {
		assertThat(this.mvc.get().uri("/attendance").with(TestUsers.officeAdmin()).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anotherCadresMonthIsForTheLeaderTownUnitAndOfficeOnly() {
		Team team = team();
		Team other = team();
		save(DayRecord.leave(team.memberId(), team.teamId(), LocalDate.of(2026, 9, 14), 4243L));
		String uri = "/attendance/cadres/" + team.memberId() + "?month=2026-09";

		assertAllowed(uri, TestUsers.leader(team.unitId(), team.leaderId()));
		assertAllowed(uri, TestUsers.town(team.townId()));
		assertAllowed(uri, TestUsers.unit(team.unitId()));
		assertAllowed(uri, TestUsers.officeStaff());
		assertAllowed(uri, TestUsers.member(team.unitId(), team.memberId()));

		assertRefused("/attendance/cadres/" + team.leaderId(), TestUsers.member(team.unitId(), team.memberId()));
		assertRefused(uri, TestUsers.member(other.unitId(), other.memberId()));
		assertRefused(uri, TestUsers.leader(other.unitId(), other.leaderId()));
		assertRefused(uri, TestUsers.town(other.townId()));
		assertRefused(uri, TestUsers.unit(other.unitId()));
	}

	@Test
	void anUnknownCadreIsNotFound() {
		assertThat(this.mvc.get().uri("/attendance/cadres/999999999").with(TestUsers.officeAdmin()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	private void assertAllowed(String uri, RequestPostProcessor user) {
		MvcTestResult result = this.mvc.get().uri(uri).with(user).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("data-day=\"2026-09-14\" data-status=\"LEAVE\"");
	}

	private void assertRefused(String uri, RequestPostProcessor user) {
		assertThat(this.mvc.get().uri(uri).with(user).exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	private void save(DayRecord record) {
		this.transactions.executeWithoutResult(tx -> this.records.save(record));
	}
}
