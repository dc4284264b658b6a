package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/** The office administrator's account pages: list, create, edit, reset, lock, deactivate, and bad input. */
class AccountAdminIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	AdminFixtures fixtures;

	Long townId;

	String townName;

	Long unitId;

	String unitName;

	Long cadreId;

	String cadreName;

	@BeforeEach
	void organisation() {
		this.fixtures = new AdminFixtures(this.jdbc, this.accounts);
		this.townName = AdminFixtures.unique("账号镇");
		this.townId = this.fixtures.town(this.townName);
		this.unitName = AdminFixtures.unique("账号单位");
		this.unitId = this.fixtures.unit(this.unitName);
		this.cadreName = AdminFixtures.unique("王芳");
		this.cadreId = this.fixtures.cadre(this.unitId, this.cadreName);
	}

	// --- list ------------------------------------------------------------------------------------------------

	@Test
	void listShowsAccountsWithRoleScopeAndStatus() {
		String name = AdminFixtures.unique("member.");
		this.fixtures.account(name, Role.TEAM_MEMBER, null, this.unitId, this.cadreId);
		String town = AdminFixtures.unique("town.");
		this.fixtures.account(town, Role.TOWN_OFFICIAL, this.townId, null, null);

		assertThat(this.mvc.get().uri("/admin/accounts?q={q}", name).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains("账号管理", name, "Name " + name, "驻村工作队员", this.cadreName, this.unitName, "正常", "从未登录")
			.doesNotContain(town);
		assertThat(this.mvc.get().uri("/admin/accounts?q={q}&role=TOWN_OFFICIAL", town).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains(town, this.townName);
		assertThat(this.mvc.get().uri("/admin/accounts?q={q}&role=UNIT_ADMIN", town).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("Name " + town)
			.contains("没有找到记录");
	}

	@Test
	void listFiltersByStatus() {
		String prefix = AdminFixtures.unique("st") + ".";
		this.fixtures.account(prefix + "ok", Role.OFFICE_STAFF, null, null, null);
		Long locked = this.fixtures.account(prefix + "locked", Role.OFFICE_STAFF, null, null, null);
		Long inactive = this.fixtures.account(prefix + "off", Role.OFFICE_STAFF, null, null, null);
		Long reset = this.fixtures.account(prefix + "reset", Role.OFFICE_STAFF, null, null, null);
		this.jdbc.sql("update account set locked_until = now() + interval '10 minutes' where id = :id")
			.param("id", locked)
			.update();
		this.jdbc.sql("update account set active = false where id = :id").param("id", inactive).update();
		this.jdbc.sql("update account set must_change_password = true where id = :id").param("id", reset).update();

		list(prefix, "LOCKED").contains(prefix + "locked", "已锁定")
			.doesNotContain(prefix + "ok", prefix + "off", prefix + "reset");
		list(prefix, "INACTIVE").contains(prefix + "off", "已停用")
			.doesNotContain(prefix + "ok", prefix + "locked", prefix + "reset");
		list(prefix, "MUST_CHANGE_PASSWORD").contains(prefix + "reset", "待修改密码")
			.doesNotContain(prefix + "ok", prefix + "locked", prefix + "off");
		list(prefix, "ACTIVE").contains(prefix + "ok", prefix + "locked", prefix + "reset")
			.doesNotContain(prefix + "off");
	}

	@Test
	void listIsPagedByTwenty() {
		String prefix = AdminFixtures.unique("pg") + ".";
		for (int i = 0; i < 21; i++) {
			this.fixtures.account(prefix + String.format("%02d", i), Role.OFFICE_STAFF, null, null, null);
		}
		assertThat(this.mvc.get().uri("/admin/accounts?q={q}", prefix).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains(prefix + "19", "共 21 条，第 1 / 2 页")
			.doesNotContain(prefix + "20");
		assertThat(this.mvc.get().uri("/admin/accounts?q={q}&page=1", prefix).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains(prefix + "20")
			.doesNotContain(prefix + "19");
	}

	@Test
	void badFilterValuesGiveTheBadRequestPageNotAnError() {
		assertThat(this.mvc.get().uri("/admin/accounts?role=KING").with(TestUsers.officeAdmin()))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/admin/accounts?page=-3").with(TestUsers.officeAdmin())).hasStatusOk();
	}

	// --- create ----------------------------------------------------------------------------------------------

	@Test
	void newAccountFormOffersRolesTownsAndUnits() {
		assertThat(this.mvc.get().uri("/admin/accounts/new").with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains("新建账号", "办公室管理员", "驻村工作队员", this.townName, this.unitName, "请先选择帮扶单位");
	}

	@Test
	void cadreOptionsOfTheChosenUnit() {
		assertThat(this.mvc.get()
			.uri("/admin/accounts/cadre-options?unitId={u}", this.unitId)
			.with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains(this.cadreName, "value=\"" + this.cadreId + "\"");
	}

	@Test
	void createsATeamMemberBoundToTheCadreAndItsUnit() {
		String username = AdminFixtures.unique("new.member.");
		MvcTestResult result = this.mvc.post()
			.uri("/admin/accounts")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("username", username)
			.param("displayName", "王芳")
			.param("role", "TEAM_MEMBER")
			.param("unitId", this.unitId.toString())
			.param("cadreId", this.cadreId.toString())
			.param("initialPassword", "Initial-pass-1")
			.param("repeatPassword", "Initial-pass-1")
			.exchange();
		Long id = this.fixtures.accountId(username);
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/accounts/" + id);
		assertThat(result).flash().containsEntry("successMessage", "account.created");
		Map<String, Object> row = this.jdbc.sql("select * from account where id = :id").param("id", id).query().singleRow();
		assertThat(row).containsEntry("role", "TEAM_MEMBER")
			.containsEntry("unit_id", this.unitId)
			.containsEntry("cadre_id", this.cadreId)
			.containsEntry("must_change_password", true)
			.containsEntry("active", true);
		assertThat((String) row.get("password_hash")).startsWith("$2").doesNotContain("Initial-pass-1");

		assertThat(this.mvc.get().uri("/admin/accounts/{id}", id).with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains(username, "王芳", this.cadreName, this.unitName, "待修改密码", "重置密码", "锁定", "停用");
	}

	@Test
	void createsATownOfficialAndAUnitLiaison() {
		String town = AdminFixtures.unique("new.town.");
		assertThat(create(town, "TOWN_OFFICIAL", this.townId, null, null, "Initial-pass-1", "Initial-pass-1"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.sql("select town_id from account where username = :u").param("u", town).query(Long.class)
			.single()).isEqualTo(this.townId);
		String unit = AdminFixtures.unique("new.unit.");
		assertThat(create(unit, "UNIT_ADMIN", null, this.unitId, null, "Initial-pass-1", "Initial-pass-1"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.sql("select unit_id from account where username = :u").param("u", unit).query(Long.class)
			.single()).isEqualTo(this.unitId);
	}

	@Test
	void badInputIsShownBesideTheFieldsAndNothingIsSaved() {
		assertThat(create("ab", "OFFICE_STAFF", null, null, null, "Initial-pass-1", "Initial-pass-1")).hasStatusOk()
			.bodyText()
			.contains("请更正以下问题", "长度应在 3 到 50 个字符之间");
		assertThat(create("bad name!", "OFFICE_STAFF", null, null, null, "Initial-pass-1", "Initial-pass-1"))
			.hasStatusOk()
			.bodyText()
			.contains("只能使用字母、数字、点、连字符和下划线");
		String username = AdminFixtures.unique("bad.");
		assertThat(create(username, null, null, null, null, "Initial-pass-1", "Initial-pass-1")).hasStatusOk()
			.bodyText()
			.contains("必填");
		assertThat(create(username, "TOWN_OFFICIAL", null, null, null, "Initial-pass-1", "Initial-pass-1"))
			.hasStatusOk()
			.bodyText()
			.contains("请选择该镇（街道）干部所属的镇（街道）");
		assertThat(create(username, "UNIT_ADMIN", null, null, null, "Initial-pass-1", "Initial-pass-1")).hasStatusOk()
			.bodyText()
			.contains("请选择该联络员所属的帮扶单位");
		assertThat(create(username, "TEAM_LEADER", null, this.unitId, null, "Initial-pass-1", "Initial-pass-1"))
			.hasStatusOk()
			.bodyText()
			.contains("请选择本账号所属的干部");
		assertThat(create(username, "OFFICE_STAFF", null, null, null, "short", "short")).hasStatusOk()
			.bodyText()
			.contains("密码至少需要 10 个字符");
		assertThat(create(username, "OFFICE_STAFF", null, null, null, username, username)).hasStatusOk()
			.bodyText()
			.contains("密码不能与用户名相同");
		assertThat(create(username, "OFFICE_STAFF", null, null, null, "Initial-pass-1", "Initial-pass-2"))
			.hasStatusOk()
			.bodyText()
			.contains("两次输入的新密码不一致");
		assertThat(this.jdbc.sql("select count(*) from account where username = :u").param("u", username)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void whatTheUserTypedIsKeptExceptPasswords() {
		String username = AdminFixtures.unique("kept.");
		assertThat(create(username, "TOWN_OFFICIAL", null, null, null, "Initial-pass-1", "Initial-pass-1"))
			.hasStatusOk()
			.bodyText()
			.contains(username);
		assertThat(create(username, "TOWN_OFFICIAL", null, null, null, "Initial-pass-1", "Initial-pass-1"))
			.bodyText()
			.doesNotContain("Initial-pass-1");
	}

	@Test
	void takenUserNameAndCadreWithAnAccountAreRefused() {
		String taken = AdminFixtures.unique("taken.");
		this.fixtures.account(taken, Role.TEAM_MEMBER, null, this.unitId, this.cadreId);
		assertThat(create(taken.toUpperCase(), "OFFICE_STAFF", null, null, null, "Initial-pass-1", "Initial-pass-1"))
			.hasStatusOk()
			.bodyText()
			.contains("该用户名已被使用");
		assertThat(create(AdminFixtures.unique("second."), "TEAM_LEADER", null, this.unitId, this.cadreId,
				"Initial-pass-1", "Initial-pass-1"))
			.hasStatusOk()
			.bodyText()
			.contains("该干部已有账号");
	}

	@Test
	void aCadreOfAnotherUnitIsRefused() {
		Long otherUnit = this.fixtures.unit(AdminFixtures.unique("别的单位"));
		assertThat(create(AdminFixtures.unique("wrong."), "TEAM_MEMBER", null, otherUnit, this.cadreId,
				"Initial-pass-1", "Initial-pass-1"))
			.hasStatusOk()
			.bodyText()
			.contains("该干部不属于所选帮扶单位");
	}

	// --- edit ------------------------------------------------------------------------------------------------

	@Test
	void editChangesNameRoleAndScope() {
		String username = AdminFixtures.unique("edit.");
		Long id = this.fixtures.account(username, Role.OFFICE_STAFF, null, null, null);
		assertThat(this.mvc.get().uri("/admin/accounts/{id}/edit", id).with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("编辑账号", username, "Name " + username);

		assertThat(this.mvc.post()
			.uri("/admin/accounts/{id}", id)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", "0")
			.param("displayName", "李明")
			.param("role", "UNIT_ADMIN")
			.param("unitId", this.unitId.toString())).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/accounts/" + id);
		Map<String, Object> row = this.jdbc.sql("select * from account where id = :id").param("id", id).query().singleRow();
		assertThat(row).containsEntry("display_name", "李明")
			.containsEntry("role", "UNIT_ADMIN")
			.containsEntry("unit_id", this.unitId)
			.containsEntry("username", username);
	}

	@Test
	void editWithMissingScopeOrNameShowsMessages() {
		Long id = this.fixtures.account(AdminFixtures.unique("edit.bad."), Role.OFFICE_STAFF, null, null, null);
		assertThat(this.mvc.post()
			.uri("/admin/accounts/{id}", id)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", "0")
			.param("displayName", "")
			.param("role", "TOWN_OFFICIAL")).hasStatusOk()
			.bodyText()
			.contains("必填", "请选择该镇（街道）干部所属的镇（街道）");
	}

	@Test
	void editOnAStaleVersionGivesTheConflictPage() {
		Long id = this.fixtures.account(AdminFixtures.unique("stale."), Role.OFFICE_STAFF, null, null, null);
		this.jdbc.sql("update account set version = version + 1 where id = :id").param("id", id).update();
		assertThat(this.mvc.post()
			.uri("/admin/accounts/{id}", id)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", "0")
			.param("displayName", "Late")
			.param("role", "OFFICE_STAFF")).hasStatus(HttpStatus.CONFLICT).bodyText().contains("记录已被他人修改");
		assertThat(this.jdbc.sql("select display_name from account where id = :id").param("id", id)
			.query(String.class).single()).isNotEqualTo("Late");
	}

	@Test
	void unknownAccountGivesTheNotFoundPage() {
		assertThat(this.mvc.get().uri("/admin/accounts/987654321").with(TestUsers.officeAdmin()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	// --- reset, lock, deactivate -----------------------------------------------------------------------------

	@Test
	void resetPasswordForcesAChangeAndLiftsTheLock() {
		String username = AdminFixtures.unique("reset.");
		Long id = this.fixtures.account(username, Role.OFFICE_STAFF, null, null, null);
		this.jdbc.sql("update account set locked_until = now() + interval '10 minutes' where id = :id")
			.param("id", id)
			.update();
		assertThat(this.mvc.get().uri("/admin/accounts/{id}/password", id).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains("重置密码", username);
		assertThat(resetPassword(id, "short", "short")).hasStatusOk().bodyText().contains("密码至少需要 10 个字符");
		assertThat(resetPassword(id, username, username)).hasStatusOk().bodyText().contains("密码不能与用户名相同");

		assertThat(resetPassword(id, "Brand-new-pass-9", "Brand-new-pass-9")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("successMessage", "account.password-reset");
		Map<String, Object> row = this.jdbc.sql("select * from account where id = :id").param("id", id).query().singleRow();
		assertThat(row).containsEntry("must_change_password", true).containsEntry("locked_until", null);
		assertThat(this.fixtures.loginEvents(username, "PASSWORD_RESET")).isEqualTo(1);
	}

	@Test
	void lockUnlockDeactivateActivate() {
		String username = AdminFixtures.unique("lock.");
		Long id = this.fixtures.account(username, Role.OFFICE_STAFF, null, null, null);

		assertThat(action(id, "lock")).hasStatus(HttpStatus.FOUND).flash().containsEntry("successMessage", "account.locked");
		assertThat(this.jdbc.sql("select locked_until > now() + interval '1 year' from account where id = :id")
			.param("id", id).query(Boolean.class).single()).isTrue();
		assertThat(this.mvc.get().uri("/admin/accounts/{id}", id).with(TestUsers.officeAdmin())).bodyText()
			.contains("已锁定", "解锁");

		assertThat(action(id, "unlock")).flash().containsEntry("successMessage", "account.unlocked");
		assertThat(this.jdbc.sql("select locked_until is null from account where id = :id").param("id", id)
			.query(Boolean.class).single()).isTrue();
		assertThat(this.fixtures.loginEvents(username, "UNLOCKED")).isEqualTo(1);

		assertThat(action(id, "deactivate")).flash().containsEntry("successMessage", "account.deactivated");
		assertThat(active(id)).isFalse();
		assertThat(this.mvc.get().uri("/admin/accounts/{id}", id).with(TestUsers.officeAdmin())).bodyText()
			.contains("已停用", "启用");
		assertThat(action(id, "activate")).flash().containsEntry("successMessage", "account.activated");
		assertThat(active(id)).isTrue();
	}

	@Test
	void actionsAskForConfirmation() {
		Long id = this.fixtures.account(AdminFixtures.unique("confirm."), Role.OFFICE_STAFF, null, null, null);
		assertThat(this.mvc.get().uri("/admin/accounts/{id}", id).with(TestUsers.officeAdmin())).bodyText()
			.contains("data-confirm=\"确定锁定账号", "data-confirm=\"确定停用账号");
	}

	@Test
	void lockingEndsTheUsersOpenSession() {
		String username = AdminFixtures.unique("session.");
		Long id = this.fixtures.account(username, Role.OFFICE_STAFF, null, null, null);
		Cookie session = AdminFixtures.sessionCookie(AdminFixtures.signIn(this.mvc, username, AdminFixtures.PASSWORD));
		assertThat(this.mvc.get().uri("/").cookie(session)).hasStatusOk();

		assertThat(action(id, "lock")).hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/").cookie(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void theAdministratorCannotLockOrDeactivateOrDemoteThemself() {
		String username = AdminFixtures.unique("admin.self.");
		Long id = this.fixtures.account(username, Role.OFFICE_ADMIN, null, null, null);
		Cookie session = AdminFixtures.signInEnrolling(this.mvc, username, this.clock);

		assertThat(this.mvc.post().uri("/admin/accounts/{id}/lock", id).cookie(session).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("errorMessage", "account.cannot-lock-self");
		assertThat(this.mvc.post().uri("/admin/accounts/{id}/deactivate", id).cookie(session).with(csrf()))
			.flash()
			.containsEntry("errorMessage", "account.cannot-deactivate-self");
		long version = this.jdbc.sql("select version from account where id = :id").param("id", id)
			.query(Long.class).single();
		assertThat(this.mvc.post()
			.uri("/admin/accounts/{id}", id)
			.cookie(session)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("displayName", "Me")
			.param("role", "OFFICE_STAFF")).hasStatusOk().bodyText().contains("不能取消自己账号的管理员角色");
		Map<String, Object> row = this.jdbc.sql("select * from account where id = :id").param("id", id).query().singleRow();
		assertThat(row).containsEntry("role", "OFFICE_ADMIN").containsEntry("active", true).containsEntry("locked_until",
				null);
	}

	@Test
	void englishPagesToo() {
		assertThat(this.mvc.get().uri("/admin/accounts?lang=en").with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("Accounts", "New account", "Any status", "Last sign-in");
	}

	private org.assertj.core.api.AbstractStringAssert<?> list(String q, String status) {
		return assertThat(this.mvc.get()
			.uri("/admin/accounts?q={q}&status={s}", q, status)
			.with(TestUsers.officeAdmin())).hasStatusOk().bodyText();
	}

	private MvcTestResult create(String username, String role, Long townId, Long unitId, Long cadreId,
			String password, String repeat) {
		var request = this.mvc.post()
			.uri("/admin/accounts")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("username", username)
			.param("displayName", "Someone")
			.param("initialPassword", password)
			.param("repeatPassword", repeat);
		if (role != null) {
			request.param("role", role);
		}
		if (townId != null) {
			request.param("townId", townId.toString());
		}
		if (unitId != null) {
			request.param("unitId", unitId.toString());
		}
		if (cadreId != null) {
			request.param("cadreId", cadreId.toString());
		}
		return request.exchange();
	}

	private MvcTestResult resetPassword(Long id, String password, String repeat) {
		return this.mvc.post()
			.uri("/admin/accounts/{id}/password", id)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("newPassword", password)
			.param("repeatPassword", repeat)
			.exchange();
	}

	private MvcTestResult action(Long id, String action) {
		return this.mvc.post().uri("/admin/accounts/{id}/{a}", id, action).with(TestUsers.officeAdmin()).with(csrf()).exchange();
	}

	private boolean active(Long id) {
		return this.jdbc.sql("select active from account where id = :id").param("id", id).query(Boolean.class).single();
	}
}
