package org.zhucun.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.identity.CurrentAccount;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.Role;
import org.zhucun.support.TestUsers;

/**
 * What the notification centre tells about findings: the unit when its finding is assigned, sent back and closed, the
 * office when the unit answers (each once per step), and the unit, its town and the office once when a finding becomes
 * overdue, on the test's fixed clock, however often and by however many schedulers the escalation runs.
 */
class FindingNotificationsIT extends OversightIT {

	@Autowired
	private FindingEscalation escalation;

	@Test
	void eachStepTellsTheOtherSideOnceAndTheUnitSeesItInTheBell() {
		Team team = team();
		long unitAccount = account(Role.UNIT_ADMIN, null, team.unitId());
		long id = create(team, TODAY.plusDays(10));
		RequestPostProcessor unit = TestUsers.unit(team.unitId());
		String href = "/oversight/findings/" + id;

		assertThat(notices(unitAccount, "oversight.finding-assigned", href)).isZero();
		assertThat(step(TestUsers.officeStaff(), id, "assign", null)).hasStatus(HttpStatus.FOUND);
		assertThat(notices(unitAccount, "oversight.finding-assigned", href)).isEqualTo(1);
		assertThat(args(href, "oversight.finding-assigned")).containsExactly(String.valueOf(id),
				TODAY.plusDays(10).toString());
		// The unit's liaison sees it in the bell, in Chinese.
		assertThat(this.mvc.get().uri("/notifications").with(signedIn(unitAccount, Role.UNIT_ADMIN, null,
				team.unitId())).exchange()).hasStatusOk()
			.bodyText()
			.contains("第 " + id + " 号督查问题已交办本单位，请于 " + TODAY.plusDays(10) + " 前整改并回复");

		assertThat(answer(unit, id, "已整改")).hasStatus(HttpStatus.FOUND);
		long office = this.jdbc.queryForObject("select min(id) from account where role = 'OFFICE_STAFF' and active",
				Long.class);
		assertThat(notices(office, "oversight.finding-answered", href)).isEqualTo(1);
		assertThat(step(TestUsers.officeStaff(), id, "send-back", "材料不全")).hasStatus(HttpStatus.FOUND);
		assertThat(notices(unitAccount, "oversight.finding-sent-back", href)).isEqualTo(1);
		assertThat(answer(unit, id, "已补齐材料")).hasStatus(HttpStatus.FOUND);
		assertThat(notices(office, "oversight.finding-answered", href)).as("the second answer too").isEqualTo(2);
		assertThat(step(TestUsers.officeStaff(), id, "close", null)).hasStatus(HttpStatus.FOUND);
		assertThat(notices(unitAccount, "oversight.finding-closed", href)).isEqualTo(1);
		// A refused step tells nobody.
		assertThat(step(TestUsers.officeStaff(), id, "close", null)).hasStatus(HttpStatus.FOUND);
		assertThat(notices(unitAccount, "oversight.finding-closed", href)).isEqualTo(1);
		assertThat(notices(unitAccount, "oversight.finding-answered", href)).as("not the unit's own answer").isZero();
	}

	@Test
	void anOverdueFindingIsEscalatedToTheUnitItsTownAndTheOfficeOnce() throws Exception {
		Team team = team();
		long unitAccount = account(Role.UNIT_ADMIN, null, team.unitId());
		long townAccount = account(Role.TOWN_OFFICIAL, team.townId(), null);
		long office = this.jdbc.queryForObject("select min(id) from account where role = 'OFFICE_ADMIN' and active",
				Long.class);
		long id = create(team, TODAY.plusDays(5));
		step(TestUsers.officeStaff(), id, "assign", null);
		// The deadline was yesterday on the fixed clock; another finding answered in time is not escalated.
		this.jdbc.update("update oversight_finding set deadline = ? where id = ?", TODAY.minusDays(1), id);
		long answered = create(team, TODAY.plusDays(5));
		step(TestUsers.officeStaff(), answered, "assign", null);
		answer(TestUsers.unit(team.unitId()), answered, "已整改");
		this.jdbc.update("update oversight_finding set deadline = ? where id = ?", TODAY.minusDays(1), answered);
		String href = "/oversight/findings/" + id;

		this.escalation.escalate(TODAY.minusDays(1));
		assertThat(notices(unitAccount, "oversight.finding-overdue", href)).as("on the deadline itself").isZero();
		assertThat(this.jdbc.queryForObject("select escalated_on from oversight_finding where id = ?", LocalDate.class,
				id)).isNull();

		twoSchedulers(TODAY);
		this.escalation.escalate(TODAY);
		this.escalation.escalate(TODAY.plusDays(1));
		assertThat(notices(unitAccount, "oversight.finding-overdue", href)).isEqualTo(1);
		assertThat(notices(townAccount, "oversight.finding-overdue", href)).isEqualTo(1);
		assertThat(notices(office, "oversight.finding-overdue", href)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select escalated_on from oversight_finding where id = ?", LocalDate.class,
				id)).isEqualTo(TODAY);
		assertThat(this.jdbc.queryForList("select action from oversight_finding_step where finding_id = ? order by at",
				String.class, id)).containsExactly("OPEN", "ASSIGN", "ESCALATE");
		assertThat(this.jdbc.queryForObject("select count(*) from notice where href = ?", Integer.class,
				"/oversight/findings/" + answered)).as("answered, nothing to escalate")
			.isEqualTo(this.jdbc.queryForObject("select count(*) from notice where href = ? and kind <> "
					+ "'oversight.finding-overdue'", Integer.class, "/oversight/findings/" + answered));
		// The finding shows as overdue to the unit.
		assertThat(this.mvc.get().uri("/oversight/findings?overdue=true").with(TestUsers.unit(team.unitId())).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("data-finding=\"" + id + "\"");
	}

	private void twoSchedulers(LocalDate day) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Boolean> run = () -> this.escalation.runLocked(day);
			pool.invokeAll(List.of(run, run)).forEach(f -> {
				try {
					f.get();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		finally {
			pool.shutdown();
		}
	}

	private long create(Team team, LocalDate deadline) {
		this.mvc.post()
			.uri("/oversight/findings")
			.multipart()
			.param("source", "FIELD_VISIT")
			.param("subjectKind", "TEAM")
			.param("unitId", String.valueOf(team.unitId()))
			.param("teamId", String.valueOf(team.teamId()))
			.param("description", "驻村日志不全。")
			.param("deadline", deadline.toString())
			.with(TestUsers.officeStaff())
			.with(csrf())
			.exchange();
		return this.jdbc.queryForObject("select max(id) from oversight_finding where unit_id = ?", Long.class,
				team.unitId());
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult step(RequestPostProcessor user, long id,
			String action, String text) {
		var request = this.mvc.post()
			.uri("/oversight/findings/" + id + "/" + action)
			.param("version", String.valueOf(version(id)))
			.with(user)
			.with(csrf());
		if (text != null) {
			request.param("text", text);
		}
		return request.exchange();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult answer(RequestPostProcessor user, long id,
			String text) {
		return this.mvc.post()
			.uri("/oversight/findings/" + id + "/answer")
			.multipart()
			.param("version", String.valueOf(version(id)))
			.param("text", text)
			.with(user)
			.with(csrf())
			.exchange();
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from oversight_finding where id = ?", Long.class, id);
	}

	private long account(Role role, Long townId, Long unitId) {
		return insert("""
				insert into account (username, password_hash, display_name, role, town_id, unit_id, created_at,
				                     modified_at)
				values (?, 'x', '联络员', ?, ?, ?, now(), now()) returning id""", unique("u"), role.name(), townId,
				unitId);
	}

	private static RequestPostProcessor signedIn(long accountId, Role role, Long townId, Long unitId) {
		CurrentAccount account = new CurrentAccount(new DataScope(accountId, "liaison", role, townId, unitId, null),
				"liaison", null, true, false, false);
		return SecurityMockMvcRequestPostProcessors
			.authentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
	}

	private int notices(long account, String kind, String href) {
		return this.jdbc.queryForObject("""
				select count(*) from notice n join notice_recipient r on r.notice_id = n.id
				where r.account_id = ? and n.kind = ? and n.href = ?""", Integer.class, account, kind, href);
	}

	private List<String> args(String href, String kind) {
		return this.jdbc.queryForList("select unnest(args) from notice where href = ? and kind = ?", String.class, href,
				kind);
	}
}
