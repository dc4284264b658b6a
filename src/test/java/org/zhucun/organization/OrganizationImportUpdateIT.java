package org.zhucun.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhucun.support.ImportFlow.assertDone;
import static org.zhucun.support.ImportFlow.token;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.identity.CurrentAccount;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.Role;
import org.zhucun.organization.domain.AidUnit;
import org.zhucun.organization.domain.Cadre;
import org.zhucun.organization.domain.Town;
import org.zhucun.organization.domain.UnitLeader;
import org.zhucun.organization.domain.Village;
import org.zhucun.support.EditedExport;
import org.zhucun.support.ImportFlow;
import org.zhucun.support.TestUsers;

/**
 * The imports of villages, units and cadres update the records of their key with a preview: an edited export
 * imports again as "n created, m updated, k unchanged", a second import of the same file as "0, 0, all" (never a
 * duplicate), a bad row writes nothing, the confirmation imports only the previewed file of its own account, and
 * only those who may import can (a unit administrator only into their own unit).
 */
class OrganizationImportUpdateIT extends OrganizationIT {

	@Test
	void anEditedVillageExportImportsAgainUpdatingByTownAndNameNeverDuplicating() throws Exception {
		Town town = town();
		Village changed = village(town);
		Village same = village(town);
		Village other = village(town, VillageCategory.OTHER);
		String added = unique("新村");
		byte[] export = export("/villages/export?townId=" + town.getId(), TestUsers.officeAdmin());
		byte[] edited = EditedExport.of(export)
			.set("行政村", "村名称", changed.getName(), "人口", "1500")
			.set("行政村", "村名称", other.getName(), "类别", "有扶贫任务的非贫困村")
			.add("行政村", Map.of("镇（街道）", town.getName(), "村名称", added, "类别", "其他"))
			.bytes();

		MvcTestResult preview = preview("/villages/import", TestUsers.officeAdmin(), edited);
		assertThat(preview).hasStatusOk()
			.bodyText()
			.contains("id=\"import-key\"", "行政村按“镇（街道）+村名”识别", "将新增 1 条、更新 2 条、1 条不变",
					town.getName() + " / " + changed.getName(), "id=\"confirm-import\"");
		assertThat(this.villages.findById(changed.getId()).orElseThrow().getPopulation()).isEqualTo(1200);

		assertDone(confirm("/villages/import", TestUsers.officeAdmin(), preview), "/villages", 1, 2, 1);
		assertThat(this.villages.findById(changed.getId()).orElseThrow().getPopulation()).isEqualTo(1500);
		assertThat(this.villages.findById(changed.getId()).orElseThrow().getLatitude()).isEqualByComparingTo("35.1");
		assertThat(this.villages.findById(other.getId()).orElseThrow().getCategory())
			.isEqualTo(VillageCategory.NON_POOR_WITH_TASKS);
		assertThat(villagesOf(town)).isEqualTo(4);

		MvcTestResult again = preview("/villages/import", TestUsers.officeAdmin(), edited);
		assertThat(again).bodyText().contains("将新增 0 条、更新 0 条、4 条不变");
		assertDone(confirm("/villages/import", TestUsers.officeAdmin(), again), "/villages", 0, 0, 4);
		assertThat(villagesOf(town)).isEqualTo(4);
		assertThat(this.villages.findById(same.getId()).orElseThrow().getVersion())
			.isEqualTo(same.getVersion());
	}

	@Test
	void aBadRowWritesNothingAndTheConfirmationChecksTheFileAgain() throws Exception {
		Town town = town();
		Village village = village(town);
		byte[] export = export("/villages/export?townId=" + town.getId(), TestUsers.officeAdmin());
		byte[] bad = EditedExport.of(export)
			.set("行政村", "村名称", village.getName(), "人口", "999")
			.add("行政村", Map.of("镇（街道）", town.getName(), "村名称", unique("坏村"), "类别", "不存在的类别"))
			.bytes();
		assertThat(preview("/villages/import", TestUsers.officeAdmin(), bad)).hasStatusOk()
			.bodyText()
			.contains("未导入：发现 1 个问题", "应为以下之一")
			.doesNotContain("id=\"confirm-import\"");
		assertThat(this.villages.findById(village.getId()).orElseThrow().getPopulation()).isEqualTo(1200);
		assertThat(villagesOf(town)).isOne();

		// previewed while right, wrong by the confirmation (the town was deactivated): nothing written
		String added = unique("后村");
		byte[] good = EditedExport.of(export)
			.add("行政村", Map.of("镇（街道）", town.getName(), "村名称", added, "类别", "其他"))
			.bytes();
		MvcTestResult preview = preview("/villages/import", TestUsers.officeAdmin(), good);
		assertThat(preview).bodyText().contains("将新增 1 条、更新 0 条、1 条不变");
		this.jdbc.update("update town set active = false where id = ?", town.getId());
		assertThat(confirm("/villages/import", TestUsers.officeAdmin(), preview)).hasStatusOk()
			.bodyText()
			.contains("未导入：发现 1 个问题");
		assertThat(villagesOf(town)).isOne();
	}

	@Test
	void theConfirmationImportsOnlyTheAccountsOwnPreviewedFileOnce() throws Exception {
		Town town = town();
		byte[] file = EditedExport.of(export("/villages/export?townId=" + town.getId(), TestUsers.officeAdmin()))
			.add("行政村", Map.of("镇（街道）", town.getName(), "村名称", unique("村"), "类别", "其他"))
			.bytes();
		MvcTestResult preview = preview("/villages/import", TestUsers.officeAdmin(), file);
		String token = token(preview);
		MvcTestResult stranger = this.mvc.post()
			.uri("/villages/import/confirm")
			.param("token", token)
			.with(otherOfficeAdmin())
			.with(csrf())
			.exchange();
		assertThat(stranger).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/villages/import");
		assertThat(stranger).flash().containsEntry("errorMessage", "excel.import.expired");
		assertThat(villagesOf(town)).isZero();
		assertDone(confirm("/villages/import", TestUsers.officeAdmin(), preview), "/villages", 1, 0, 0);
		MvcTestResult twice = confirm("/villages/import", TestUsers.officeAdmin(), preview);
		assertThat(twice).flash().containsEntry("errorMessage", "excel.import.expired");
		assertThat(villagesOf(town)).isOne();
	}

	@Test
	void anEditedUnitExportImportsAgainUpdatingByNameAndKeepingLeadersAndVillages() throws Exception {
		Town town = town();
		Village linked = village(town);
		// the export is filtered by name: a prefix of these two units alone (the common prefix of two generated names
		// could be short enough to take in units of other tests)
		String prefix = unique("导入单位");
		AidUnit changed = renamed(unit(linked), prefix + "甲");
		renamed(unit(), prefix + "乙");
		String added = prefix + "新单位";
		byte[] export = export("/units/export?name=" + prefix, TestUsers.officeAdmin());
		EditedExport edited = EditedExport.of(export)
			.set("帮扶单位", "单位名称", changed.getName(), "地址", "新地址 9 号")
			.add("帮扶单位", Map.of("单位名称", added, "单位性质", "事业单位", "地址", "新单位路 1 号"));
		// a new unit needs its leaders: the leadership sheet names them (the export has none)
		edited.addSheet("班子成员", List.of("单位名称", "姓名", "性别", "职务", "联系电话", "主要负责同志"),
				List.of(List.of(added, "钱主任", "男", "主任", "13800007777", "是")));
		byte[] file = edited.bytes();

		MvcTestResult preview = preview("/units/import", TestUsers.officeAdmin(), file);
		assertThat(preview).hasStatusOk().bodyText().contains("帮扶单位按单位名称识别", "将新增 1 条、更新 1 条、1 条不变");
		assertDone(confirm("/units/import", TestUsers.officeAdmin(), preview), "/units", 1, 1, 1);
		AidUnit after = this.units.findWithLeaders(changed.getId()).orElseThrow();
		assertThat(after.getAddress()).isEqualTo("新地址 9 号");
		assertThat(after.getLeaders()).hasSize(2);
		assertThat(after.activePrincipals()).isOne();
		assertThat(linkedVillageIds(changed.getId())).containsExactly(linked.getId());
		AidUnit created = this.units.findWithLeaders(this.units.findByLowerNameIn(List.of(added.toLowerCase())).get(0)
			.getId()).orElseThrow();
		assertThat(created.getAddress()).isEqualTo("新单位路 1 号");
		assertThat(created.activePrincipals()).isOne();

		MvcTestResult again = preview("/units/import", TestUsers.officeAdmin(), file);
		assertThat(again).bodyText().contains("将新增 0 条、更新 0 条、3 条不变");
		assertDone(confirm("/units/import", TestUsers.officeAdmin(), again), "/units", 0, 0, 3);
		assertThat(this.units.findByLowerNameIn(List.of(added.toLowerCase()))).hasSize(1);
	}

	@Test
	void leadershipRowsUpdateTheMembersOfTheSameNameAndHandOverThePrincipal() throws Exception {
		AidUnit unit = unit();
		UnitLeader principal = unit.getLeaders().get(0);
		UnitLeader deputy = unit.getLeaders().get(1);
		byte[] file = TestWorkbook.sheet("帮扶单位", "单位名称", "单位性质")
			.row(unit.getName(), "党政机关")
			.and("班子成员", "单位名称", "姓名", "性别", "职务", "联系电话", "主要负责同志")
			.row(unit.getName(), deputy.getName(), "女", "局长", "", "是")
			.row(unit.getName(), "新成员", "男", "副局长", "", "否")
			.bytes();
		MvcTestResult preview = preview("/units/import", TestUsers.officeAdmin(), file);
		assertThat(preview).bodyText().contains("将新增 0 条、更新 1 条、0 条不变");
		assertDone(confirm("/units/import", TestUsers.officeAdmin(), preview), "/units", 0, 1, 0);
		AidUnit after = this.units.findWithLeaders(unit.getId()).orElseThrow();
		assertThat(after.getLeaders()).extracting(UnitLeader::getName, UnitLeader::isPrincipal, UnitLeader::getPosition)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(principal.getName(), false, "党组书记"),
					org.assertj.core.groups.Tuple.tuple(deputy.getName(), true, "局长"),
					org.assertj.core.groups.Tuple.tuple("新成员", false, "副局长"));
		assertThat(after.getLeaders().stream().filter(l -> l.getName().equals(deputy.getName())).findFirst()
			.orElseThrow().getPhone()).isEqualTo("13900002222");
	}

	@Test
	void anEditedCadreExportImportsAgainUpdatingByUnitAndNameWithinTheOwnUnitOnly() throws Exception {
		AidUnit own = unit();
		AidUnit other = unit();
		Cadre changed = cadre(own);
		Cadre same = cadre(own);
		Cadre stranger = cadre(other);
		String added = unique("新干部");
		RequestPostProcessor unitAdmin = TestUsers.unit(own.getId());
		byte[] export = export("/cadres/export?unitId=" + own.getId(), unitAdmin);
		byte[] edited = EditedExport.of(export)
			.set("干部", "姓名", changed.getName(), "职务", "副科长")
			.set("干部", "姓名", changed.getName(), "联系电话", "13700009999")
			.add("干部", Map.of("帮扶单位", own.getName(), "姓名", added, "性别", "男", "联系电话", "13600001111"))
			.bytes();

		MvcTestResult preview = preview("/cadres/import", unitAdmin, edited);
		assertThat(preview).hasStatusOk().bodyText().contains("干部按“单位+姓名”识别", "将新增 1 条、更新 1 条、1 条不变");
		assertDone(confirm("/cadres/import", unitAdmin, preview), "/cadres", 1, 1, 1);
		Cadre after = this.cadres.findById(changed.getId()).orElseThrow();
		assertThat(after.getPosition()).isEqualTo("副科长");
		assertThat(after.getPhone()).isEqualTo("13700009999");
		assertThat(this.cadres.findByUnitIdAndActiveTrueOrderByName(own.getId())).hasSize(3);

		MvcTestResult again = preview("/cadres/import", unitAdmin, edited);
		assertThat(again).bodyText().contains("将新增 0 条、更新 0 条、3 条不变");
		assertDone(confirm("/cadres/import", unitAdmin, again), "/cadres", 0, 0, 3);
		assertThat(this.cadres.findByUnitIdAndActiveTrueOrderByName(own.getId())).hasSize(3);
		assertThat(this.cadres.findById(same.getId()).orElseThrow().getVersion()).isEqualTo(same.getVersion());

		// a row of another unit: nothing written, not even the good rows
		byte[] intruding = EditedExport.of(export)
			.set("干部", "姓名", same.getName(), "职务", "科长")
			.add("干部", Map.of("帮扶单位", other.getName(), "姓名", stranger.getName(), "性别", "女", "职务", "改了"))
			.bytes();
		assertThat(preview("/cadres/import", unitAdmin, intruding)).hasStatusOk()
			.bodyText()
			.contains("未导入：发现 1 个问题", "不是您所在的单位");
		assertThat(this.cadres.findById(same.getId()).orElseThrow().getPosition()).isEqualTo("科员");
		assertThat(this.cadres.findById(stranger.getId()).orElseThrow().getPosition()).isEqualTo("科员");
	}

	@Test
	void anExportWithATitleRowAboveItsHeaderImportsAgain() throws Exception {
		Town town = town();
		village(town);
		byte[] titled = EditedExport.of(export("/villages/export?townId=" + town.getId(), TestUsers.officeAdmin()))
			.title("行政村", "行政村名单")
			.bytes();
		assertDone(confirm("/villages/import", TestUsers.officeAdmin(),
				preview("/villages/import", TestUsers.officeAdmin(), titled)), "/villages", 0, 0, 1);
	}

	@Test
	void onlyThoseWhoMayImportPreviewOrConfirm() throws Exception {
		byte[] file = TestWorkbook.sheet("行政村", "镇（街道）", "村名称", "类别").row("镇", "村", "其他").bytes();
		for (RequestPostProcessor user : List.of(TestUsers.officeStaff(), TestUsers.town(1L), TestUsers.unit(1L))) {
			for (String base : List.of("/villages", "/units")) {
				assertThat(preview(base + "/import", user, file)).hasStatus(HttpStatus.FORBIDDEN);
				assertThat(this.mvc.post()
					.uri(base + "/import/confirm")
					.param("token", "00000000-0000-0000-0000-000000000000")
					.with(user)
					.with(csrf())
					.exchange()).hasStatus(HttpStatus.FORBIDDEN);
			}
		}
		for (RequestPostProcessor user : List.of(TestUsers.officeStaff(), TestUsers.town(1L))) {
			assertThat(preview("/cadres/import", user, file)).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	/** Another account of the office administrator's role. */
	private static RequestPostProcessor otherOfficeAdmin() {
		CurrentAccount account = new CurrentAccount(new DataScope(-2L, "other-admin", Role.OFFICE_ADMIN, null, null,
				null), "other-admin", null, true, false, false);
		return SecurityMockMvcRequestPostProcessors.authentication(
				UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
	}

	private byte[] export(String uri, RequestPostProcessor user) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).with(user).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	private MvcTestResult preview(String uri, RequestPostProcessor user, byte[] file) {
		return flow(uri).preview(user, file);
	}

	private MvcTestResult confirm(String importUri, RequestPostProcessor user, MvcTestResult preview) {
		return flow(importUri).confirm(user, preview);
	}

	private ImportFlow flow(String importUri) {
		return new ImportFlow(this.mvc, importUri.substring(0, importUri.length() - "/import".length()));
	}

	private long villagesOf(Town town) {
		return this.jdbc.queryForObject("select count(*) from village where town_id = ?", Long.class, town.getId());
	}

	private AidUnit renamed(AidUnit unit, String name) {
		unit.update(name, unit.getKind(), unit.getPhone(), unit.getAddress());
		return this.units.saveAndFlush(unit);
	}
}
