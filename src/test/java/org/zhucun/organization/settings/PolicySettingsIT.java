package org.zhucun.organization.settings;

import org.zhucun.workteams.WorkTeamSettings;
import org.zhucun.attendance.AttendanceSettings;
import org.zhucun.leave.LeaveSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.shared.settings.PolicySettings.Snapshot;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The policy settings pages and the typed access from code, against the database. Settings are district-wide, so
 * every test removes the values it added.
 */
class PolicySettingsIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PolicySettings policy;

	@Autowired
	SettingsAdministration administration;

	/** A first of January some years ahead, far from the demo data and within what the page accepts. */
	final LocalDate future = TODAY.plusYears(6).withDayOfYear(1);

	final List<String> added = new ArrayList<>();

	@AfterEach
	void removeAddedValues() {
		for (String key : this.added) {
			this.jdbc.sql("delete from policy_setting where key = :key and created_by = 'test-office_admin'")
				.param("key", key)
				.update();
		}
	}

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * A read-only transaction reads the stored values once and resolves every date from them: the same snapshots as
	 * one query per date, on both sides of a value scheduled ahead; a read-write transaction sees its own new value.
	 */
	@Test
	void aReadOnlyTransactionResolvesEveryDateFromOneReading() {
		List<LocalDate> dates = List.of(TODAY.minusYears(3), TODAY, this.future.minusDays(1), this.future,
				this.future.plusYears(1));
		try {
			new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
				this.jdbc.sql("insert into policy_setting (key, valid_from, value, created_at, modified_at)"
						+ " values (:key, :on, '26', now(), now())")
					.param("key", LeaveSettings.YEAR_LIMIT_DAYS.key())
					.param("on", this.future)
					.update();
				assertThat(this.policy.intValue(LeaveSettings.YEAR_LIMIT_DAYS, this.future)).isEqualTo(26);
			});
			List<List<Object>> apart = dates.stream().map(this.policy::forDate).map(PolicySettingsIT::figures).toList();
			TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
			readOnly.setReadOnly(true);
			List<List<Object>> together = readOnly.execute(status -> {
				List<List<Object>> figures = dates.stream().map(this.policy::forDate).map(PolicySettingsIT::figures)
					.toList();
				// The values read once are kept with the transaction, and let go at its end (below).
				assertThat(TransactionSynchronizationManager.getResourceMap().values()).anyMatch(ReferenceRows.Rows.class::isInstance);
				return figures;
			});
			assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
			assertThat(together).isEqualTo(apart);
			assertThat(together.get(3)).contains(Optional.of("26"));
			assertThat(together.get(2)).doesNotContain(Optional.of("26"));
		}
		finally {
			this.jdbc.sql("delete from policy_setting where key = :key and valid_from = :on")
				.param("key", LeaveSettings.YEAR_LIMIT_DAYS.key())
				.param("on", this.future)
				.update();
		}
	}

	private static List<Object> figures(Snapshot snapshot) {
		return List.of(snapshot.date(), snapshot.rawValue(LeaveSettings.YEAR_LIMIT_DAYS),
				snapshot.rawValue(AttendanceSettings.WEEK_DAYS), snapshot.rawValue(AttendanceSettings.WEEK_NIGHTS),
				snapshot.rawValue(AttendanceSettings.OFFICIAL_BUSINESS_COUNTS),
				snapshot.rawValue(WorkTeamSettings.MIN_MEMBERS));
	}

	@Test
	void listShowsEverySettingWithTodaysValueAndDefault() {
		assertThat(this.mvc.get().uri("/admin/settings").with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("政策参数", "过去的月份始终按当时有效的参数评判", "驻村工作队", "考勤（五天四夜）", "请销假",
					"工作队最少人数", "每周驻村夜数", "因公外出计入驻村天数", "3 人", "4 晚", "team.min-members",
					"leave.max-request-days");
	}

	@Test
	void englishListToo() {
		assertThat(this.mvc.get().uri("/admin/settings?lang=en").with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("Policy settings", "A past month is always judged by the values in force then",
					"Minimum team members", "Longest leave request", "History and change", "3 persons", "1 day");
	}

	@Test
	void aFutureValueIsScheduledInForceFromItsDateAndCanBeWithdrawn() {
		this.added.add(LeaveSettings.YEAR_LIMIT_DAYS.key());
		assertThat(add("leave.year-limit-days", this.future.toString(), "25", "济脱贫办通知", false))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/settings/leave.year-limit-days");

		assertThat(this.policy.intValue(LeaveSettings.YEAR_LIMIT_DAYS, this.future)).isEqualTo(25);
		assertThat(this.policy.intValue(LeaveSettings.YEAR_LIMIT_DAYS, this.future.minusDays(1))).isEqualTo(30);
		assertThat(this.mvc.get().uri("/admin/settings").with(TestUsers.officeAdmin())).bodyText()
			.contains(this.future + " 起：");
		assertThat(this.mvc.get().uri("/admin/settings/leave.year-limit-days").with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains("年度请假上限（天）", this.future.toString(), "25", "济脱贫办通知", "待生效", "撤回",
					"test-office_admin");

		long[] row = row(LeaveSettings.YEAR_LIMIT_DAYS, this.future);
		assertThat(this.mvc.post()
			.uri("/admin/settings/leave.year-limit-days/values/{id}/delete", row[0])
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(row[1]))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("successMessage", "setting.value-deleted");
		assertThat(count(LeaveSettings.YEAR_LIMIT_DAYS, this.future)).isZero();
		assertThat(this.policy.intValue(LeaveSettings.YEAR_LIMIT_DAYS, this.future)).isEqualTo(30);
	}

	@Test
	void badValuesAndDatesAreShownBesideTheFields() {
		String date = this.future.toString();
		assertThat(add("team.min-members", date, "abc", "", false)).hasStatusOk()
			.bodyText()
			.contains("请更正以下问题", "请输入整数");
		assertThat(add("team.min-members", date, "99", "", false)).hasStatusOk()
			.bodyText()
			.contains("取值应在 1 至 20 之间");
		assertThat(add("team.min-members", date, "", "", false)).hasStatusOk().bodyText().contains("必填");
		assertThat(add("attendance.official-business-counts", date, "maybe", "", false)).hasStatusOk()
			.bodyText()
			.contains("请选择是或否");
		assertThat(add("team.min-members", "2014-12-31", "4", "", true)).hasStatusOk()
			.bodyText()
			.contains("日期不能早于 2015-01-01");
		assertThat(add("team.min-members", "", "4", "", false)).hasStatusOk().bodyText().contains("必填");
		assertThat(add("team.min-members", "31.12.2030", "4", "", false)).hasStatusOk()
			.bodyText()
			.contains("请按 2026-11-28 的格式输入日期");
		assertThat(add("team.min-members", TODAY.plusYears(11).toString(), "4", "", false)).hasStatusOk()
			.bodyText()
			.contains("日期须在今天起 10 年以内");
		assertThat(add("team.min-members", date, "4", "x".repeat(201), false)).hasStatusOk()
			.bodyText()
			.contains("长度应在 0 到 200 个字符之间");
		assertThat(this.jdbc.sql("""
				select count(*) from policy_setting
				where key = 'team.min-members' and created_by = 'test-office_admin'""")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aSecondValueOnTheSameDateIsRefused() {
		this.added.add(WorkTeamSettings.REPLACEMENT_DAYS.key());
		assertThat(add("team.replacement-days", this.future.toString(), "6", "", false)).hasStatus(HttpStatus.FOUND);
		assertThat(add("team.replacement-days", this.future.toString(), "8", "", false)).hasStatusOk()
			.bodyText()
			.contains("该参数已有自 " + this.future + " 起生效的取值");
		assertThat(this.policy.intValue(WorkTeamSettings.REPLACEMENT_DAYS, this.future)).isEqualTo(6);
	}

	@Test
	void aPastDateAsksForConfirmationThenJudgesThePastAnew() {
		this.added.add(LeaveSettings.BACKDATE_DAYS.key());
		LocalDate march2016 = LocalDate.of(2016, 3, 1);
		assertThat(add("leave.backdate-days", "2016-03-01", "4", "", false)).hasStatusOk()
			.bodyText()
			.contains("这是过去的日期", "2016-03 及以后的每个月都将按它重新评判", "我已知晓");
		assertThat(count(LeaveSettings.BACKDATE_DAYS, march2016)).isZero();

		assertThat(add("leave.backdate-days", "2016-03-01", "4", "", true)).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("successMessage", "setting.value-added-past");
		assertThat(this.policy.intValue(LeaveSettings.BACKDATE_DAYS, LocalDate.of(2016, 2, 29))).isEqualTo(3);
		assertThat(this.policy.intValue(LeaveSettings.BACKDATE_DAYS, march2016)).isEqualTo(4);
		assertThat(this.policy.intValue(LeaveSettings.BACKDATE_DAYS, TODAY)).isEqualTo(4);
		assertThat(this.mvc.get().uri("/admin/settings/leave.backdate-days").with(TestUsers.officeAdmin()))
			.bodyText()
			.contains("执行中", "自 2016-03-01 起");
	}

	@Test
	void aValueInForceCannotBeWithdrawn() {
		this.added.add(LeaveSettings.MAX_REQUEST_DAYS.key());
		add("leave.max-request-days", "2016-01-01", "60", "", true);
		long[] row = row(LeaveSettings.MAX_REQUEST_DAYS, LocalDate.of(2016, 1, 1));
		assertThat(this.mvc.post()
			.uri("/admin/settings/leave.max-request-days/values/{id}/delete", row[0])
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(row[1]))).hasStatusOk().bodyText().contains("只能撤回尚未生效的取值");
		assertThat(count(LeaveSettings.MAX_REQUEST_DAYS, LocalDate.of(2016, 1, 1))).isEqualTo(1);
	}

	@Test
	void withdrawingOnAStaleVersionGivesTheConflictPage() {
		this.added.add(AttendanceSettings.MEMBER_EDIT_DAYS.key());
		add("attendance.member-edit-days", this.future.toString(), "2", "", false);
		long[] row = row(AttendanceSettings.MEMBER_EDIT_DAYS, this.future);
		assertThat(this.mvc.post()
			.uri("/admin/settings/attendance.member-edit-days/values/{id}/delete", row[0])
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(row[1] + 1))).hasStatus(HttpStatus.CONFLICT);
		assertThat(count(AttendanceSettings.MEMBER_EDIT_DAYS, this.future)).isEqualTo(1);
	}

	@Test
	void theTeamLeadersLeaveLimitStaysWithinTheTowns() {
		this.added.add(LeaveSettings.TEAM_MAX_DAYS.key());
		this.added.add(LeaveSettings.TOWN_MAX_DAYS.key());
		assertThat(add("leave.team-max-days", this.future.toString(), "5", "", false)).hasStatusOk()
			.bodyText()
			.contains("不能大于“镇（街道）审批请假上限（天）”，该参数自 " + this.future + " 起为 3");
		assertThat(add("leave.town-max-days", this.future.toString(), "6", "", false)).hasStatus(HttpStatus.FOUND);
		assertThat(add("leave.team-max-days", this.future.plusMonths(1).toString(), "5", "", false))
			.hasStatus(HttpStatus.FOUND);
		assertThat(add("leave.town-max-days", this.future.plusMonths(2).toString(), "4", "", false)).hasStatusOk()
			.bodyText()
			.contains("不能小于“队长审批请假上限（天）”");
	}

	@Test
	void unknownSettingGivesTheNotFoundPage() {
		assertThat(this.mvc.get().uri("/admin/settings/no.such-thing").with(TestUsers.officeAdmin()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aSnapshotHoldsEveryValueInForceOnItsDate() {
		this.added.add(AttendanceSettings.WEEK_NIGHTS.key());
		this.added.add(AttendanceSettings.OFFICIAL_BUSINESS_COUNTS.key());
		add("attendance.week-nights", this.future.toString(), "3", "", false);
		add("attendance.official-business-counts", this.future.plusDays(10).toString(), "false", "", false);

		Snapshot before = this.policy.forDate(this.future.minusDays(1));
		Snapshot first = this.policy.forDate(this.future);
		Snapshot later = this.policy.forDate(this.future.plusDays(10));
		assertThat(before.intValue(AttendanceSettings.WEEK_NIGHTS)).isEqualTo(4);
		assertThat(first.intValue(AttendanceSettings.WEEK_NIGHTS)).isEqualTo(3);
		assertThat(first.booleanValue(AttendanceSettings.OFFICIAL_BUSINESS_COUNTS)).isTrue();
		assertThat(later.booleanValue(AttendanceSettings.OFFICIAL_BUSINESS_COUNTS)).isFalse();
		assertThat(later.intValue(AttendanceSettings.WEEK_DAYS)).isEqualTo(5);
		assertThat(this.policy.booleanValue(AttendanceSettings.OFFICIAL_BUSINESS_COUNTS, this.future.plusDays(9)))
			.isTrue();
	}

	private MvcTestResult add(String key, String validFrom, String value, String note, boolean confirmPast) {
		return this.mvc.post()
			.uri("/admin/settings/{key}/values", key)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("validFrom", validFrom)
			.param("value", value)
			.param("note", note)
			.param("confirmPast", String.valueOf(confirmPast))
			.exchange();
	}

	private long[] row(SettingDefinition setting, LocalDate validFrom) {
		return this.jdbc.sql("select id, version from policy_setting where key = :key and valid_from = :from")
			.param("key", setting.key())
			.param("from", validFrom)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	private int count(SettingDefinition setting, LocalDate validFrom) {
		return this.jdbc.sql("select count(*) from policy_setting where key = :key and valid_from = :from")
			.param("key", setting.key())
			.param("from", validFrom)
			.query(Integer.class)
			.single();
	}
}
