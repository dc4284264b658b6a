package org.zhucun.purchases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.purchases.domain.PurchaseStatus;
import org.zhucun.purchases.domain.PurchaseTotals;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Consumption aid against the database: the demo year, the monthly report's API against the domain's totals, the
 * steps through the pages, scope (403 to read and write another unit's purchase) and bad input (field messages,
 * nothing saved).
 */
class PurchasesIT extends IntegrationTest {

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Purchases purchases;

	long demoUnit() {
		return this.jdbc.queryForObject("select unit_id from account where username = 'unit'", Long.class);
	}

	/** A demo unit other than unit's, different for each test that asks, so that tests do not meet. */
	long otherUnit() {
		return this.jdbc.queryForObject("""
				select id from aid_unit where active and id <> (select unit_id from account where username = 'unit')
				order by id offset ? limit 1""", Long.class, 3 + NEXT.getAndIncrement());
	}

	long village(String category) {
		return this.jdbc.queryForObject("select id from village where active and category = ? order by id limit 1",
				Long.class, category);
	}

	long townOf(long villageId) {
		return this.jdbc.queryForObject("select town_id from village where id = ?", Long.class, villageId);
	}

	long channel() {
		return this.jdbc.queryForObject("select id from purchase_channel order by sort_order limit 1", Long.class);
	}

	long category() {
		return this.jdbc.queryForObject("select id from purchase_category order by sort_order limit 1", Long.class);
	}

	long count(long unitId) {
		return this.jdbc.queryForObject("select count(*) from purchase where unit_id = ?", Long.class, unitId);
	}

	MockMvcRequestBuilder purchaseForm(long villageId, String amount, String quantity, String date) {
		return purchaseForm(villageId, amount, quantity, date, channel());
	}

	MockMvcRequestBuilder purchaseForm(long villageId, String amount, String quantity, String date, long channelId) {
		return this.mvc.post()
			.uri("/purchases")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("date", date)
			.param("villageId", String.valueOf(villageId))
			.param("sellerKind", "COOPERATIVE")
			.param("sellerName", "测试种植专业合作社")
			.param("product", "核桃")
			.param("categoryId", String.valueOf(category()))
			.param("quantity", quantity)
			.param("measure", "公斤")
			.param("amount", amount)
			.param("channelId", String.valueOf(channelId))
			.param("destination", "CANTEEN")
			.param("buyerKind", "UNIT");
	}

	long record(long unitId, String amount) {
		var result = this.mvc.perform(purchaseForm(village("REGISTERED_POOR"), amount, "10", TODAY.minusDays(2).toString())
			.with(TestUsers.unit(unitId)));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getMvcResult().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	long version(long id) {
		return this.jdbc.queryForObject("select version from purchase where id = ?", Long.class, id);
	}

	String status(long id) {
		return this.jdbc.queryForObject("select status from purchase where id = ?", String.class, id);
	}

	MockMvcRequestBuilder step(long id, String step, RequestPostProcessor user) {
		return this.mvc.post()
			.uri("/purchases/{id}/{step}", id, step)
			.with(user)
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", String.valueOf(version(id)))
			.param("on", TODAY.toString());
	}

	@Test
	void theDemoYearHasPurchasesSharesAndTheDemoUnitAtAboutSeventyPercent() {
		Map<String, Object> demo = this.jdbc.queryForMap("""
				select count(*) as n, count(distinct unit_id) as units, count(distinct channel_id) as channels,
				       count(*) filter (where status = 'ORDERED') as ordered, count(*) filter (where status = 'RECEIVED') as received,
				       min(purchase_date) as first, max(purchase_date) as last
				from purchase where created_by = 'demo'""");
		long units = this.jdbc.queryForObject("select count(*) from aid_unit where active and created_by <> 'test'",
				Long.class);
		assertThat((Long) demo.get("units")).isGreaterThanOrEqualTo(45);
		assertThat((Long) demo.get("n")).isEqualTo(24 * (Long) demo.get("units"));
		assertThat((Long) demo.get("channels")).isEqualTo(6);
		assertThat((Long) demo.get("ordered")).isPositive();
		assertThat((Long) demo.get("received")).isPositive();
		assertThat(((java.sql.Date) demo.get("last")).toLocalDate()).isAfterOrEqualTo(TODAY.minusDays(20))
			.isBeforeOrEqualTo(TODAY);
		assertThat(((java.sql.Date) demo.get("first")).toLocalDate()).isBefore(TODAY.minusDays(330));
		assertThat(units).isPositive();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from purchase_share where exempt and year = ? and created_by = 'demo'", Long.class,
				TODAY.getYear())).isEqualTo(2);
		PurchaseMonth month = this.purchases.unitMonth(demoUnit(), YearMonth.from(TODAY));
		assertThat(month.exempt()).isFalse();
		assertThat(month.target()).isPositive();
		assertThat(month.progress()).isBetween(new BigDecimal("0.65"), new BigDecimal("0.75"));
	}

	@Test
	void theMonthlyReportsFiguresAreTheDomainsTotalsOfTheUnitsPurchases() {
		long unit = demoUnit();
		List<PurchaseTotals.Line> lines = this.jdbc.query(
				"select purchase_date, amount, status from purchase where unit_id = ?",
				(rs, n) -> new PurchaseTotals.Line(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2),
						PurchaseStatus.valueOf(rs.getString(3))),
				unit);
		assertThat(lines).hasSizeGreaterThan(20);
		for (YearMonth month : List.of(YearMonth.from(TODAY), YearMonth.from(TODAY).minusMonths(1),
				YearMonth.of(TODAY.getYear(), 1))) {
			PurchaseMonth figures = this.purchases.unitMonth(unit, month);
			assertThat(figures.countedThisMonth()).isEqualByComparingTo(PurchaseTotals.countedIn(lines, month));
			assertThat(figures.countedYearToDate()).isEqualByComparingTo(PurchaseTotals.countedYearTo(lines, month));
			assertThat(figures.progress()).isEqualByComparingTo(
					figures.countedYearToDate().divide(figures.target(), 4, java.math.RoundingMode.HALF_UP));
		}
		long exempt = this.jdbc.queryForObject("select unit_id from purchase_share where exempt and year = ? limit 1",
				Long.class, TODAY.getYear());
		PurchaseMonth exemptMonth = this.purchases.unitMonth(exempt, YearMonth.from(TODAY));
		assertThat(exemptMonth.exempt()).isTrue();
		assertThat(exemptMonth.target()).isNull();
		assertThat(exemptMonth.progress()).isNull();
	}

	@Test
	void aUnitRecordsReceivesAndPaysAndOnlyThenItCounts() {
		long unit = otherUnit();
		YearMonth month = YearMonth.from(TODAY);
		BigDecimal before = this.purchases.unitMonth(unit, month).countedThisMonth();
		long id = record(unit, "1234.56");
		assertThat(status(id)).isEqualTo("ORDERED");
		assertThat(this.purchases.unitMonth(unit, month).countedThisMonth()).isEqualByComparingTo(before);
		assertThat(this.mvc.perform(step(id, "pay", TestUsers.unit(unit)))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("errorMessage", "purchase.error.paid-before-received");
		assertThat(status(id)).isEqualTo("ORDERED");
		assertThat(this.mvc.perform(step(id, "receive", TestUsers.unit(unit)))).hasStatus(HttpStatus.FOUND);
		assertThat(status(id)).isEqualTo("RECEIVED");
		assertThat(this.purchases.unitMonth(unit, month).countedThisMonth()).isEqualByComparingTo(before);
		assertThat(this.mvc.perform(step(id, "pay", TestUsers.unit(unit)))).hasStatus(HttpStatus.FOUND);
		assertThat(status(id)).isEqualTo("PAID");
		assertThat(this.purchases.unitMonth(unit, month).countedThisMonth())
			.isEqualByComparingTo(before.add(new BigDecimal("1234.56")));
		// The unit cannot go back; the office administrator can.
		assertThat(this.mvc.perform(step(id, "back", TestUsers.unit(unit)))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("errorMessage", "purchase.error.back-office-only");
		assertThat(status(id)).isEqualTo("PAID");
		assertThat(this.mvc.perform(step(id, "back", TestUsers.officeStaff()))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.perform(step(id, "back", TestUsers.officeAdmin()))).hasStatus(HttpStatus.FOUND);
		assertThat(status(id)).isEqualTo("RECEIVED");
		assertThat(this.purchases.unitMonth(unit, month).countedThisMonth()).isEqualByComparingTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from purchase_aud where id = ?", Long.class, id))
			.as("every step is in the audit trail")
			.isEqualTo(4);
	}

	@Test
	void anotherUnitsPurchaseIsRefusedToReadAndWrite() {
		long unit = otherUnit();
		long stranger = otherUnit();
		long id = record(unit, "88.00");
		assertThat(this.mvc.get().uri("/purchases/{id}", id).with(TestUsers.unit(unit))).hasStatusOk()
			.bodyText()
			.contains("核桃", "¥88.00");
		assertThat(this.mvc.get().uri("/purchases/{id}", id).with(TestUsers.unit(stranger)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/purchases/{id}/edit", id).with(TestUsers.unit(stranger)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.perform(step(id, "receive", TestUsers.unit(stranger)))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/purchases/{id}/delete", id)
			.with(TestUsers.unit(stranger))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", String.valueOf(version(id)))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.perform(purchaseForm(village("REGISTERED_POOR"), "9.00", "1", TODAY.toString())
			.uri("/purchases/" + id)
			.param("version", String.valueOf(version(id)))
			.with(TestUsers.unit(stranger)))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(status(id)).isEqualTo("ORDERED");
		assertThat(this.jdbc.queryForObject("select amount from purchase where id = ?", BigDecimal.class, id))
			.isEqualByComparingTo("88.00");
		// The list of the other unit does not show it.
		assertThat(this.mvc.get().uri("/purchases?unitId={u}", unit).with(TestUsers.unit(stranger))).hasStatusOk()
			.bodyText()
			.doesNotContain("/purchases/" + id + "\"");
		// Towns read purchases from sellers in their villages, and only those; they never write.
		long town = townOf(village("REGISTERED_POOR"));
		long otherTown = this.jdbc.queryForObject("select id from town where id <> ? order by id limit 1", Long.class,
				town);
		assertThat(this.mvc.get().uri("/purchases/{id}", id).with(TestUsers.town(town))).hasStatusOk();
		assertThat(this.mvc.get().uri("/purchases/{id}", id).with(TestUsers.town(otherTown)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.perform(step(id, "receive", TestUsers.town(town)))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/purchases/new").with(TestUsers.town(town))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/purchases/{id}", id).with(TestUsers.member(unit, 1L)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/purchases/{id}", id).with(TestUsers.officeStaff())).hasStatusOk();
	}

	@Test
	void badInputGetsFieldMessagesAndNothingIsSaved() {
		long unit = otherUnit();
		long before = count(unit);
		long poor = village("REGISTERED_POOR");
		assertThat(this.mvc.perform(purchaseForm(poor, "100", "0", TODAY.toString()).with(TestUsers.unit(unit))))
			.hasStatusOk()
			.bodyText()
			.contains("必须大于 0", "is-invalid");
		assertThat(this.mvc.perform(purchaseForm(poor, "-3", "1", TODAY.toString()).with(TestUsers.unit(unit))))
			.hasStatusOk()
			.bodyText()
			.contains("必须大于 0");
		assertThat(this.mvc.perform(purchaseForm(poor, "10.005", "1", TODAY.toString()).with(TestUsers.unit(unit))))
			.hasStatusOk()
			.bodyText()
			.contains("最多 2 位小数");
		assertThat(this.mvc.perform(purchaseForm(poor, "10", "1", TODAY.plusDays(1).toString()).with(TestUsers.unit(unit))))
			.hasStatusOk()
			.bodyText()
			.contains("采购日期不能晚于今天");
		assertThat(this.mvc.perform(purchaseForm(village("OTHER"), "10", "1", TODAY.toString()).with(TestUsers.unit(unit))))
			.hasStatusOk()
			.bodyText()
			.contains("卖方必须在帮扶村");
		assertThat(this.mvc.perform(purchaseForm(poor, "10", "1", TODAY.toString(), 999999L)
			.with(TestUsers.unit(unit)))).hasStatusOk().bodyText().contains("没有这个在用的采购渠道");
		assertThat(this.mvc.perform(purchaseForm(poor, "abc", "1", TODAY.toString()).with(TestUsers.unit(unit))))
			.hasStatusOk()
			.bodyText()
			.contains("请输入金额");
		assertThat(count(unit)).isEqualTo(before);
	}

	@Test
	void thePagesShowTheListSharesAndReferenceData() {
		long unit = demoUnit();
		assertThat(this.mvc.get().uri("/purchases").with(TestUsers.unit(unit))).hasStatusOk()
			.bodyText()
			.contains("消费扶贫采购记录", "已收货已付款计入", "登记采购");
		assertThat(this.mvc.get().uri("/purchases/shares").with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("示范区财政金融局", "免予（无食堂）", "落后");
		assertThat(this.mvc.get().uri("/purchases/channels").with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("河南省驻村第一书记扶贫成果展销中心", "832平台");
		assertThat(this.mvc.get().uri("/purchases/channels").with(TestUsers.unit(unit)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/purchases/shares/{u}/{y}", unit, TODAY.getYear()).with(TestUsers.unit(unit)))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theOfficeKeepsChannelsAndNeverDeletesAUsedOne() {
		String name = "测试渠道" + System.nanoTime();
		assertThat(this.mvc.post()
			.uri("/purchases/channels")
			.with(TestUsers.officeAdmin())
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("name", name)
			.param("sortOrder", "70")).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select id from purchase_channel where name = ?", Long.class, name);
		assertThat(this.mvc.post()
			.uri("/purchases/channels")
			.with(TestUsers.officeAdmin())
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("name", name)).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("errorMessage", "purchase.reference.error.name-taken");
		long used = channel();
		long usedVersion = this.jdbc.queryForObject("select version from purchase_channel where id = ?", Long.class,
				used);
		assertThat(this.mvc.post()
			.uri("/purchases/channels/{id}/delete", used)
			.with(TestUsers.officeAdmin())
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", String.valueOf(usedVersion))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("errorMessage", "purchase.reference.error.used");
		assertThat(this.jdbc.queryForObject("select count(*) from purchase_channel where id = ?", Long.class, used))
			.isEqualTo(1);
		assertThat(this.mvc.post()
			.uri("/purchases/channels/{id}/delete", id)
			.with(TestUsers.officeStaff())
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", "0")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/purchases/channels/{id}/delete", id)
			.with(TestUsers.officeAdmin())
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", "0")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from purchase_channel where id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void theOfficeSetsATargetOrExemption() {
		long unit = otherUnit();
		int year = TODAY.getYear() + 1;
		assertThat(this.mvc.post()
			.uri("/purchases/shares/{u}/{y}", unit, year)
			.with(TestUsers.officeAdmin())
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("target", "12.345")).hasStatusOk().bodyText().contains("最多 2 位小数");
		assertThat(this.mvc.post()
			.uri("/purchases/shares/{u}/{y}", unit, year)
			.with(TestUsers.officeAdmin())
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("target", "50000")).hasStatus(HttpStatus.FOUND);
		PurchaseMonth month = this.purchases.unitMonth(unit, YearMonth.of(year, 1));
		assertThat(month.target()).isEqualByComparingTo("50000.00");
		assertThat(this.mvc.post()
			.uri("/purchases/shares/{u}/{y}", unit, year)
			.with(TestUsers.officeAdmin())
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", "0")
			.param("exempt", "true")).hasStatus(HttpStatus.FOUND);
		month = this.purchases.unitMonth(unit, YearMonth.of(year, 1));
		assertThat(month.exempt()).isTrue();
		assertThat(month.target()).isNull();
		assertThat(this.mvc.post()
			.uri("/purchases/shares/{u}/{y}", unit, year)
			.with(TestUsers.unit(unit))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("target", "1")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theUnitsHomeCardShowsItsProgressAndTheOfficesTheUnitsBehind() {
		assertThat(this.mvc.get().uri("/").with(TestUsers.unit(demoUnit()))).hasStatusOk()
			.bodyText()
			.contains("消费扶贫", "预留份额", "%");
		assertThat(this.mvc.get().uri("/").with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.containsPattern("\\d+ 个单位消费扶贫进度落后");
		assertThat(LocalDate.now(this.clock)).isEqualTo(TODAY);
	}

	@Test
	void theOfficesOverviewHasItsChartsTablesAndUnitsBehind() {
		assertThat(this.mvc.get().uri("/purchases/overview").with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("消费扶贫总览", "全区逐月完成额", "采购渠道构成", "832平台", "进度落后的单位", "示范区财政金融局",
					"各镇（街道）帮扶单位完成进度", "按镇（街道）分列的卖方所在村", "/webjars/echarts/", "data-chart",
					"id=\"months-table\"", TODAY.getYear() + "-11");
		long demo = demoUnit();
		String counted = this.jdbc.queryForObject("""
				select coalesce(sum(amount), 0)::text from purchase where status = 'PAID'
				and purchase_date between ? and ?""", String.class, TODAY.withDayOfYear(1), TODAY);
		assertThat(this.mvc.get().uri("/purchases/overview").with(TestUsers.officeStaff())).bodyText()
			.contains("data-unit=\"" + demo + "\"");
		assertThat(counted).isNotBlank();
		assertThat(this.mvc.get().uri("/purchases/overview").with(TestUsers.unit(demo))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/purchases/overview").with(TestUsers.town(1L))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/purchases/overview/export").with(TestUsers.officeStaff())).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(this.mvc.get().uri("/purchases").with(TestUsers.unit(demo))).bodyText()
			.doesNotContain("echarts");
	}
}
