package org.zhucun.workteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.organization.VillageCategory;
import org.zhucun.support.ImportFlow;
import org.zhucun.support.TestUsers;

/**
 * Rosters in Excel: the template, an import that creates or fills teams with every row checked first (nothing
 * written when a row is wrong, each problem on its row) and a preview before it writes, and the export of teams and
 * members.
 */
class RosterExcelIT extends TeamsIT {

	@Test
	void templateHasTheRosterColumns() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/teams/import/template").with(TestUsers.officeAdmin()).exchange();
		assertThat(result).hasStatusOk().hasContentType(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		byte[] file = result.getResponse().getContentAsByteArray();
		assertThat(TeamReductionsIT.column(file, "工作队名册", "角色", "干部姓名")).containsExactly("第一书记");
		assertThat(this.mvc.get().uri("/teams/import").with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("干部手机号", "入队日期", "第一书记、队长或队员");
	}

	@Test
	void importCreatesTheTeamOfAVillageWithoutOneAndFillsAnExistingTeam() {
		Place fresh = place();
		long leader = cadre(fresh.unitId(), unique("队长"), "13800000001");
		long member = cadre(fresh.unitId(), unique("队员"), "13800000002");
		// A cadre of another unit may serve too.
		long guest = cadre(unit(unique("单位")), unique("队员"), "13800000003");

		Place existing = place();
		long team = staffedTeam(existing, 2);
		long newcomer = cadre(existing.unitId(), unique("队员"), "13800000004");

		LocalDate joined = TODAY.minusDays(3);
		MockMultipartFile file = new RosterWorkbook()
			// Members before their leader: the import adds the leader first.
			.row(fresh.villageName(), fresh.townName(), fresh.unitName(), name(member), null, "队员", joined.toString())
			.row(fresh.villageName(), fresh.townName(), fresh.unitName(), name(guest), "13800000003", "队员", joined)
			.row(fresh.villageName(), fresh.townName(), fresh.unitName(), name(leader), null, "第一书记",
					TERM_START.getYear() + "/" + TERM_START.getMonthValue() + "/" + TERM_START.getDayOfMonth())
			.row(existing.villageName(), existing.townName(), existing.unitName(), name(newcomer), null, "队员",
					joined.toString())
			.file();
		MvcTestResult result = upload(TestUsers.town(fresh.townId()), file, TERM_START, TERM_END);
		// A town official imports for their own town only: the second village is in another town.
		assertThat(result).hasStatusOk().bodyText().contains("id=\"row-errors\"", "不是您所在的镇（街道）");
		assertThat(activeTeamsOf(fresh.villageId())).isZero();
		assertThat(activeMembers(team)).isEqualTo(2);

		MvcTestResult preview = upload(TestUsers.officeAdmin(), file, TERM_START, TERM_END);
		assertThat(preview).hasStatusOk().bodyText().contains("将新增 4 条、更新 0 条、0 条不变", "新建工作队");
		assertThat(activeTeamsOf(fresh.villageId())).isZero();
		MvcTestResult imported = new ImportFlow(this.mvc, "/teams").confirm(TestUsers.officeAdmin(), preview);
		ImportFlow.assertDone(imported, "/teams", 4, 0, 0);
		assertThat(followRedirect(imported, TestUsers.officeAdmin())).bodyText()
			.contains("导入完成：新增 4 条，更新 0 条，0 条不变。");
		long created = this.jdbc.queryForObject("select id from work_team where village_id = ? and status = 'ACTIVE'",
				Long.class, fresh.villageId());
		assertThat(this.jdbc.queryForObject("select term_start from work_team where id = ?", LocalDate.class, created))
			.isEqualTo(TERM_START);
		assertThat(this.jdbc.queryForObject("select role from team_membership where team_id = ? and cadre_id = ?",
				String.class, created, leader)).isEqualTo("FIRST_SECRETARY");
		assertThat(this.jdbc.queryForObject("select joined_on from team_membership where team_id = ? and cadre_id = ?",
				LocalDate.class, created, leader)).isEqualTo(TERM_START);
		assertThat(this.jdbc.queryForObject("select joined_on from team_membership where team_id = ? and cadre_id = ?",
				LocalDate.class, created, guest)).isEqualTo(joined);
		assertThat(activeMembers(created)).isEqualTo(3);
		assertThat(activeMembers(team)).isEqualTo(3);
	}

	@Test
	void badRosterIsRefusedRowByRowAndNothingIsWritten() {
		Place place = place();
		long team = staffedTeam(place, 1);
		Place elsewhere = place();
		long busy = cadre(elsewhere.unitId());
		staffedTeam(elsewhere, 1);
		addMember(this.jdbc.queryForObject("select id from work_team where village_id = ?", Long.class,
				elsewhere.villageId()), busy, TeamRole.MEMBER, TODAY);
		Place fresh = place();
		long good = cadre(fresh.unitId(), unique("队长"), null);
		String namesake = unique("同名");
		cadre(place.unitId(), namesake, "13800000011");
		cadre(place.unitId(), namesake, "13800000012");
		long second = cadre(place.unitId());

		MockMultipartFile file = new RosterWorkbook()
			// Row 2 is right on its own, but nothing may be written while another row is wrong.
			.row(fresh.villageName(), fresh.townName(), fresh.unitName(), name(good), null, "第一书记", TODAY.toString())
			.row(place.villageName(), place.townName(), place.unitName(), unique("无此人"), null, "队员", TODAY.toString())
			.row(place.villageName(), place.townName(), place.unitName(), name(second), null, "组长", "明天")
			.row(place.villageName(), place.townName(), place.unitName(), name(second), null, "队长", TODAY.toString())
			.row(place.villageName(), place.townName(), place.unitName(), name(busy), null, "队员", TODAY.toString())
			.row(place.villageName(), place.townName(), place.unitName(), namesake, null, "队员", TODAY.toString())
			.row(unique("无此村"), place.townName(), place.unitName(), namesake, "13800000011", "队员", TODAY.toString())
			.file();
		MvcTestResult result = upload(TestUsers.officeAdmin(), file, TERM_START, TERM_END);
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("id=\"row-errors\"", "没有名为", "的在职干部", "应为以下之一：第一书记、队长、队员",
					"不是日期，请按 2026-03-01 的格式填写", "是该工作队的队长：要更换队长", "该干部是" + elsewhere.villageName() + "工作队的在岗队员",
					"请填写手机号加以区分", "本次没有保存任何一行");
		assertThat(activeTeamsOf(fresh.villageId())).isZero();
		assertThat(memberships(team)).isEqualTo(1);
	}

	@Test
	void villageWithoutTeamNeedsTheTermAndUnreadableFilesAreExplained() {
		Place place = place(VillageCategory.NON_POOR_WITH_TASKS);
		long leader = cadre(place.unitId());
		MockMultipartFile file = new RosterWorkbook()
			.row(place.villageName(), place.townName(), place.unitName(), name(leader), null, "队长", TODAY.toString())
			.file();
		assertThat(upload(TestUsers.officeAdmin(), file, null, null)).hasStatusOk()
			.bodyText()
			.contains("没有在岗工作队：请在表单中填写新工作队的任期");
		assertThat(upload(TestUsers.officeAdmin(), file, TERM_START, null)).hasStatusOk()
			.bodyText()
			.contains("任期开始和结束日期请同时填写，或都不填。");
		assertThat(this.mvc.post()
			.uri("/teams/import")
			.multipart()
			.file(file)
			.param("termStart", "2026-13-01")
			.param("termEnd", TERM_END.toString())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.exchange()).hasStatusOk()
			.bodyText()
			.contains("请按 2026-11-28 的格式填写日期。")
			.contains("value=\"2026-13-01\"");
		assertThat(upload(TestUsers.officeAdmin(), RosterWorkbook.upload("not excel".getBytes()), null, null))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"file-error\"");
		assertThat(activeTeamsOf(place.villageId())).isZero();
		assertForbidden(this.mvc.get().uri("/teams/import").with(TestUsers.unit(place.unitId())).exchange());
		assertForbidden(this.mvc.post()
			.uri("/teams/import")
			.multipart()
			.file(file)
			.with(TestUsers.officeStaff())
			.with(csrf())
			.exchange());
	}

	@Test
	void exportHasTheListedTeamsAndTheirMembers() throws Exception {
		Place place = place();
		long team = staffedTeam(place, 2);
		long leaver = this.jdbc.queryForObject("select max(cadre_id) from team_membership where team_id = ?",
				Long.class, team);
		long membership = membershipOf(team, leaver);
		asAdmin(() -> {
			this.teams.endMembership(team, membership, new MembershipEnd(TODAY, LeaveReason.TRANSFER, null,
					versionOfMembership(membership)));
			return null;
		});
		Place other = place();
		staffedTeam(other, 1);
		MvcTestResult result = this.mvc.get()
			.uri("/teams/export?townId={t}", place.townId())
			.with(TestUsers.officeStaff())
			.exchange();
		assertThat(result).hasStatusOk();
		byte[] file = result.getResponse().getContentAsByteArray();
		assertThat(TeamReductionsIT.column(file, "工作队", "村", "镇")).containsExactly(place.villageName());
		assertThat(TeamReductionsIT.column(file, "工作队", "问题", "村")).containsExactly("人数不足");
		assertThat(TeamReductionsIT.column(file, "工作队名册", "干部姓名", "村")).hasSize(2).contains(name(leaver));
		assertThat(TeamReductionsIT.column(file, "工作队名册", "离队原因", "干部姓名")).contains("调动");
		assertThat(TeamReductionsIT.column(file, "工作队名册", "角色", "干部姓名")).containsExactly("第一书记", "队员");
	}

	@Test
	void uploadAnnouncedAsTooLargeIsRefusedBeforeItIsRead() {
		MvcTestResult refused = this.mvc.post()
			.uri("/teams/import")
			.contentType("multipart/form-data; boundary=x")
			.content(new byte[5 * 1024 * 1024 + 1])
			.with(TestUsers.officeAdmin())
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.SEE_OTHER).redirectedUrl().isEqualTo("/teams/import?too-large=1");
		assertThat(this.mvc.get().uri("/teams/import?too-large=1").with(TestUsers.officeAdmin())).bodyText()
			.contains("id=\"file-error\"", "文件超过 5 MB");
	}

	/** The first step of the import: the file and the term checked, the preview or the problems shown. */
	private MvcTestResult upload(RequestPostProcessor user, MockMultipartFile file, LocalDate start, LocalDate end) {
		Map<String, String> term = new HashMap<>();
		if (start != null) {
			term.put("termStart", start.toString());
		}
		if (end != null) {
			term.put("termEnd", end.toString());
		}
		try {
			return new ImportFlow(this.mvc, "/teams").preview(user, file.getBytes(), term);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String name(long cadre) {
		return this.jdbc.queryForObject("select name from cadre where id = ?", String.class, cadre);
	}

	private static void assertForbidden(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
	}
}
