package org.zhucun.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.zhucun.organization.domain.AidUnit;
import org.zhucun.organization.domain.Cadre;
import org.zhucun.support.TestUsers;

/** The cadre pages: list, page, create, edit, validation, stale edits, deactivation and reactivation. */
class CadrePagesIT extends OrganizationIT {

	@Test
	void listFiltersByUnitNameAndStatus() {
		AidUnit unit = unit();
		Cadre first = cadre(unit);
		Cadre second = cadre(unit);
		second.deactivate();
		this.cadres.saveAndFlush(second);
		assertThat(this.mvc.get().uri("/cadres?unitId={u}", unit.getId()).with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains(first.getName(), second.getName(), unit.getName(), "13712345678", "已停用");
		assertThat(this.mvc.get().uri("/cadres?unitId={u}&active=true", unit.getId()).with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains(first.getName())
			.doesNotContain(second.getName());
		assertThat(this.mvc.get().uri("/cadres?name={n}", second.getName()).with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains(">" + second.getName() + "</a>")
			.doesNotContain(">" + first.getName() + "</a>");
	}

	@Test
	void showPage() {
		AidUnit unit = unit();
		Cadre cadre = cadre(unit);
		assertThat(this.mvc.get().uri("/cadres/{id}", cadre.getId()).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains(cadre.getName(), unit.getName(), "女", "科员", "13712345678");
	}

	@Test
	void createEditAndValidate() {
		AidUnit unit = unit();
		String name = unique("新干部");
		assertThat(this.mvc.post()
			.uri("/cadres")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("unitId", unit.getId().toString())
			.param("name", name)
			.param("gender", "MALE")
			.param("position", "副科长")
			.param("phone", "0391-88886666")).hasStatus(HttpStatus.FOUND);
		Cadre created = this.cadres.findByUnitIdAndActiveTrueOrderByName(unit.getId()).get(0);
		assertThat(created.getName()).isEqualTo(name);
		assertThat(created.getPhone()).isEqualTo("0391-88886666");

		assertThat(this.mvc.post()
			.uri("/cadres")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("unitId", unit.getId().toString())
			.param("name", "")
			.param("phone", "12-ab")).hasStatusOk().bodyText().contains("请填写姓名", "请选择性别", "请填写 7 到 20 位数字");
		assertThat(this.mvc.post()
			.uri("/cadres")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("name", "名".repeat(51))
			.param("gender", "FEMALE")).hasStatusOk().bodyText().contains("姓名最多 50 个字", "请选择所在帮扶单位");
		assertThat(this.cadres.findByUnitIdAndActiveTrueOrderByName(unit.getId())).hasSize(1);

		assertThat(this.mvc.post()
			.uri("/cadres/{id}", created.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(created.getVersion()))
			.param("unitId", unit.getId().toString())
			.param("name", name + "改")
			.param("gender", "FEMALE")).hasStatus(HttpStatus.FOUND);
		Cadre edited = this.cadres.findById(created.getId()).orElseThrow();
		assertThat(edited.getName()).isEqualTo(name + "改");
		assertThat(edited.getPhone()).isNull();

		assertThat(this.mvc.post()
			.uri("/cadres/{id}", created.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(created.getVersion()))
			.param("unitId", unit.getId().toString())
			.param("name", "迟到")
			.param("gender", "FEMALE")).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.cadres.findById(created.getId()).orElseThrow().getName()).isEqualTo(name + "改");
	}

	@Test
	void deactivateAndReactivateOnlyInAnActiveUnit() {
		AidUnit unit = unit();
		Cadre cadre = cadre(unit);
		assertThat(this.mvc.post()
			.uri("/cadres/{id}/deactivate", cadre.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(cadre.getVersion()))).hasStatus(HttpStatus.FOUND);
		assertThat(this.cadres.findById(cadre.getId()).orElseThrow().isActive()).isFalse();
		AidUnit stored = reloadUnit(unit.getId());
		stored.deactivate();
		this.units.saveAndFlush(stored);
		Cadre inactive = this.cadres.findById(cadre.getId()).orElseThrow();
		assertThat(this.mvc.post()
			.uri("/cadres/{id}/activate", cadre.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(inactive.getVersion()))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("errorMessage", "cadre.activate.unit-inactive");
		assertThat(this.cadres.findById(cadre.getId()).orElseThrow().isActive()).isFalse();
	}
}
