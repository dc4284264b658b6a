package org.zhucun.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.zhucun.organization.domain.Town;
import org.zhucun.organization.domain.Village;
import org.zhucun.support.TestUsers;

/** The village pages: list, search, paging, create, edit, validation, duplicate names, stale edits, status. */
class VillagePagesIT extends OrganizationIT {

	@Test
	void listShowsFilteredVillagesWithTownAndCategory() {
		Town town = town();
		Village poor = village(town, VillageCategory.REGISTERED_POOR);
		Village other = village(town, VillageCategory.OTHER);
		assertThat(this.mvc.get().uri("/villages?townId={t}", town.getId()).with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains(poor.getName(), other.getName(), town.getName(), "建档立卡贫困村", "在用");
		assertThat(this.mvc.get()
			.uri("/villages?townId={t}&category=REGISTERED_POOR", town.getId())
			.with(TestUsers.officeStaff())).hasStatusOk().bodyText().contains(poor.getName()).doesNotContain(other.getName());
		assertThat(this.mvc.get().uri("/villages?name={n}", poor.getName().substring(1)).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains(poor.getName())
			.doesNotContain(other.getName());
	}

	@Test
	void listIsPagedByTwenty() {
		Town town = town();
		for (int i = 0; i < 21; i++) {
			village(town);
		}
		assertThat(this.mvc.get().uri("/villages?townId={t}", town.getId()).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains("共 21 条，第 1 / 2 页");
		assertThat(this.mvc.get().uri("/villages?townId={t}&page=1", town.getId()).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains("共 21 条，第 2 / 2 页");
	}

	@Test
	void englishListHasEnglishLabels() {
		Town town = town();
		village(town);
		assertThat(this.mvc.get().uri("/villages?townId={t}&lang=en", town.getId()).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains("Villages", "Registered poor village", "Active");
	}

	@Test
	void showPageHasTownCentreRadiusAndUnits() {
		Town town = town();
		Village village = village(town);
		var unit = unit(village);
		assertThat(this.mvc.get().uri("/villages/{id}", village.getId()).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains(village.getName(), town.getName(), "35.100000", "112.500000", "1,500 米", "1,200",
					unit.getName());
	}

	@Test
	void createAndEdit() {
		Town town = town();
		String name = unique("新村");
		assertThat(this.mvc.post()
			.uri("/villages")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("townId", town.getId().toString())
			.param("name", name)
			.param("category", "NON_POOR_WITH_TASKS")
			.param("latitude", "35.5")
			.param("longitude", "112.25")
			.param("radiusM", "800")
			.param("population", "900")
			.param("households", "250")).hasStatus(HttpStatus.FOUND).flash().containsEntry("successMessage", "village.created");
		Village created = onlyVillage(town, name);
		assertThat(created.getCategory()).isEqualTo(VillageCategory.NON_POOR_WITH_TASKS);
		assertThat(created.getLatitude()).isEqualByComparingTo("35.5");
		assertThat(created.getRadiusM()).isEqualTo(800);

		assertThat(this.mvc.get().uri("/villages/{id}/edit", created.getId()).with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains(name);
		String renamed = unique("改名村");
		assertThat(this.mvc.post()
			.uri("/villages/{id}", created.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(created.getVersion()))
			.param("townId", town.getId().toString())
			.param("name", renamed)
			.param("category", "OTHER")
			.param("radiusM", "1500")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/villages/" + created.getId());
		Village edited = this.villages.findById(created.getId()).orElseThrow();
		assertThat(edited.getName()).isEqualTo(renamed);
		assertThat(edited.getCategory()).isEqualTo(VillageCategory.OTHER);
		assertThat(edited.getLatitude()).isNull();
	}

	@Test
	void badInputRerendersWithMessagesAndWritesNothing() {
		Town town = town();
		assertRejected(town, "", "35", "112", "1500", "0", "请填写村名称");
		assertRejected(town, "长".repeat(51), "35", "112", "1500", "0", "村名称最多 50 个字");
		assertRejected(town, unique("村"), "91", "112", "1500", "0", "纬度应在 -90 到 90 之间");
		assertRejected(town, unique("村"), "35", "-181", "1500", "0", "经度应在 -180 到 180 之间");
		assertRejected(town, unique("村"), "35", "", "1500", "0", "纬度和经度请同时填写，或都不填");
		assertRejected(town, unique("村"), "", "", "49", "0", "半径应在 50 到 20000 米之间");
		assertRejected(town, unique("村"), "", "", "20001", "0", "半径应在 50 到 20000 米之间");
		assertRejected(town, unique("村"), "", "", "1500", "-1", "人口不能为负数");
		assertRejected(town, unique("村"), "", "", "1500", "很多", "人口请填写整数");
		assertThat(this.villages.search(null, town.getId(), null, null, null, Queries.page(0)).getTotalElements())
			.isZero();
	}

	@Test
	void duplicateNameInTheSameTownIsRefusedIgnoringCase() {
		Town town = town();
		Village existing = village(town);
		String name = "Dup" + existing.getName();
		Village latin = new Village(town.getId(), name, VillageCategory.OTHER);
		this.villages.saveAndFlush(latin);
		assertThat(this.mvc.post()
			.uri("/villages")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("townId", town.getId().toString())
			.param("name", name.toUpperCase())
			.param("category", "OTHER")
			.param("radiusM", "1500")).hasStatusOk().bodyText().contains("该镇（街道）已有同名的行政村", name.toUpperCase());
		assertThat(this.villages.search(null, town.getId(), null, null, null, Queries.page(0)).getTotalElements())
			.isEqualTo(2);
		// The same name in another town is fine.
		Town other = town();
		assertThat(this.mvc.post()
			.uri("/villages")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("townId", other.getId().toString())
			.param("name", name)
			.param("category", "OTHER")
			.param("radiusM", "1500")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void staleEditShowsTheConflictPage() {
		Town town = town();
		Village village = village(town);
		long version = village.getVersion();
		village.update(town.getId(), village.getName(), VillageCategory.OTHER, null, null, 1500, null, null);
		this.villages.saveAndFlush(village);
		assertThat(this.mvc.post()
			.uri("/villages/{id}", village.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("townId", town.getId().toString())
			.param("name", unique("迟到村"))
			.param("category", "REGISTERED_POOR")
			.param("radiusM", "1500")).hasStatus(HttpStatus.CONFLICT).bodyText().contains("记录已被他人修改");
		assertThat(this.villages.findById(village.getId()).orElseThrow().getCategory()).isEqualTo(VillageCategory.OTHER);
	}

	@Test
	void deactivateAndReactivate() {
		Town town = town();
		Village village = village(town);
		assertThat(this.mvc.post()
			.uri("/villages/{id}/deactivate", village.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(village.getVersion()))).hasStatus(HttpStatus.FOUND);
		Village inactive = this.villages.findById(village.getId()).orElseThrow();
		assertThat(inactive.isActive()).isFalse();
		assertThat(this.mvc.get().uri("/villages?townId={t}&active=false", town.getId()).with(TestUsers.officeAdmin()))
			.bodyText()
			.contains(village.getName(), "已停用");
		assertThat(this.mvc.post()
			.uri("/villages/{id}/activate", village.getId())
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("version", String.valueOf(inactive.getVersion()))).hasStatus(HttpStatus.FOUND);
		assertThat(this.villages.findById(village.getId()).orElseThrow().isActive()).isTrue();
	}

	@Test
	void unknownVillageIsNotFound() {
		assertThat(this.mvc.get().uri("/villages/{id}", Long.MAX_VALUE).with(TestUsers.officeAdmin()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	private void assertRejected(Town town, String name, String latitude, String longitude, String radius,
			String population, String message) {
		assertThat(this.mvc.post()
			.uri("/villages")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("townId", town.getId().toString())
			.param("name", name)
			.param("category", "REGISTERED_POOR")
			.param("latitude", latitude)
			.param("longitude", longitude)
			.param("radiusM", radius)
			.param("population", population)).hasStatusOk()
			.hasViewName("organization/villages/form")
			.bodyText()
			.contains(message, "请更正以下问题");
	}

	private Village onlyVillage(Town town, String name) {
		var page = this.villages.search(null, town.getId(), null, null, null, Queries.page(0));
		assertThat(page.getContent()).extracting(VillageSummary::name).containsExactly(name);
		return this.villages.findById(page.getContent().get(0).id()).orElseThrow();
	}
}
