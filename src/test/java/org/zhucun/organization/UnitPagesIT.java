package org.zhucun.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.zhucun.organization.domain.AidUnit;
import org.zhucun.organization.domain.Town;
import org.zhucun.organization.domain.UnitLeader;
import org.zhucun.organization.domain.Village;
import org.zhucun.support.TestUsers;

/** The aid-unit pages: list, page, the unit-and-leaders form, the principal rule, names, stale edits, status. */
class UnitPagesIT extends OrganizationIT {

	@Test
	void listFiltersByNameKindAndTown() {
		Town town = town();
		Village village = village(town);
		AidUnit linked = unit(village);
		AidUnit other = unit();
		assertThat(this.mvc.get().uri("/units?townId={t}", town.getId()).with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains(linked.getName(), "党政机关", linked.getLeaders().get(0).getName())
			.doesNotContain(other.getName());
		assertThat(this.mvc.get().uri("/units?name={n}&kind=GOVERNMENT&active=true", other.getName())
			.with(TestUsers.officeAdmin())).hasStatusOk().bodyText().contains(other.getName()).doesNotContain(linked.getName());
		assertThat(this.mvc.get().uri("/units?name={n}&kind=STATE_FIRM", other.getName()).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.doesNotContain(">" + other.getName() + "</a>")
			.contains("没有找到记录");
	}

	@Test
	void showPageHasLeadersWithPrincipalMarkedVillagesAndCadreCount() {
		Town town = town();
		Village village = village(town);
		AidUnit unit = unit(village);
		cadre(unit);
		cadre(unit);
		assertThat(this.mvc.get().uri("/units/{id}", unit.getId()).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains(unit.getName(), "党政机关", "0391-1234567", village.getName(), town.getName(),
					unit.getLeaders().get(0).getName(), unit.getLeaders().get(1).getName(),
					"badge text-bg-primary\">主要负责同志", "/cadres?unitId=" + unit.getId() + "\">2<");
	}

	@Test
	void createUnitWithLeadersAndVillages() {
		Town town = town();
		Village village = village(town);
		String name = unique("新单位");
		assertThat(this.mvc.get().uri("/units/new").with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains(village.getName(), "name=\"addRow\"");
		assertThat(post("/units", name, "STATE_FIRM", rows(
				leader(null, "王书记", "党委书记", "13800000001", true, true),
				leader(null, "赵经理", "总经理", "", false, true)))
			.param("villageIds", village.getId().toString())).hasStatus(HttpStatus.FOUND);
		AidUnit created = byName(name);
		assertThat(created.getKind()).isEqualTo(UnitKind.STATE_FIRM);
		assertThat(created.getLeaders()).extracting(UnitLeader::getName).containsExactly("王书记", "赵经理");
		assertThat(created.activePrincipals()).isOne();
		assertThat(linkedVillageIds(created.getId())).containsExactly(village.getId());
	}

	@Test
	void addRowButtonRerendersWithOneMoreEmptyRowAndSavesNothing() {
		String name = unique("加行单位");
		assertThat(post("/units", name, "GOVERNMENT", rows(leader(null, "甲", "局长", "", true, true)))
			.param("addRow", "1")).hasStatusOk()
			.bodyText()
			.contains("name=\"leaders[1].name\"", "value=\"甲\"", name)
			.doesNotContain("name=\"leaders[2].name\"");
		assertThat(this.units.nameTaken(name, null)).isFalse();
		// The empty added row is ignored when saving.
		assertThat(post("/units", name, "GOVERNMENT", rows(leader(null, "甲", "局长", "", true, true),
				leader(null, "", "", "", false, true)))).hasStatus(HttpStatus.FOUND);
		assertThat(byName(name).getLeaders()).hasSize(1);
	}

	@Test
	void principalRuleIsCheckedBesideTheLeadersTable() {
		String name = unique("规则单位");
		assertThat(post("/units", name, "GOVERNMENT", rows(leader(null, "甲", "局长", "", false, true),
				leader(null, "乙", "副局长", "", false, true)))).hasStatusOk()
			.bodyText()
			.contains("id=\"leaders-error\"", "在用的班子成员中必须有且只有一名主要负责同志");
		assertThat(post("/units", name, "GOVERNMENT", rows(leader(null, "甲", "局长", "", true, true),
				leader(null, "乙", "副局长", "", true, true)))).hasStatusOk()
			.bodyText()
			.contains("在用的班子成员中必须有且只有一名主要负责同志");
		assertThat(post("/units", name, "GOVERNMENT", rows(leader(null, "", "", "", false, true)))).hasStatusOk()
			.bodyText()
			.contains("请至少填写一名在用的班子成员");
		assertThat(post("/units", name, "GOVERNMENT", rows(leader(null, "甲", "局长", "", true, false),
				leader(null, "乙", "副局长", "", false, true)))).hasStatusOk()
			.bodyText()
			.contains("已停用的成员不能作为主要负责同志");
		assertThat(this.units.nameTaken(name, null)).isFalse();
	}

	@Test
	void badFieldsRerenderWithMessages() {
		assertThat(post("/units", "", null, rows(leader(null, "甲", "局长", "", true, true)))).hasStatusOk()
			.bodyText()
			.contains("请填写单位名称", "请选择单位性质");
		String longName = "长".repeat(101);
		assertThat(post("/units", longName, "GOVERNMENT", rows(leader(null, "名".repeat(51), "", "12ab", true, true))))
			.hasStatusOk()
			.bodyText()
			.contains("单位名称最多 100 个字", "最多 50 个字", "请填写职务", "请填写 7 到 20 位数字");
		assertThat(this.units.nameTaken(longName, null)).isFalse();
	}

	@Test
	void duplicateUnitNameIsRefused() {
		AidUnit existing = unit();
		assertThat(post("/units", existing.getName(), "GOVERNMENT", rows(leader(null, "甲", "局长", "", true, true))))
			.hasStatusOk()
			.bodyText()
			.contains("已有同名的帮扶单位");
	}

	@Test
	void editMovesThePrincipalAndDeactivatesALeaderInOneSave() {
		AidUnit unit = unit();
		UnitLeader principal = unit.getLeaders().get(0);
		UnitLeader member = unit.getLeaders().get(1);
		assertThat(this.mvc.get().uri("/units/{id}/edit", unit.getId()).with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains(principal.getName(), member.getName());
		assertThat(post("/units/" + unit.getId(), unit.getName() + "改", "INSTITUTION", rows(
				leader(principal.getId(), principal.getName(), "原书记", "", false, false),
				leader(member.getId(), member.getName(), "书记", "13900002222", true, true),
				leader(null, "新成员", "副局长", "13900003333", false, true)))
			.param("version", String.valueOf(unit.getVersion()))).hasStatus(HttpStatus.FOUND);
		AidUnit saved = reloadUnit(unit.getId());
		assertThat(saved.getName()).isEqualTo(unit.getName() + "改");
		assertThat(saved.getKind()).isEqualTo(UnitKind.INSTITUTION);
		assertThat(saved.getLeaders()).extracting(UnitLeader::getName, UnitLeader::isPrincipal, UnitLeader::isActive)
			.containsExactly(tuple(principal.getName(), false, false),
					tuple(member.getName(), true, true),
					tuple("新成员", false, true));
		assertThat(saved.getVersion()).isGreaterThan(unit.getVersion());
	}

	@Test
	void staleEditShowsTheConflictPageAndKeepsTheLeaders() {
		AidUnit unit = unit();
		UnitLeader principal = unit.getLeaders().get(0);
		long staleVersion = unit.getVersion();
		assertThat(post("/units/" + unit.getId(), unit.getName(), "GOVERNMENT",
				rows(leader(principal.getId(), principal.getName(), "党组书记", "", true, true)))
			.param("version", String.valueOf(staleVersion))).hasStatus(HttpStatus.FOUND);
		assertThat(post("/units/" + unit.getId(), unit.getName(), "GOVERNMENT",
				rows(leader(principal.getId(), "迟到的改名", "党组书记", "", true, true)))
			.param("version", String.valueOf(staleVersion))).hasStatus(HttpStatus.CONFLICT);
		assertThat(reloadUnit(unit.getId()).getLeaders().get(0).getName()).isEqualTo(principal.getName());
	}

	@Test
	void aUnitWithActiveCadresCannotBeDeactivated() {
		AidUnit unit = unit();
		var cadre = cadre(unit);
		var refused = this.mvc.post()
			.uri("/units/{id}/deactivate", unit.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(unit.getVersion()))
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.FOUND).flash().containsEntry("errorMessage", "unit.deactivate.has-active-cadres");
		assertThat(followRedirect(refused, TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("该单位还有 1 名在岗干部");
		assertThat(reloadUnit(unit.getId()).isActive()).isTrue();

		cadre.deactivate();
		this.cadres.saveAndFlush(cadre);
		assertThat(this.mvc.post()
			.uri("/units/{id}/deactivate", unit.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(unit.getVersion()))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("successMessage", "unit.deactivated");
		assertThat(reloadUnit(unit.getId()).isActive()).isFalse();
	}

	private MockMvcRequestBuilder post(String uri, String name, String kind, List<String[]> leaders) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri(uri)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("name", name)
			.param("phone", "0391-7654321");
		if (kind != null) {
			request.param("kind", kind);
		}
		for (int i = 0; i < leaders.size(); i++) {
			String[] l = leaders.get(i);
			String p = "leaders[" + i + "].";
			if (l[0] != null) {
				request.param(p + "id", l[0]);
			}
			request.param(p + "name", l[1]).param(p + "position", l[2]).param(p + "phone", l[3]);
			request.param("_" + p + "principal", "on").param("_" + p + "active", "on");
			if ("true".equals(l[4])) {
				request.param(p + "principal", "true");
			}
			if ("true".equals(l[5])) {
				request.param(p + "active", "true");
			}
		}
		return request;
	}

	private static List<String[]> rows(String[]... rows) {
		return List.of(rows);
	}

	private static String[] leader(Long id, String name, String position, String phone, boolean principal,
			boolean active) {
		return new String[] { id == null ? null : id.toString(), name, position, phone, String.valueOf(principal),
				String.valueOf(active) };
	}

	private AidUnit byName(String name) {
		Long id = this.units.findByLowerNameIn(List.of(name.toLowerCase())).get(0).getId();
		return reloadUnit(id);
	}
}
