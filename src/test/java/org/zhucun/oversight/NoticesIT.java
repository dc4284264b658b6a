package org.zhucun.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhucun.support.TestUsers;
import org.zhucun.workteams.LeaveReason;
import org.zhucun.workteams.MemberView;
import org.zhucun.workteams.MembershipEnd;
import org.zhucun.workteams.ReductionLine;
import org.zhucun.workteams.TeamReductions;
import org.zhucun.workteams.TeamView;

/**
 * Notices: the draft of a month lists exactly the teams the work teams module finds reduced in it, names their units
 * and no cadre; it is edited with bad input refused beside its field, numbered by its pattern when published, and
 * seen by the units it names only.
 */
class NoticesIT extends OversightIT {

	@Autowired
	private TeamReductions reductions;

	@Test
	void theDraftListsTheMonthsFactsNamesUnitsAndIsPublishedToThem() {
		Team team = team();
		TeamView view = asAdmin(() -> this.teams.get(team.teamId()));
		MemberView leaving = view.members().stream().filter(m -> m.cadreId() == team.member2Id()).findFirst().orElseThrow();
		asAdmin(() -> {
			this.teams.endMembership(team.teamId(), leaving.membershipId(),
					new MembershipEnd(TODAY.minusDays(20), LeaveReason.TRANSFER, null, leaving.version()));
			return null;
		});
		YearMonth month = YearMonth.from(TODAY);

		MvcTestResult drafted = this.mvc.post()
			.uri("/oversight/notices")
			.param("month", month.toString())
			.with(TestUsers.officeStaff())
			.with(csrf())
			.exchange();
		assertThat(drafted).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select max(id) from oversight_notice", Long.class);
		String body = this.jdbc.queryForObject("select body from oversight_notice where id = ?", String.class, id);
		// Every reduction of the month the work teams module finds, and nothing about the cadre who left.
		List<ReductionLine> reduced = asAdmin(() -> this.reductions.forMonth(month));
		assertThat(reduced).isNotEmpty();
		for (ReductionLine r : reduced) {
			assertThat(body).contains(r.villageName() + "工作队（" + r.unitName() + "）");
		}
		assertThat(body.lines().filter(l -> l.contains("在岗人数由"))).hasSize(reduced.size());
		String leaver = this.jdbc.queryForObject("select name from cadre where id = ?", String.class, team.member2Id());
		assertThat(body).doesNotContain(leaver);
		assertThat(this.jdbc.queryForList("select unit_id from oversight_notice_unit where notice_id = ?", Long.class, id))
			.contains(team.unitId());
		// A unit made after the draft is named in none of its facts.
		long stranger = insert("insert into aid_unit (name, kind, created_at, created_by, modified_at, modified_by) "
				+ "values (?, 'GOVERNMENT', now(), 'test', now(), 'test') returning id", unique("单位"));
		assertThat(this.jdbc.queryForList("select unit_id from oversight_notice_unit where notice_id = ?", Long.class, id))
			.doesNotContain(stranger);

		// A draft is the office's only.
		assertThat(this.mvc.get().uri("/oversight/notices/" + id).with(TestUsers.unit(team.unitId())).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);

		// Bad input beside its field, nothing saved.
		assertThat(edit(id, " ", body, "济脱贫办〔{year}〕{n}号").exchange()).hasStatusOk()
			.bodyText()
			.contains("请填写标题");
		assertThat(edit(id, "通报", body, "济脱贫办〔{year}〕号").exchange()).hasStatusOk()
			.bodyText()
			.contains("编号格式中须有");
		assertThat(this.jdbc.queryForObject("select number_pattern from oversight_notice where id = ?", String.class, id))
			.isEqualTo("济脱贫办〔{year}〕{n}号");
		assertThat(edit(id, "关于11月驻村工作的通报", body + "\n特此通报。", "测试办〔{year}〕{n}号").exchange())
			.hasStatus(HttpStatus.FOUND);

		long liaison = insert("insert into account (username, password_hash, display_name, role, unit_id, created_at, "
				+ "modified_at) values (?, 'x', '联络员', 'UNIT_ADMIN', ?, now(), now()) returning id", unique("u"),
				team.unitId());
		assertThat(published(liaison, id)).as("not while a draft").isZero();
		Integer last = this.jdbc.queryForObject("select max(seq) from oversight_notice where year = 2026", Integer.class);
		assertThat(this.mvc.post()
			.uri("/oversight/notices/" + id + "/publish")
			.param("version", String.valueOf(version(id)))
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		Map<String, Object> published = this.jdbc.queryForMap("select * from oversight_notice where id = ?", id);
		int seq = (last == null ? 0 : last) + 1;
		assertThat(published).containsEntry("state", "PUBLISHED")
			.containsEntry("number", "测试办〔2026〕" + seq + "号")
			.containsEntry("published_on", java.sql.Date.valueOf(TODAY));

		// The unit named is notified once (it sees it in its bell); the office is not.
		assertThat(published(liaison, id)).isEqualTo(1);
		assertThat(this.jdbc.queryForList("select distinct args[1] from notice where href = ?", String.class,
				"/oversight/notices/" + id)).containsExactly("测试办〔2026〕" + seq + "号");
		assertThat(this.jdbc.queryForObject("select count(*) from notice n join notice_recipient r on r.notice_id = n.id "
				+ "join account a on a.id = r.account_id where n.href = ? and (a.role <> 'UNIT_ADMIN' or a.unit_id not in "
				+ "(select unit_id from oversight_notice_unit where notice_id = ?))", Integer.class,
				"/oversight/notices/" + id, id)).as("only the units named").isZero();
		// The unit named sees it, and its print view; another unit does not.
		assertThat(this.mvc.get().uri("/oversight/notices").with(TestUsers.unit(team.unitId())).exchange())
			.bodyText()
			.contains("data-notice=\"" + id + "\"");
		assertThat(this.mvc.get().uri("/oversight/notices/" + id + "/print").with(TestUsers.unit(team.unitId()))
			.exchange()).hasStatusOk().bodyText().contains("测试办〔2026〕" + seq + "号").contains("特此通报。");
		assertThat(this.mvc.get().uri("/oversight/notices/" + id).with(TestUsers.unit(stranger)).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/oversight/notices").with(TestUsers.unit(stranger)).exchange())
			.bodyText()
			.doesNotContain("data-notice=\"" + id + "\"");
		// Published, it no longer changes.
		edit(id, "改标题", body, "测试办〔{year}〕{n}号").exchange();
		assertThat(this.jdbc.queryForObject("select title from oversight_notice where id = ?", String.class, id))
			.isEqualTo("关于11月驻村工作的通报");
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder edit(long id, String title,
			String body, String pattern) {
		return this.mvc.post()
			.uri("/oversight/notices/" + id)
			.param("version", String.valueOf(version(id)))
			.param("title", title)
			.param("body", body)
			.param("numberPattern", pattern)
			.with(TestUsers.officeStaff())
			.with(csrf());
	}

	@Test
	void theNumberingPatternIsASettingRefusedWithoutTheNumber() {
		String setting = "/admin/settings/oversight.notice-number-pattern/values";
		assertThat(this.mvc.post()
			.uri(setting)
			.param("validFrom", TODAY.toString())
			.param("value", "济政办〔{year}〕号")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.exchange()).hasStatusOk().bodyText().contains("编号格式中须有 {n}（当年序号）。");
		assertThat(this.jdbc.queryForObject("select count(*) from policy_setting where key = "
				+ "'oversight.notice-number-pattern'", Integer.class)).isZero();
		assertThat(this.mvc.post()
			.uri(setting)
			.param("validFrom", TODAY.toString())
			.param("value", "济政办〔{year}〕{n}号")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		try {
			this.mvc.post()
				.uri("/oversight/notices")
				.param("month", YearMonth.from(TODAY).minusMonths(1).toString())
				.with(TestUsers.officeStaff())
				.with(csrf())
				.exchange();
			assertThat(this.jdbc.queryForObject("select number_pattern from oversight_notice order by id desc limit 1",
					String.class)).isEqualTo("济政办〔{year}〕{n}号");
		}
		finally {
			this.jdbc.update("delete from policy_setting where key = 'oversight.notice-number-pattern'");
		}
	}

	private int published(long account, long noticeId) {
		return this.jdbc.queryForObject("select count(*) from notice n join notice_recipient r on r.notice_id = n.id "
				+ "where r.account_id = ? and n.kind = 'oversight.notice-published' and n.href = ?", Integer.class,
				account, "/oversight/notices/" + noticeId);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from oversight_notice where id = ?", Long.class, id);
	}
}
