package org.zhucun.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.identity.AccountService;
import org.zhucun.identity.AdminFixtures;
import org.zhucun.identity.Role;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/** The audit trail pages: a change made through a page is found by the search and shows both values. */
class AuditPagesIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

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
			.contains("账号 " + id, "test-office_admin", "修改前后的内容（1 项有变化）", "姓名", "Name " + username, "赵新名",
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
			.contains("法定节假日 " + row[0], "新增", "审计测试节", day.toString(), "修改前后的内容（2 项有变化）");
		assertThat(this.mvc.get().uri("/admin/audit/{c}", changeId("Holiday", row[0], 2)).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains("删除", "审计测试节", "修改前后的内容（2 项有变化）");
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
