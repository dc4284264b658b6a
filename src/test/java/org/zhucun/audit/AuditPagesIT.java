package org.zhucun.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.identity.AccountService;
import org.zhucun.identity.AdminFixtures;
import org.zhucun.identity.CurrentAccount;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.Role;
import org.zhucun.leave.LeaveFixture;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The audit trail pages: a change made through a page is found by the search and shows both values, records by their
 * names, people by their names and the administrator's lock as such.
 */
class AuditPagesIT extends IntegrationTest {

	/** Changes per page of the audit trail. */
	private static final int PAGE_SIZE = 20;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	AccountService accounts;

	AdminFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new AdminFixtures(this.jdbc, this.accounts);
	}

	@Test
	void anEditedDisplayNameShowsWithBothValues() {
		String username = AdminFixtures.unique("audited.");
		Long id = this.fixtures.account(username, Role.OFFICE_STAFF, null, null, null);
		assertThat(this.mvc.post()
			.uri("/admin/accounts/{id}", id)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", "0")
			.param("displayName", "赵新名")
			.param("role", "OFFICE_STAFF")).hasStatus(HttpStatus.FOUND);

		Long changeId = changeId("Account", id, 1);
		assertThat(this.mvc.get()
			.uri("/admin/audit?entityType=Account&entityId={id}", id)
			.with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("操作审计", "test-office_admin", "账号", "新增", "修改", "/admin/audit/" + changeId);

		assertThat(this.mvc.get().uri("/admin/audit/{c}", changeId).with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("账号 赵新名（" + username + "） (#" + id + ")", "test-office_admin", "修改前后的内容（1 项有变化）", "姓名", "Name " + username, "赵新名",
					"已修改", "角色", "办公室工作人员", username)
			.containsPattern("(?s)audit-changed[^>]*>\\s*<th[^>]*>\\s*<span>姓名</span>")
			.doesNotContainPattern("(?s)audit-changed[^>]*>\\s*<th[^>]*>\\s*<span>角色</span>");
	}

	@Test
	void anAdditionHasOnlyAfterValuesAndADeletionOnlyBefore() {
		int year = TODAY.getYear() + 5;
		LocalDate day = LocalDate.of(year, 12, 30);
		this.jdbc.sql("delete from holiday where day = :d").param("d", day).update();
		assertThat(this.mvc.post()
			.uri("/admin/holidays")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("from", day.toString())
			.param("name", "审计测试节")).hasStatus(HttpStatus.FOUND);
		long[] row = this.jdbc.sql("select id, version from holiday where day = :d")
			.param("d", day)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		assertThat(this.mvc.post()
			.uri("/admin/holidays/{id}/delete", row[0])
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(row[1]))).hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/admin/audit/{c}", changeId("Holiday", row[0], 0)).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains("法定节假日 " + day + " 审计测试节 (#" + row[0] + ")", "新增", "修改前后的内容（3 项有变化）");
		assertThat(this.mvc.get().uri("/admin/audit/{c}", changeId("Holiday", row[0], 2)).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains("删除", "审计测试节", "修改前后的内容（3 项有变化）");
		String list = body("/admin/audit?entityType=Holiday&entityId=" + row[0], TestUsers.officeAdmin());
		assertThat(occurrences(list, "<td class=\"audit-record\">" + day + " 审计测试节 (#" + row[0] + ")</td>"))
			.as("both rows of the deleted holiday show its name, kept at deletion")
			.isEqualTo(2);
	}

	@Test
	void searchByUserKindAndPeriod() {
		String username = AdminFixtures.unique("period.");
		Long id = this.fixtures.account(username, Role.OFFICE_STAFF, null, null, null);
		this.mvc.post()
			.uri("/admin/accounts/{id}/lock", id)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.exchange();
		Long changeId = changeId("Account", id, 1);
		// Revisions carry the time they were really written (Envers), not the application's clock.
		String today = LocalDate.now(org.zhucun.shared.web.Formats.ZONE).toString();
		String tomorrow = LocalDate.now(org.zhucun.shared.web.Formats.ZONE).plusDays(1).toString();

		assertThat(this.mvc.get()
			.uri("/admin/audit?username=TEST-OFFICE_ADMIN&entityType=Account&entityId={id}&from={f}&to={t}", id, today,
					today)
			.with(TestUsers.officeAdmin())).bodyText().contains("/admin/audit/" + changeId);
		assertThat(this.mvc.get()
			.uri("/admin/audit?entityType=Account&entityId={id}&from={f}", id, tomorrow)
			.with(TestUsers.officeAdmin())).bodyText().doesNotContain("/admin/audit/" + changeId).contains("没有找到记录");
		assertThat(this.mvc.get()
			.uri("/admin/audit?username=someone-else&entityType=Account&entityId={id}", id)
			.with(TestUsers.officeAdmin())).bodyText().doesNotContain("/admin/audit/" + changeId);
		assertThat(this.mvc.get()
			.uri("/admin/audit?entityType=Village&entityId={id}", id)
			.with(TestUsers.officeAdmin())).bodyText().doesNotContain("/admin/audit/" + changeId);
	}

	@Test
	void badPeriodsAreShownBesideTheFields() {
		assertThat(this.mvc.get().uri("/admin/audit?from=2026-05-02&to=2026-05-01").with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains("结束日期不能早于开始日期");
		assertThat(this.mvc.get().uri("/admin/audit?from=yesterday").with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("请按 2026-11-28 的格式输入日期");
		assertThat(this.mvc.get().uri("/admin/audit/logins?to=2026-13-45").with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains("请按 2026-11-28 的格式输入日期");
	}

	@Test
	void kindsOfRecordAreOfferedWithTranslatedLabels() {
		assertThat(this.mvc.get().uri("/admin/audit").with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("<option value=\"Account\">账号</option>", "<option value=\"Holiday\">法定节假日</option>",
					"<option value=\"PolicySettingValue\">政策参数取值</option>");
		assertThat(this.mvc.get().uri("/admin/audit?lang=en").with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("Audit trail", "<option value=\"Account\">Account</option>", "Kind of record");
	}

	@Test
	void theListNamesTheRecordsAndWhoChangedThem() {
		Auditor auditor = auditor();
		String lockedName = AdminFixtures.unique("locked.");
		Long locked = lockedAccount(auditor, lockedName);
		LeaveFixture team = LeaveFixture.create(this.jdbcTemplate, TODAY);
		long leave = recordLeave(auditor, team.memberId(), TODAY.minusDays(10), TODAY.minusDays(8));
		String member = cadreName(team.memberId());

		assertThat(this.mvc.get().uri("/admin/audit?username={u}", auditor.username()).with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains("<span class=\"audit-actor\">" + auditor.displayName() + "</span>",
					"href=\"/admin/audit?username=" + auditor.username() + "\"", "<td>账号</td>",
					"<td class=\"audit-record\">Name " + lockedName + "（" + lockedName + "） (#" + locked + ")</td>",
					"<td>请假申请</td>",
					"<td class=\"audit-record\">" + member + " " + TODAY.minusDays(10) + "–" + TODAY.minusDays(8)
							+ " (#" + leave + ")</td>")
			.doesNotContain(">Account<", ">LeaveRequest<", ">" + auditor.username() + "</td>");

		assertThat(this.mvc.get()
			.uri("/admin/audit?entityType=Account&entityId={id}", locked)
			.with(TestUsers.officeStaff())).bodyText()
			.as("the account was made by the application itself (no one signed in)")
			.contains("<span class=\"audit-actor\">系统</span>", auditor.displayName())
			.doesNotContain(">system<");

		assertThat(this.mvc.get().uri("/admin/audit?username={u}&lang=en", auditor.username()).with(TestUsers.officeStaff()))
			.bodyText()
			.contains("<td>Account</td>", "<td>Leave request</td>",
					"Name " + lockedName + " (" + lockedName + ") (#" + locked + ")");
		assertThat(this.mvc.get().uri("/admin/audit?entityType=Account&entityId={id}&lang=en", locked)
			.with(TestUsers.officeStaff())).bodyText().contains("<span class=\"audit-actor\">System</span>");
	}

	@Test
	void aLockByTheAdministratorIsShownAsSuch() {
		Auditor auditor = auditor();
		String username = AdminFixtures.unique("lockee.");
		Long id = lockedAccount(auditor, username);
		Long lock = changeId("Account", id, 1);

		assertThat(this.mvc.get().uri("/admin/audit/{c}", lock).with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("账号 Name " + username + "（" + username + "） (#" + id + ")", auditor.displayName(), "锁定",
					"由管理员锁定（解锁前不能登录）")
			.doesNotContain("9999");
		assertThat(this.mvc.get().uri("/admin/audit/{c}?lang=en", lock).with(TestUsers.officeStaff())).bodyText()
			.contains("Locked by the administrator")
			.doesNotContain("9999");
	}

	@Test
	void aChangeShowsTheRecordsItsValuesReferToByName() {
		Auditor auditor = auditor();
		LeaveFixture team = LeaveFixture.create(this.jdbcTemplate, TODAY);
		long leave = recordLeave(auditor, team.memberId(), TODAY.minusDays(20), TODAY.minusDays(20));
		String village = this.jdbc.sql("select name from village where id = :id")
			.param("id", team.villageId())
			.query(String.class)
			.single();

		assertThat(this.mvc.get().uri("/admin/audit/{c}", changeId("LeaveRequest", leave, 0)).with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains("请假申请 " + cadreName(team.memberId()) + " " + TODAY.minusDays(20) + "–"
					+ TODAY.minusDays(20) + " (#" + leave + ")")
			.contains("<span>干部</span>", cadreName(team.memberId()) + " (#" + team.memberId() + ")")
			.contains("<span>工作队</span>", village + "工作队（" + TODAY.minusYears(1) + "–" + TODAY.plusYears(2)
					+ "） (#" + team.teamId() + ")")
			.contains("<span>提交人</span>", auditor.displayName() + "（" + auditor.username() + "） (#" + auditor.id() + ")")
			.contains("<span>请假类型</span>", "病假", "<span>由办公室代为登记</span>")
			.doesNotContain("<span>cadreId</span>", ">SICK<");
	}

	@Test
	void pagesOfOneUsersChangesKeepTheFilter() {
		Auditor auditor = auditor();
		Long id = this.fixtures.account(AdminFixtures.unique("paged."), Role.OFFICE_STAFF, null, null, null);
		for (int i = 0; i < PAGE_SIZE + 1; i++) {
			assertThat(this.mvc.post()
				.uri("/admin/accounts/{id}/" + (i % 2 == 0 ? "lock" : "unlock"), id)
				.with(auditor.user())
				.with(csrf())).hasStatus(HttpStatus.FOUND);
		}

		String first = body("/admin/audit?username=" + auditor.username(), TestUsers.officeStaff());
		String second = body("/admin/audit?username=" + auditor.username() + "&page=1", TestUsers.officeStaff());
		assertThat(occurrences(first, "<span class=\"audit-actor\">" + auditor.displayName() + "</span>"))
			.isEqualTo(PAGE_SIZE);
		assertThat(occurrences(second, "<span class=\"audit-actor\">" + auditor.displayName() + "</span>")).isEqualTo(1);
		assertThat(first).contains("/admin/audit?username=" + auditor.username() + "&amp;page=1", "共 21 条");
		assertThat(occurrences(second, "(#" + id + ")</td>")).isEqualTo(1);

		String byName = body("/admin/audit?username=" + auditor.displayName(), TestUsers.officeStaff());
		assertThat(byName).as("the account's display name finds its changes too").contains("共 21 条");
	}

	@Test
	void unknownChangeGivesTheNotFoundPage() {
		assertThat(this.mvc.get().uri("/admin/audit/987654321").with(TestUsers.officeStaff()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void signInLogIsSearchedByUserKindAndPeriod() {
		String username = AdminFixtures.unique("logged.");
		this.fixtures.account(username, Role.OFFICE_STAFF, null, null, null);
		AdminFixtures.signIn(this.mvc, username, "not-the-password");
		AdminFixtures.signIn(this.mvc, username, AdminFixtures.PASSWORD);
		// Sign-ins are logged at the time of the application's clock.
		String today = TODAY.toString();

		assertThat(this.mvc.get().uri("/admin/audit/logins?username={u}", username).with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains("登录日志", username, "登录失败", "登录成功");
		assertThat(this.mvc.get()
			.uri("/admin/audit/logins?username={u}&kind=FAILURE&from={d}&to={d}", username.toUpperCase(), today, today)
			.with(TestUsers.officeStaff())).bodyText().contains("text-bg-danger\">登录失败").doesNotContain("text-bg-success\">登录成功");
		assertThat(this.mvc.get()
			.uri("/admin/audit/logins?username={u}&from={d}", username, TODAY.plusDays(1))
			.with(TestUsers.officeStaff())).bodyText().contains("没有找到记录");
		assertThat(this.mvc.get().uri("/admin/audit/logins?lang=en&username={u}", username).with(TestUsers.officeStaff()))
			.bodyText()
			.contains("Sign-in log", "Failed sign-in", "Signed in");
	}

	/** An office administrator with an account of their own, so that their changes carry their name. */
	record Auditor(Long id, String username, String displayName) {

		RequestPostProcessor user() {
			CurrentAccount account = new CurrentAccount(
					new DataScope(this.id, this.username, Role.OFFICE_ADMIN, null, null, null), this.displayName, null,
					true, false, false);
			return authentication(UsernamePasswordAuthenticationToken.authenticated(account, null,
					account.getAuthorities()));
		}
	}

	private Auditor auditor() {
		String username = AdminFixtures.unique("auditor.");
		Long id = this.fixtures.account(username, Role.OFFICE_ADMIN, null, null, null);
		String displayName = "审计员" + id;
		this.jdbc.sql("update account set display_name = :n where id = :id").param("n", displayName).param("id", id).update();
		return new Auditor(id, username, displayName);
	}

	/** A new office staff account, which the auditor then locks; @return its id */
	private Long lockedAccount(Auditor auditor, String username) {
		Long id = this.fixtures.account(username, Role.OFFICE_STAFF, null, null, null);
		assertThat(this.mvc.post().uri("/admin/accounts/{id}/lock", id).with(auditor.user()).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		return id;
	}

	/** The office records a cadre's sick leave; @return its id */
	private long recordLeave(Auditor auditor, long cadreId, LocalDate first, LocalDate last) {
		assertThat(this.mvc.post()
			.uri("/leave-requests")
			.with(auditor.user())
			.with(csrf())
			.param("cadreId", String.valueOf(cadreId))
			.param("type", "SICK")
			.param("firstDay", first.toString())
			.param("lastDay", last.toString())
			.param("reason", "住院")).hasStatus(HttpStatus.FOUND);
		return this.jdbc.sql("select max(id) from leave_request where cadre_id = :c")
			.param("c", cadreId)
			.query(Long.class)
			.single();
	}

	private String cadreName(long cadreId) {
		return this.jdbc.sql("select name from cadre where id = :id").param("id", cadreId).query(String.class).single();
	}

	private String body(String uri, RequestPostProcessor user) {
		MvcTestResult result = this.mvc.get().uri(uri).with(user).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int occurrences(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private Long changeId(String entityType, Long entityId, int changeType) {
		return this.jdbc.sql("""
				select max(c.id) from revision_change c
				where c.entity_type = :type and c.entity_id = :id and c.change_type = :change""")
			.param("type", entityType)
			.param("id", entityId.toString())
			.param("change", changeType)
			.query(Long.class)
			.single();
	}
}
