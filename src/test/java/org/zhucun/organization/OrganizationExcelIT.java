package org.zhucun.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.organization.domain.AidUnit;
import org.zhucun.organization.domain.Cadre;
import org.zhucun.organization.domain.Town;
import org.zhucun.organization.domain.UnitLeader;
import org.zhucun.organization.domain.Village;
import org.zhucun.shared.excel.ImportColumn;
import org.zhucun.shared.excel.ImportErrors;
import org.zhucun.shared.excel.ImportSheet;
import org.zhucun.shared.excel.XlsxImport;
import org.zhucun.support.TestUsers;

/** Excel import (all or nothing, row errors, bad files beside the field), templates and exports. */
class OrganizationExcelIT extends OrganizationIT {

	private static final String[] VILLAGE_HEADERS = { "镇（街道）", "村名称", "类别", "纬度", "经度", "半径（米）", "人口", "户数" };

	@Test
	void aGoodVillageFileImportsEveryRow() {
		Town town = town();
		String first = unique("导入村");
		String second = unique("导入村");
		MvcTestResult result = importConfirmed("/villages/import", TestUsers.officeAdmin(), TestWorkbook
			.sheet("行政村", VILLAGE_HEADERS)
			.row(town.getName(), first, "建档立卡贫困村", 35.1234567, 112.5, 800, 1000, 300)
			.row(town.getName(), second, "其他", null, null, null, null, null)
			.file());
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/villages");
		assertThat(result).flash().containsEntry("successMessage", "excel.import.done-plan");
		assertThat((String[]) result.getMvcResult().getFlashMap().get("successArgs")).containsExactly("2", "0", "0");
		var rows = this.villages.search(null, town.getId(), null, null, null, Queries.page(0)).getContent();
		assertThat(rows).extracting(VillageSummary::name).containsExactlyInAnyOrder(first, second);
		VillageSummary imported = rows.stream().filter(r -> r.name().equals(first)).findFirst().orElseThrow();
		assertThat(imported.latitude()).isEqualByComparingTo("35.123457");
		assertThat(imported.radiusM()).isEqualTo(800);
		assertThat(rows.stream().filter(r -> r.name().equals(second)).findFirst().orElseThrow().radiusM())
			.isEqualTo(1500);
	}

	@Test
	void oneBadRowWritesNothingAndShowsTheRowError() {
		Town town = town();
		Village existing = village(town);
		String good = unique("好村");
		MvcTestResult result = upload("/villages/import", TestUsers.officeAdmin(), TestWorkbook
			.sheet("行政村", VILLAGE_HEADERS)
			.row(town.getName(), good, "其他")
			.row("没有这个镇", unique("村"), "其他")
			.row(town.getName(), existing.getName(), "其他")
			.row(town.getName(), good, "其他")
			.row(town.getName(), unique("村"), "贫困村", 35, null, 10)
			.file());
		assertThat(result).hasStatusOk()
			.hasViewName("layout/import")
			.bodyText()
			.contains("未导入：发现 5 个问题", "id=\"row-errors\"", "没有名为“没有这个镇”的镇（街道）",
					"与文件第 2 行重复", "应为以下之一：建档立卡贫困村、有扶贫任务的非贫困村、其他",
					"纬度和经度请同时填写，或都不填", "应在 50 到 20000 之间", "<td class=\"nowrap\">6</td>");
		assertThat(this.villages.nameTaken(town.getId(), good, null)).isFalse();
		assertThat(this.villages.search(null, town.getId(), null, null, null, Queries.page(0)).getTotalElements())
			.isOne();
	}

	@Test
	void badFilesShowTheirMessageBesideTheFileField() {
		assertFileError(TestWorkbook.upload("村名称,类别\n".getBytes(StandardCharsets.UTF_8)),
				"这不是 Excel .xlsx 文件");
		assertFileError(TestWorkbook.upload(new byte[0]), "文件是空的");
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		Arrays.fill(big, (byte) 'x');
		assertFileError(TestWorkbook.upload(big), "文件超过 5 MB");
		assertFileError(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]),
				"请选择要上传的 .xlsx 文件");
		assertFileError(TestWorkbook.sheet("行政村", "村", "类别").row("甲村", "其他").file(),
				"第一行缺少列：镇（街道）、村名称");
		assertFileError(TestWorkbook.sheet("行政村", VILLAGE_HEADERS).file(), "在列名下没有数据行");
		byte[] good = TestWorkbook.sheet("行政村", VILLAGE_HEADERS).row("镇", "村", "其他").bytes();
		assertFileError(TestWorkbook.upload(Arrays.copyOf(good, good.length / 2)), "无法读取该文件");
	}

	@Test
	void anUploadAnnouncedAsTooLargeIsRefusedBeforeItIsReadAndExplainedBesideTheField() {
		byte[] body = new byte[5 * 1024 * 1024 + 1];
		MvcTestResult refused = this.mvc.post()
			.uri("/villages/import")
			.contentType("multipart/form-data; boundary=x")
			.content(body)
			.with(TestUsers.officeAdmin())
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.SEE_OTHER).redirectedUrl().isEqualTo("/villages/import?too-large=1");
		assertThat(this.mvc.get().uri("/villages/import?too-large=1").with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("id=\"file-error\"", "文件超过 5 MB");
	}

	@Test
	void tooManyRowsIsAFileError() {
		TestWorkbook book = TestWorkbook.sheet("行政村", VILLAGE_HEADERS);
		for (int i = 0; i <= XlsxImport.MAX_ROWS; i++) {
			book.row("镇", "村" + i, "其他");
		}
		assertFileError(book.file(), "超过 5000 行");
	}

	@Test
	void unitsImportWithTheirLeadersAndVillages() {
		Town town = town();
		Village village = village(town);
		String name = unique("导入单位");
		MvcTestResult result = importConfirmed("/units/import", TestUsers.officeAdmin(), TestWorkbook
			.sheet("帮扶单位", "单位名称", "单位性质", "联系电话", "地址", "联系村")
			.row(name, "事业单位", "0391-1111111", "某路 2 号", town.getName() + "/" + village.getName())
			.and("班子成员", "单位名称", "姓名", "性别", "职务", "联系电话", "主要负责同志")
			.row(name, "孙主任", "男", "主任", 13800000009L, "是")
			.row(name, "周副主任", "女", "副主任", null, "否")
			.row(name, "吴副主任", null, "副主任", null, null)
			.file());
		assertThat(result).hasStatus(HttpStatus.FOUND);
		AidUnit unit = reloadUnit(this.units.findByLowerNameIn(List.of(name.toLowerCase())).get(0).getId());
		assertThat(unit.getKind()).isEqualTo(UnitKind.INSTITUTION);
		assertThat(unit.getLeaders()).extracting(UnitLeader::getName).containsExactly("孙主任", "周副主任", "吴副主任");
		assertThat(unit.getLeaders().get(0).getPhone()).isEqualTo("13800000009");
		assertThat(unit.activePrincipals()).isOne();
		assertThat(linkedVillageIds(unit.getId())).containsExactly(village.getId());
	}

	@Test
	void theUnitFileMustGiveEachUnitExactlyOnePrincipal() {
		String twoPrincipals = unique("双负责单位");
		String noLeaders = unique("无成员单位");
		String fine = unique("正常单位");
		MvcTestResult result = upload("/units/import", TestUsers.officeAdmin(), TestWorkbook
			.sheet("帮扶单位", "单位名称", "单位性质", "联系电话", "地址", "联系村")
			.row(twoPrincipals, "党政机关")
			.row(noLeaders, "党政机关")
			.row(fine, "党政机关", null, null, "没有的村")
			.and("班子成员", "单位名称", "姓名", "性别", "职务", "联系电话", "主要负责同志")
			.row(twoPrincipals, "甲", "男", "局长", null, "是")
			.row(twoPrincipals, "乙", "男", "书记", null, "是")
			.row(fine, "丙", "女", "局长", null, "是")
			.row("别的单位", "丁", "女", "局长", null, "是")
			.file());
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("单位的班子成员中必须有且只有一名主要负责同志，文件中标了 2 名", "“班子成员”工作表中没有该单位的成员",
					"找不到村“没有的村”", "“帮扶单位”工作表中没有名为“别的单位”的单位");
		assertThat(this.units.findByLowerNameIn(List.of(twoPrincipals.toLowerCase(), noLeaders.toLowerCase(),
				fine.toLowerCase()))).isEmpty();
	}

	@Test
	void unitAdministratorImportsCadresOfOwnUnitOnly() {
		AidUnit own = unit();
		AidUnit other = unit();
		Cadre existing = cadre(own);
		String newName = unique("导入干部");
		MvcTestResult refused = upload("/cadres/import", TestUsers.unit(own.getId()), TestWorkbook
			.sheet("干部", "帮扶单位", "姓名", "性别", "职务", "联系电话")
			.row(own.getName(), newName, "男", "科员", "13911112222")
			.row(other.getName(), unique("越权"), "女", null, null)
			.row(own.getName(), existing.getName(), "女", null, existing.getPhone())
			.file());
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("未导入：发现 1 个问题", "不是您所在的单位");
		assertThat(this.cadres.findByUnitIdAndActiveTrueOrderByName(own.getId())).hasSize(1);

		MvcTestResult done = importConfirmed("/cadres/import", TestUsers.unit(own.getId()), TestWorkbook
			.sheet("干部", "帮扶单位", "姓名", "性别", "职务", "联系电话")
			.row(own.getName(), newName, "男", "科员", "13911112222")
			.file());
		assertThat(done).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/cadres");
		assertThat(this.cadres.findByUnitIdAndActiveTrueOrderByName(own.getId())).extracting(Cadre::getName)
			.contains(newName);
	}

	@Test
	void onlyTheOfficeAdministratorImportsVillagesAndUnits() {
		var file = TestWorkbook.sheet("行政村", VILLAGE_HEADERS).row("镇", "村", "其他").file();
		for (RequestPostProcessor user : List.of(TestUsers.officeStaff(), TestUsers.town(1L), TestUsers.unit(1L))) {
			assertThat(upload("/villages/import", user, file)).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(upload("/units/import", user, file)).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.get().uri("/villages/import").with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("导入行政村", "name=\"file\"", "/villages/import/template", "村名称");
	}

	@Test
	void templatesHaveHeadersAnExampleAndAnExplanationSheet() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/units/import/template").with(TestUsers.officeAdmin()).exchange();
		assertThat(result).hasStatusOk().hasContentType(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment",
				"filename*=UTF-8''");
		byte[] file = result.getResponse().getContentAsByteArray();
		assertThat(readColumn(file, "帮扶单位", "单位名称", "单位性质")).containsExactly("示范区某局");
		assertThat(readColumn(file, "班子成员", "主要负责同志", "姓名")).containsExactly("是", "否");
		assertThat(readColumn(file, "填写说明", "列名", "是否必填")).contains("单位名称", "单位性质", "联系村", "主要负责同志");
		assertThat(this.mvc.get().uri("/villages/import/template").with(TestUsers.officeStaff()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/cadres/import/template").with(TestUsers.unit(unit().getId()))).hasStatusOk();
	}

	@Test
	void exportsFollowTheListFilters() throws Exception {
		Town town = town();
		Village poor = village(town, VillageCategory.REGISTERED_POOR);
		Village other = village(town, VillageCategory.OTHER);
		MvcTestResult result = this.mvc.get()
			.uri("/villages/export?townId={t}&category=REGISTERED_POOR", town.getId())
			.with(TestUsers.officeStaff())
			.exchange();
		assertThat(result).hasStatusOk();
		byte[] file = result.getResponse().getContentAsByteArray();
		assertThat(readColumn(file, "行政村", "村名称", "类别")).containsExactly(poor.getName());
		assertThat(readColumn(file, "行政村", "类别", "村名称")).containsExactly("建档立卡贫困村");
		assertThat(readColumn(file, "行政村", "状态", "村名称")).containsExactly("在用");

		AidUnit unit = unit(poor, other);
		cadre(unit);
		byte[] units = this.mvc.get()
			.uri("/units/export?name={n}", unit.getName())
			.with(TestUsers.officeAdmin())
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(readColumn(units, "帮扶单位", "联系村数", "单位名称")).containsExactly("2");
		assertThat(readColumn(units, "帮扶单位", "主要负责同志", "单位名称"))
			.containsExactly(unit.getLeaders().get(0).getName());
		byte[] cadreFile = this.mvc.get()
			.uri("/cadres/export?unitId={u}", unit.getId())
			.with(TestUsers.unit(unit.getId()))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(readColumn(cadreFile, "干部", "联系电话", "姓名")).containsExactly("13712345678");
		assertThat(this.mvc.get().uri("/cadres/export").with(TestUsers.member(unit.getId(), 1L)))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private void assertFileError(MockMultipartFile file, String message) {
		assertThat(upload("/villages/import", TestUsers.officeAdmin(), file)).hasStatusOk()
			.bodyText()
			.contains("id=\"file-error\"", "is-invalid", message)
			.doesNotContain("id=\"row-errors\"");
	}

	private MvcTestResult upload(String uri, RequestPostProcessor user, MockMultipartFile file) {
		return this.mvc.post().uri(uri).multipart().file(file).with(user).with(csrf()).exchange();
	}

	/** Uploads the file, checks its preview and confirms it. */
	private MvcTestResult importConfirmed(String uri, RequestPostProcessor user, MockMultipartFile file) {
		MvcTestResult preview = upload(uri, user, file);
		assertThat(preview).hasStatusOk().bodyText().contains("id=\"import-preview\"");
		Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"").matcher(body(preview));
		assertThat(token.find()).isTrue();
		return this.mvc.post().uri(uri + "/confirm").param("token", token.group(1)).with(user).with(csrf()).exchange();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** @return the values of one column of a sheet, read by header; {@code key} marks the rows to keep */
	private static List<String> readColumn(byte[] file, String sheet, String header, String key) throws Exception {
		ImportSheet spec = new ImportSheet(sheet, List.of(new ImportColumn("value", header, true, "", null),
				new ImportColumn("key", key, true, "", null)), false, List.of());
		try (XlsxImport in = XlsxImport.open(new ByteArrayInputStream(file))) {
			return in.read(spec, new ImportErrors()).stream().map(r -> r.raw("value")).toList();
		}
	}
}
