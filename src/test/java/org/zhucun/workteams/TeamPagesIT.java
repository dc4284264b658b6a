package org.zhucun.workteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.organization.VillageCategory;
import org.zhucun.support.TestUsers;

/**
 * The team pages end to end: the list with its filters and problems, the team page, dispatching a team and changing
 * its roster through the forms, and bad input answered beside the field with nothing saved.
 */
class TeamPagesIT extends TeamsIT {

	@Test
	void listShowsVillageTownUnitLeaderMembersTermAndProblems() {
		Place place = place();
		long small = staffedTeam(place, 2);
		String leader = this.jdbc.queryForObject("select c.name from team_membership m join cadre c on c.id = m.cadre_id"
				+ " where m.team_id = ? and m.role = 'FIRST_SECRETARY'", String.class, small);
		long otherVillage = village(place.townId(), unique("村"), VillageCategory.NON_POOR_WITH_TASKS);
		long full = dispatch(otherVillage, place.unitId(), TERM_START, TERM_END);
		addMember(full, cadre(place.unitId()), TeamRole.TEAM_LEADER, TERM_START);
		String otherName = villageName(otherVillage);

		assertThat(this.mvc.get().uri("/teams?townId={t}", place.townId()).with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains(place.villageName(), place.townName(), place.unitName(), leader, "建档立卡贫困村", "人数不足",
					TERM_START + " 至 " + TERM_END, otherName, "有扶贫任务的非贫困村");
		assertThat(this.mvc.get().uri("/teams?townId={t}&problems=true", place.townId()).with(TestUsers.officeStaff()))
			.bodyText()
			.contains(place.villageName())
			.doesNotContain(otherName);
		assertThat(this.mvc.get()
			.uri("/teams?townId={t}&category=NON_POOR_WITH_TASKS", place.townId())
			.with(TestUsers.officeStaff())).bodyText().contains(otherName).doesNotContain(place.villageName());
		assertThat(this.mvc.get().uri("/teams?unitId={u}&status=ENDED", place.unitId()).with(TestUsers.officeStaff()))
			.bodyText()
			.doesNotContain(place.villageName(), otherName);
		assertThat(this.mvc.get().uri("/teams?townId={t}&problem=BELOW_MINIMUM", place.townId())
			.with(TestUsers.officeAdmin())).bodyText().contains(place.villageName()).doesNotContain(otherName);
		assertThat(this.mvc.get().uri("/teams?townId={t}&problem=NO_LEADER", place.townId())
			.with(TestUsers.officeAdmin())).bodyText().doesNotContain(place.villageName(), otherName);
	}

	@Test
	void listIsPagedByTwenty() {
		Place place = place(VillageCategory.NON_POOR_WITH_TASKS);
		for (int i = 0; i < 21; i++) {
			dispatch(place);
		}
		assertThat(this.mvc.get().uri("/teams?townId={t}", place.townId()).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains("共 21 条，第 1 / 2 页");
		assertThat(this.mvc.get().uri("/teams?townId={t}&page=1", place.townId()).with(TestUsers.officeAdmin()))
			.bodyText()
			.contains("共 21 条，第 2 / 2 页");
	}

	@Test
	void teamPageShowsMembersHistoryAndTheRulesBroken() throws Exception {
		Place place = place();
		long team = staffedTeam(place, 3);
		long leaving = this.jdbc.queryForObject("select max(cadre_id) from team_membership where team_id = ?",
				Long.class, team);
		String name = cadreName(leaving);
		long membership = membershipOf(team, leaving);
		asAdmin(() -> {
			this.teams.endMembership(team, membership, new MembershipEnd(TODAY.minusDays(1), LeaveReason.ROTATION,
					"轮换回单位", versionOfMembership(membership)));
			return null;
		});
		String page = this.mvc.get().uri("/teams/{id}", team).with(TestUsers.officeAdmin()).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"team-problems\"", "data-problem=\"BELOW_MINIMUM\"", "工作队现有在岗队员 2 人",
				"id=\"members\"", "id=\"members-history\"", "第一书记", name, "轮换", "轮换回单位", place.unitName())
			.doesNotContain("data-problem=\"NO_LEADER\"");
		// The member who left is in the history, not among the active members.
		String members = page.substring(page.indexOf("id=\"members\""), page.indexOf("id=\"members-history\""));
		assertThat(members.substring(0, members.indexOf("</table>"))).doesNotContain(name);
	}

	@Test
	void teamWithoutLeaderAndTermEndingShowTheirProblems() {
		Place place = place(VillageCategory.NON_POOR_WITH_TASKS);
		long team = dispatch(place.villageId(), place.unitId(), TERM_START, TODAY.plusDays(30));
		assertThat(this.mvc.get().uri("/teams/{id}", team).with(TestUsers.officeAdmin()))
			.bodyText()
			.contains("data-problem=\"NO_LEADER\"", "data-problem=\"TERM_ENDING\"", "任期将于 " + TODAY.plusDays(30))
			.doesNotContain("data-problem=\"BELOW_MINIMUM\"");
	}

	@Test
	void aTermShorterThanTwoYearsIsSavedAndShownAsAProblemOnTheTeamTheListsTheExportAndTheOverview()
			throws Exception {
		Place place = place(VillageCategory.NON_POOR_WITH_TASKS);
		RequestPostProcessor official = TestUsers.town(place.townId());
		LocalDate start = TODAY.minusMonths(1);
		LocalDate end = start.plusMonths(18).minusDays(1);
		assertThat(this.mvc.post()
			.uri("/teams")
			.with(official)
			.with(csrf())
			.param("villageId", String.valueOf(place.villageId()))
			.param("unitId", String.valueOf(place.unitId()))
			.param("termStart", start.toString())
			.param("termEnd", end.toString())
			.param("note", "")
			.exchange()).hasStatus(HttpStatus.FOUND);
		long team = this.jdbc.queryForObject("select id from work_team where village_id = ?", Long.class,
				place.villageId());
		addMember(team, cadre(place.unitId()), TeamRole.FIRST_SECRETARY, start);

		assertThat(this.mvc.get().uri("/teams/{id}", team).with(official)).bodyText()
			.contains("data-problem=\"SHORT_TERM\"", "任期 " + start + " 至 " + end + "，短于规定的 24 个月");
		assertThat(this.mvc.get().uri("/teams?townId={t}&problems=true", place.townId()).with(official))
			.bodyText()
			.contains(place.villageName(), "任期过短");
		assertThat(this.mvc.get().uri("/teams?townId={t}&problem=SHORT_TERM", place.townId()).with(official))
			.bodyText()
			.contains(place.villageName());
		assertThat(this.mvc.get().uri("/teams/problems").with(official)).bodyText()
			.contains("id=\"section-SHORT_TERM\"", "任期短于 24 个月（1）", place.villageName());
		byte[] file = this.mvc.get()
			.uri("/teams/export?townId={t}", place.townId())
			.with(official)
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(TeamReductionsIT.column(file, "工作队", "问题", "村")).containsExactly("任期过短");

		// two full years are enough
		this.jdbc.update("update work_team set term_end = ? where id = ?", start.plusMonths(24).minusDays(1), team);
		assertThat(this.mvc.get().uri("/teams/{id}", team).with(official)).bodyText()
			.doesNotContain("data-problem=\"SHORT_TERM\"");
	}

	@Test
	void townOfficialDispatchesATeamAddsMembersEndsOneAndSeesItBelowMinimum() {
		Place place = place();
		RequestPostProcessor official = TestUsers.town(place.townId());
		assertThat(this.mvc.get().uri("/teams/new").with(official)).hasStatusOk()
			.bodyText()
			.contains(place.villageName(), place.unitName());
		MvcTestResult created = this.mvc.post()
			.uri("/teams")
			.with(official)
			.with(csrf())
			.param("villageId", String.valueOf(place.villageId()))
			.param("unitId", String.valueOf(place.unitId()))
			.param("termStart", TERM_START.toString())
			.param("termEnd", TERM_END.toString())
			.param("note", "2026 年轮换")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		long team = this.jdbc.queryForObject("select id from work_team where village_id = ?", Long.class,
				place.villageId());
		assertThat(created).redirectedUrl().isEqualTo("/teams/" + team);
		assertThat(followRedirect(created, official)).bodyText().contains("工作队已派驻", "data-problem=\"NO_LEADER\"");

		long[] cadres = { cadre(place.unitId()), cadre(place.unitId()), cadre(place.unitId()) };
		String[] roles = { "FIRST_SECRETARY", "MEMBER", "MEMBER" };
		for (int i = 0; i < 3; i++) {
			assertThat(this.mvc.post()
				.uri("/teams/{id}/members", team)
				.with(official)
				.with(csrf())
				.param("cadreId", String.valueOf(cadres[i]))
				.param("role", roles[i])
				.param("joinedOn", TERM_START.toString())
				.param("note", "")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/teams/" + team);
		}
		assertThat(activeMembers(team)).isEqualTo(3);
		assertThat(this.mvc.get().uri("/teams/{id}", team).with(official)).bodyText()
			.contains("没有问题")
			.doesNotContain("data-problem=");

		long membership = membershipOf(team, cadres[2]);
		assertThat(this.mvc.get().uri("/teams/{id}/members/{m}/end", team, membership).with(official)).hasStatusOk()
			.bodyText()
			.contains(cadreName(cadres[2]), "召回调整");
		MvcTestResult ended = this.mvc.post()
			.uri("/teams/{id}/members/{m}/end", team, membership)
			.with(official)
			.with(csrf())
			.param("leftOn", TODAY.toString())
			.param("reason", "RECALL")
			.param("note", "召回原单位")
			.param("version", String.valueOf(versionOfMembership(membership)))
			.exchange();
		assertThat(ended).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/teams/" + team);
		assertThat(followRedirect(ended, official)).bodyText()
			.contains("已办理离队", "data-problem=\"BELOW_MINIMUM\"", "召回调整", "召回原单位");
		assertThat(this.jdbc.queryForObject("select leave_reason from team_membership where id = ?", String.class,
				membership)).isEqualTo("RECALL");
	}

	@Test
	void handOverTheLeadAndEndTheTeamThroughThePage() {
		Place place = place();
		long team = staffedTeam(place, 3);
		long member = this.jdbc.queryForObject(
				"select max(id) from team_membership where team_id = ? and role = 'MEMBER'", Long.class, team);
		assertThat(this.mvc.post()
			.uri("/teams/{id}/leader", team)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("membershipId", String.valueOf(member))
			.param("role", "TEAM_LEADER")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select role from team_membership where id = ?", String.class, member))
			.isEqualTo("TEAM_LEADER");
		assertThat(this.jdbc.queryForObject("select count(*) from team_membership where team_id = ? and role <> "
				+ "'MEMBER'", Long.class, team)).isEqualTo(1);

		assertThat(this.mvc.post()
			.uri("/teams/{id}/end", team)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("endedOn", TODAY.toString())).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select status from work_team where id = ?", String.class, team))
			.isEqualTo("ENDED");
		assertThat(activeMembers(team)).isZero();
		assertThat(this.mvc.get().uri("/teams/{id}", team).with(TestUsers.officeAdmin())).bodyText()
			.contains("已结束", "撤离")
			.doesNotContain("id=\"add-member\"");
	}

	@Test
	void secondActiveTeamForAPoorVillageIsRefusedBesideTheVillage() {
		Place place = place();
		dispatch(place);
		assertThat(this.mvc.post()
			.uri("/teams")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("villageId", String.valueOf(place.villageId()))
			.param("unitId", String.valueOf(place.unitId()))
			.param("termStart", TERM_START.toString())
			.param("termEnd", TERM_END.toString())).hasStatusOk()
			.bodyText()
			.contains("该建档立卡贫困村已有在岗工作队（一村一队）", "is-invalid");
		assertThat(activeTeamsOf(place.villageId())).isEqualTo(1);
	}

	@Test
	void badDispatchFormsAreAnsweredBesideTheFields() {
		Place place = place();
		assertThat(this.mvc.post().uri("/teams").with(TestUsers.officeAdmin()).with(csrf()).param("termStart", "2026-13-45"))
			.hasStatusOk()
			.bodyText()
			.contains("请选择村。", "请选择派出单位。", "请按 2026-11-28 的格式填写日期。", "请填写任期结束日期。");
		assertThat(this.mvc.post()
			.uri("/teams")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("villageId", String.valueOf(place.villageId()))
			.param("unitId", String.valueOf(place.unitId()))
			.param("termStart", TERM_END.toString())
			.param("termEnd", TERM_START.toString())).hasStatusOk().bodyText().contains("任期结束日期不能早于开始日期。");
		assertThat(activeTeamsOf(place.villageId())).isZero();
	}

	@Test
	void cadreActiveInAnotherTeamIsRefusedNamingItsVillage() {
		Place first = place();
		Place second = place();
		long teamA = staffedTeam(first, 1);
		long teamB = staffedTeam(second, 1);
		long cadre = cadre(first.unitId());
		addMember(teamA, cadre, TeamRole.MEMBER, TODAY);
		assertThat(postMember(teamB, cadre, "MEMBER", TODAY)).hasStatusOk()
			.bodyText()
			.contains("该干部是" + first.villageName() + "工作队的在岗队员", "id=\"add-member\"");
		assertThat(activeMembers(teamB)).isEqualTo(1);
	}

	@Test
	void twoLeadersAreRefused() {
		Place place = place();
		long team = staffedTeam(place, 2);
		assertThat(postMember(team, cadre(place.unitId()), "TEAM_LEADER", TODAY)).hasStatusOk()
			.bodyText()
			.contains("工作队已有队长");
		assertThat(activeMembers(team)).isEqualTo(2);
	}

	@Test
	void memberOutsideTheTermOrWithoutLeaderIsRefused() {
		Place place = place();
		long team = dispatch(place);
		assertThat(postMember(team, cadre(place.unitId()), "MEMBER", TODAY)).bodyText()
			.contains("工作队还没有队长：请先添加第一书记或队长。");
		assertThat(postMember(team, cadre(place.unitId()), "FIRST_SECRETARY", TERM_START.minusDays(1))).bodyText()
			.contains("入队日期须在任期内（" + TERM_START + " 至 " + TERM_END + "）");
		assertThat(this.mvc.post().uri("/teams/{id}/members", team).with(TestUsers.officeAdmin()).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("请选择干部。", "请选择角色。", "请填写入队日期。");
		assertThat(memberships(team)).isZero();
	}

	@Test
	void membershipEndingBeforeItBeganIsRefused() {
		Place place = place();
		long team = staffedTeam(place, 2);
		long cadre = cadre(place.unitId());
		LocalDate joined = TODAY.minusDays(5);
		addMember(team, cadre, TeamRole.MEMBER, joined);
		long membership = membershipOf(team, cadre);
		MvcTestResult result = endMembership(team, membership, joined.minusDays(1).toString(), "ROTATION");
		assertThat(result).hasStatusOk().bodyText().contains("离队日期不能早于入队日期（" + joined + "）");
		assertThat(endMembership(team, membership, TODAY.plusDays(1).toString(), "ROTATION")).bodyText()
			.contains("日期不能晚于今天。");
		assertThat(endMembership(team, membership, "", "")).bodyText().contains("请填写离队日期。", "请选择离队原因。");
		assertThat(this.jdbc.queryForObject("select left_on is null from team_membership where id = ?", Boolean.class,
				membership)).isTrue();
	}

	@Test
	void leaderCannotLeaveWhileOthersServe() {
		Place place = place();
		long team = staffedTeam(place, 2);
		long leader = this.jdbc.queryForObject(
				"select id from team_membership where team_id = ? and role = 'FIRST_SECRETARY'", Long.class, team);
		assertThat(endMembership(team, leader, TODAY.toString(), "RECALL")).hasStatusOk()
			.bodyText()
			.contains("办理离队前，请先将队长职责交给其他队员。");
		assertThat(activeMembers(team)).isEqualTo(2);
	}

	@Test
	void editTheTermAndRefuseAStaleEdit() {
		Place place = place();
		long team = staffedTeam(place, 1);
		long version = this.jdbc.queryForObject("select version from work_team where id = ?", Long.class, team);
		assertThat(this.mvc.get().uri("/teams/{id}/edit", team).with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains(TERM_END.toString());
		LocalDate later = TERM_END.plusMonths(6);
		assertThat(this.mvc.post()
			.uri("/teams/{id}", team)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("termEnd", later.toString())
			.param("note", "延期")
			.param("version", String.valueOf(version))).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select term_end from work_team where id = ?", LocalDate.class, team))
			.isEqualTo(later);
		assertThat(this.mvc.post()
			.uri("/teams/{id}", team)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("termEnd", TERM_END.toString())
			.param("version", String.valueOf(version))).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.mvc.post()
			.uri("/teams/{id}", team)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("termEnd", TERM_START.minusDays(1).toString())
			.param("version", String.valueOf(version + 1))).hasStatusOk().bodyText().contains("任期结束日期不能早于开始日期。");
		assertThat(this.jdbc.queryForObject("select term_end from work_team where id = ?", LocalDate.class, team))
			.isEqualTo(later);
	}

	@Test
	void englishTeamPageAndUnknownTeam() {
		Place place = place();
		long team = staffedTeam(place, 1);
		assertThat(this.mvc.get().uri("/teams/{id}?lang=en", team).with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("Work team of " + place.villageName(), "First secretary", "Below minimum");
		assertThat(this.mvc.get().uri("/teams/{id}", Long.MAX_VALUE).with(TestUsers.officeAdmin()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/teams/abc").with(TestUsers.officeAdmin())).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void cadrePageListsMembershipsOverTime() {
		Place first = place();
		Place second = place();
		long teamA = staffedTeam(first, 1);
		long teamB = staffedTeam(second, 1);
		long cadre = cadre(first.unitId());
		addMember(teamA, cadre, TeamRole.MEMBER, TODAY.minusDays(30));
		long membership = membershipOf(teamA, cadre);
		asAdmin(() -> {
			this.teams.endMembership(teamA, membership, new MembershipEnd(TODAY.minusDays(20), LeaveReason.TRANSFER,
					null, versionOfMembership(membership)));
			return null;
		});
		addMember(teamB, cadre, TeamRole.MEMBER, TODAY.minusDays(10));
		assertThat(this.mvc.get().uri("/cadres/{id}/teams", cadre).with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains(cadreName(cadre), first.villageName(), second.villageName(), "调动", "在岗",
					TODAY.minusDays(20).toString());
	}

	@Test
	void teamAccountsFindTheirOwnTeam() {
		Place place = place();
		long team = staffedTeam(place, 2);
		long cadre = this.jdbc.queryForObject("select max(cadre_id) from team_membership where team_id = ?",
				Long.class, team);
		assertThat(this.mvc.get().uri("/teams/mine").with(TestUsers.member(place.unitId(), cadre)))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/teams/" + team);
		assertThat(this.mvc.get().uri("/teams/mine").with(TestUsers.member(place.unitId(), cadre(place.unitId()))))
			.hasStatusOk()
			.bodyText()
			.contains("您目前不是任何驻村工作队的在岗队员");
	}

	@Test
	void navigationLeadsToTheTeams() {
		assertThat(this.mvc.get().uri("/").with(TestUsers.officeStaff())).bodyText().contains("href=\"/teams\"");
		assertThat(this.mvc.get().uri("/").with(TestUsers.member(1L, 1L))).bodyText()
			.contains("href=\"/teams/mine\"")
			.doesNotContain("href=\"/teams\"");
	}

	@Test
	void rosterChangesAreInTheAuditTrail() {
		Place place = place();
		long team = staffedTeam(place, 2);
		long membership = this.jdbc.queryForObject(
				"select id from team_membership where team_id = ? and role = 'MEMBER'", Long.class, team);
		assertThat(endMembership(team, membership, TODAY.toString(), "RECALL")).hasStatus(HttpStatus.FOUND);
		Long change = this.jdbc.queryForObject("""
				select max(id) from revision_change
				where entity_type = 'TeamMembership' and entity_id = ? and change_type = 1""", Long.class,
				String.valueOf(membership));
		assertThat(this.mvc.get().uri("/admin/audit/{c}", change).with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("工作队队员", "离队原因", "召回调整", "离队日期", TODAY.toString());
	}

	@Test
	void everyPageRendersInBothLanguagesWithoutMissingTexts() {
		Place place = place();
		long team = staffedTeam(place, 2);
		long membership = this.jdbc.queryForObject("select max(id) from team_membership where team_id = ?", Long.class,
				team);
		long cadre = this.jdbc.queryForObject("select cadre_id from team_membership where id = ?", Long.class,
				membership);
		asAdmin(() -> {
			this.teams.endMembership(team, membership, new MembershipEnd(TODAY.minusMonths(1), LeaveReason.OTHER, null,
					versionOfMembership(membership)));
			return null;
		});
		String[] pages = { "/teams", "/teams?problems=true", "/teams/" + team, "/teams/new", "/teams/" + team + "/edit",
				"/teams/" + team + "/members/" + membership + "/end", "/teams/reductions?month="
						+ YearMonth.from(TODAY.minusMonths(1)), "/teams/problems", "/teams/extend-terms",
				"/teams/import", "/cadres/" + cadre + "/teams" };
		for (String lang : new String[] { "zh_CN", "en" }) {
			for (String page : pages) {
				assertThat(this.mvc.get().uri(page + (page.contains("?") ? "&" : "?") + "lang=" + lang)
					.with(TestUsers.officeAdmin())).as(page + " " + lang)
					.hasStatusOk()
					.bodyText()
					.doesNotContain("??", "_en??", "_zh_CN??");
			}
		}
	}

	private MvcTestResult postMember(long team, long cadre, String role, LocalDate joinedOn) {
		return this.mvc.post()
			.uri("/teams/{id}/members", team)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("cadreId", String.valueOf(cadre))
			.param("role", role)
			.param("joinedOn", joinedOn.toString())
			.exchange();
	}

	private MvcTestResult endMembership(long team, long membership, String leftOn, String reason) {
		return this.mvc.post()
			.uri("/teams/{id}/members/{m}/end", team, membership)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("leftOn", leftOn)
			.param("reason", reason)
			.param("version", String.valueOf(versionOfMembership(membership)))
			.exchange();
	}

	private String villageName(long villageId) {
		return this.jdbc.queryForObject("select name from village where id = ?", String.class, villageId);
	}

	private String cadreName(long cadreId) {
		return this.jdbc.queryForObject("select name from cadre where id = ?", String.class, cadreId);
	}
}
