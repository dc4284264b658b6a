package org.zhucun.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.zhucun.organization.domain.Town;
import org.zhucun.organization.domain.Village;
import org.zhucun.support.TestUsers;

/** The town pages: list with village counts, the town's page, create, edit, names, deactivation rule. */
class TownPagesIT extends OrganizationIT {

	@Test
	void listSearchesByNameAndCountsVillagesByCategory() {
		Town town = town();
		village(town, VillageCategory.REGISTERED_POOR);
		village(town, VillageCategory.REGISTERED_POOR);
		village(town, VillageCategory.NON_POOR_WITH_TASKS);
		Town other = town();
		assertThat(this.mvc.get().uri("/towns?name={n}", town.getName()).with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains(town.getName(), "<td class=\"text-end\">2</td>", "<td class=\"text-end fw-semibold\">3</td>")
			.doesNotContain(">" + other.getName() + "</a>");
	}

	@Test
	void showPageListsTheVillagesWithCountsByCategory() {
		Town town = town();
		Village poor = village(town, VillageCategory.REGISTERED_POOR);
		Village other = village(town, VillageCategory.OTHER);
		assertThat(this.mvc.get().uri("/towns/{id}", town.getId()).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains(town.getName(), poor.getName(), other.getName(), "建档立卡贫困村", "在行政村列表中查看");
	}

	@Test
	void createEditAndValidate() {
		String name = unique("新镇");
		assertThat(this.mvc.post()
			.uri("/towns")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("name", name)
			.param("sortOrder", "7")).hasStatus(HttpStatus.FOUND);
		Town created = this.towns.search(Queries.contains(name), Queries.page(0)).getContent().get(0);
		assertThat(created.getSortOrder()).isEqualTo(7);

		assertThat(this.mvc.post()
			.uri("/towns")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("name", name.toLowerCase())
			.param("sortOrder", "1")).hasStatusOk().bodyText().contains("已有同名的镇（街道）");
		assertThat(this.mvc.post()
			.uri("/towns")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("name", "")
			.param("sortOrder", "1")).hasStatusOk().bodyText().contains("请填写镇（街道）名称");
		assertThat(this.mvc.post()
			.uri("/towns")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("name", "镇".repeat(51))
			.param("sortOrder", "1")).hasStatusOk().bodyText().contains("名称最多 50 个字");
		assertThat(this.towns.nameTaken("镇".repeat(51), null)).isFalse();

		String renamed = unique("改名镇");
		assertThat(this.mvc.post()
			.uri("/towns/{id}", created.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(created.getVersion()))
			.param("name", renamed)
			.param("sortOrder", "8")).hasStatus(HttpStatus.FOUND);
		assertThat(this.towns.findById(created.getId()).orElseThrow().getName()).isEqualTo(renamed);
		assertThat(this.mvc.post()
			.uri("/towns/{id}", created.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(created.getVersion()))
			.param("name", unique("迟到镇"))
			.param("sortOrder", "8")).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.towns.findById(created.getId()).orElseThrow().getName()).isEqualTo(renamed);
	}

	@Test
	void aTownWithActiveVillagesCannotBeDeactivated() {
		Town town = town();
		Village village = village(town);
		var refused = this.mvc.post()
			.uri("/towns/{id}/deactivate", town.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(town.getVersion()))
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.FOUND).flash().containsEntry("errorMessage",
				"town.deactivate.has-active-villages");
		assertThat(followRedirect(refused, TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("该镇（街道）还有 1 个在用的行政村");
		assertThat(this.towns.findById(town.getId()).orElseThrow().isActive()).isTrue();

		village.deactivate();
		this.villages.saveAndFlush(village);
		assertThat(this.mvc.post()
			.uri("/towns/{id}/deactivate", town.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(town.getVersion()))).hasStatus(HttpStatus.FOUND);
		Town inactive = this.towns.findById(town.getId()).orElseThrow();
		assertThat(inactive.isActive()).isFalse();

		// A village of an inactive town cannot be reactivated.
		Village stored = this.villages.findById(village.getId()).orElseThrow();
		assertThat(this.mvc.post()
			.uri("/villages/{id}/activate", village.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(stored.getVersion()))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("errorMessage", "village.activate.town-inactive");
		assertThat(this.villages.findById(village.getId()).orElseThrow().isActive()).isFalse();

		assertThat(this.mvc.post()
			.uri("/towns/{id}/activate", town.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(inactive.getVersion()))).hasStatus(HttpStatus.FOUND);
		assertThat(this.towns.findById(town.getId()).orElseThrow().isActive()).isTrue();
	}
}
