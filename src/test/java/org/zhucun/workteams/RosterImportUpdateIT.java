package org.zhucun.workteams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhucun.support.ImportFlow.assertDone;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.support.EditedExport;
import org.zhucun.support.ImportFlow;
import org.zhucun.support.TestUsers;

/**
 * The roster import with a preview, keyed by village (the village's active team) and team + cadre (the membership):
 * an edited roster export imports again as "n created, m updated, k unchanged" (a role changed by a handover, a new
 * member added, past memberships left as they are), a second import of the same file as "0, 0, all"; a row that
 * breaks a team rule is shown with its message and nothing is written; a town official imports for their own town
 * only, and only those who may import can.
 */
class RosterImportUpdateIT extends TeamsIT {

	private static final String ROSTER = "工作队名册";

	private static final String CADRE = "干部姓名";

	@Test
	void anEditedRosterExportImportsAgainUpdatingByVillageAndCadreNeverDuplicating() throws Exception {
		Place place = place();
		long team = staffedTeam(place, 3);
		long leader = cadreOf(team, "FIRST_SECRETARY");
		long member = this.jdbc.queryForObject("select max(cadre_id) from team_membership where team_id = ?",
				Long.class, team);
		long leaver = leftMember(team, place);
		long newcomer = cadre(place.unitId());
		RequestPostProcessor town = TestUsers.town(place.townId());
		byte[] export = export(place, town);
		assertThat(EditedExport.of(export).dataRows(ROSTER, CADRE)).isEqualTo(4);
		// The lead goes from the first secretary to a member; a cadre joins.
		byte[] edited = EditedExport.of(export)
			.set(ROSTER, CADRE, name(member), "角色", "第一书记")
			.set(ROSTER, CADRE, name(leader), "角色", "队员")
			.add(ROSTER, Map.of("村", place.villageName(), "镇", place.townName(), "帮扶单位", place.unitName(), CADRE,
					name(newcomer), "角色", "队员", "入队日期", TODAY.toString()))
			.bytes();

		MvcTestResult preview = flow().preview(town, edited);
		assertThat(preview).hasStatusOk()
			.bodyText()
			.contains("id=\"import-key\"", "工作队按“村”识别", "将新增 1 条、更新 2 条、2 条不变",
					place.townName() + " / " + place.villageName() + " / " + name(newcomer), "接替 " + name(leader),
					"离队", "id=\"confirm-import\"");
		assertThat(roleOf(team, member)).isEqualTo("MEMBER");

		assertDone(flow().confirm(town, preview), "/teams", 1, 2, 2);
		assertThat(roleOf(team, member)).isEqualTo("FIRST_SECRETARY");
		assertThat(roleOf(team, leader)).isEqualTo("MEMBER");
		assertThat(roleOf(team, newcomer)).isEqualTo("MEMBER");
		assertThat(activeMembers(team)).isEqualTo(4);
		assertThat(memberships(team)).isEqualTo(5);
		assertThat(activeTeamsOf(place.villageId())).isOne();
		assertThat(this.jdbc.queryForObject("select left_on is not null from team_membership where team_id = ? "
				+ "and cadre_id = ?", Boolean.class, team, leaver)).isTrue();

		MvcTestResult again = flow().preview(town, edited);
		assertThat(again).bodyText().contains("将新增 0 条、更新 0 条、5 条不变");
		assertDone(flow().confirm(town, again), "/teams", 0, 0, 5);
		assertThat(memberships(team)).isEqualTo(5);
		// The export of the imported roster imports as it is, unchanged.
		assertDone(flow().confirm(town, flow().preview(town, export(place, town))), "/teams", 0, 0, 5);
	}

	@Test
	void rowsBreakingTeamRulesAreShownWithTheirMessagesAndNothingIsWritten() throws Exception {
		Place place = place();
		long team = staffedTeam(place, 3);
		long leader = cadreOf(team, "FIRST_SECRETARY");
		long member = this.jdbc.queryForObject("select max(cadre_id) from team_membership where team_id = ?",
				Long.class, team);
		long leaver = leftMember(team, place);
		Place elsewhere = place();
		long busy = this.jdbc.queryForObject("select cadre_id from team_membership where team_id = ? limit 1",
				Long.class, staffedTeam(elsewhere, 1));
		long good = cadre(place.unitId());
		byte[] export = export(place, TestUsers.officeAdmin());
		byte[] bad = EditedExport.of(export)
			// the leader steps down without a new leader
			.set(ROSTER, CADRE, name(leader), "角色", "队员")
			// the day of joining of a member is changed
			.set(ROSTER, CADRE, name(member), "入队日期", TODAY.toString())
			// a past membership whose day of leaving is changed
			.set(ROSTER, CADRE, name(leaver), "离队日期", TODAY.minusDays(2).toString())
			// a cadre active in another team
			.add(ROSTER, row(place, busy, "队员"))
			// a good row: not written either
			.add(ROSTER, row(place, good, "队员"))
			.bytes();
		assertThat(flow().preview(TestUsers.officeAdmin(), bad)).hasStatusOk()
			.bodyText()
			.contains("未导入：发现 4 个问题", "须在同一文件中为该工作队指定新的队长", "入队日期不能通过导入修改",
					"导入不办理离队", "该干部是" + elsewhere.villageName() + "工作队的在岗队员", "本次没有保存任何一行")
			.doesNotContain("id=\"confirm-import\"");
		assertThat(roleOf(team, leader)).isEqualTo("FIRST_SECRETARY");
		assertThat(memberships(team)).isEqualTo(4);

		// a second leader while the present one stays: the message names the leader
		byte[] twoLeaders = EditedExport.of(export).set(ROSTER, CADRE, name(member), "角色", "队长").bytes();
		assertThat(flow().preview(TestUsers.officeAdmin(), twoLeaders)).hasStatusOk()
			.bodyText()
			.contains("未导入：发现 1 个问题", name(leader) + " 是该工作队的队长");
		assertThat(roleOf(team, member)).isEqualTo("MEMBER");
	}

	@Test
	void aTownOfficialImportsForTheirOwnTownOnlyAndOthersAreRefused() throws Exception {
		Place own = place();
		Place other = place();
		long team = staffedTeam(other, 2);
		long newcomer = cadre(other.unitId());
		byte[] intruding = EditedExport.of(export(other, TestUsers.officeAdmin()))
			.add(ROSTER, row(other, newcomer, "队员"))
			.bytes();
		RequestPostProcessor town = TestUsers.town(own.townId());
		assertThat(flow().preview(town, intruding)).hasStatusOk()
			.bodyText()
			.contains("未导入：发现 3 个问题", other.townName() + " 不是您所在的镇（街道）")
			.doesNotContain("id=\"confirm-import\"");
		assertThat(memberships(team)).isEqualTo(2);

		// the office's previewed file cannot be confirmed by the town official
		MvcTestResult office = flow().preview(TestUsers.officeAdmin(), intruding);
		assertThat(office).bodyText().contains("将新增 1 条、更新 0 条、2 条不变");
		MvcTestResult stranger = flow().confirm(town, office);
		assertThat(stranger).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/teams/import");
		assertThat(stranger).flash().containsEntry("errorMessage", "excel.import.expired");
		assertThat(memberships(team)).isEqualTo(2);

		for (RequestPostProcessor user : List.of(TestUsers.officeStaff(), TestUsers.unit(other.unitId()))) {
			assertThat(flow().preview(user, intruding)).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(flow().confirm(user, ImportFlow.fields(office))).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertDone(flow().confirm(TestUsers.officeAdmin(), office), "/teams", 1, 0, 2);
		assertThat(activeMembers(team)).isEqualTo(3);
	}

	private ImportFlow flow() {
		return new ImportFlow(this.mvc, "/teams");
	}

	private byte[] export(Place place, RequestPostProcessor user) throws Exception {
		MvcTestResult result = this.mvc.get().uri("/teams/export?townId={t}", place.townId()).with(user).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	/** A member who joined at the start of the term and left yesterday: a past membership of the team. */
	private long leftMember(long team, Place place) {
		long cadre = cadre(place.unitId());
		long membership = addMember(team, cadre, TeamRole.MEMBER, TERM_START);
		asAdmin(() -> {
			this.teams.endMembership(team, membership, new MembershipEnd(TODAY.minusDays(1), LeaveReason.ROTATION, null,
					versionOfMembership(membership)));
			return null;
		});
		return cadre;
	}

	private Map<String, String> row(Place place, long cadre, String role) {
		return Map.of("村", place.villageName(), "镇", place.townName(), "帮扶单位", place.unitName(), CADRE, name(cadre),
				"角色", role, "入队日期", TODAY.toString());
	}

	private long cadreOf(long team, String role) {
		return this.jdbc.queryForObject("select cadre_id from team_membership where team_id = ? and role = ? "
				+ "and left_on is null", Long.class, team, role);
	}

	private String roleOf(long team, long cadre) {
		return this.jdbc.queryForObject("select role from team_membership where team_id = ? and cadre_id = ? "
				+ "order by joined_on desc limit 1", String.class, team, cadre);
	}

	private String name(long cadre) {
		return this.jdbc.queryForObject("select name from cadre where id = ?", String.class, cadre);
	}
}
