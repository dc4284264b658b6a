package org.zhucun.pairings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The charts of the household overview and the monitoring pipeline: each drawn from the table beside it, the table's
 * figures counted in the account's scope (the office per town, a town per village), the script loaded by these pages.
 */
class PairingChartsIT extends IntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	private PairingsFixture f;

	private PairingsFixture other;

	@BeforeEach
	void fixture() {
		this.f = PairingsFixture.create(this.jdbc, TODAY, 5);
		this.other = PairingsFixture.create(this.jdbc, TODAY, 2);
		this.jdbc.update("update household set category = 'POOR' where id = ?", this.f.households().get(0));
		this.jdbc.update("update household set category = 'MONITORED', monitored_kind = 'MARGINAL' where id in (?, ?)",
				this.f.households().get(1), this.f.households().get(2));
		this.f.pair(this.jdbc, this.f.cadres().get(1), this.f.households().get(3), LocalDate.of(2026, 1, 1));
	}

	@Test
	void aTownSeesItsVillagesByCategoryAsATableAndAChart() throws Exception {
		String body = page("/households/overview", TestUsers.town(this.f.townId()));
		assertThat(body).contains("/webjars/echarts/", "/js/charts-", "data-chart", "data-table=\"areas-table\"",
				"各村农户类别")
			.contains("data-label=\"村" + this.f.suffix() + "\" data-poor=\"1\" data-lifted=\"2\" data-monitored=\"2\"")
			.contains("共 5 户：未脱贫户 1 户，已脱贫户 2 户，监测户 2 户；现有帮扶责任人结对 1 户。")
			.doesNotContain("村" + this.other.suffix());
	}

	@Test
	void theOfficeSeesTownsAndLooksIntoOne() throws Exception {
		String district = page("/households/overview", TestUsers.officeStaff());
		assertThat(district).contains("各镇（街道）农户类别")
			.contains("data-label=\"镇" + this.f.suffix() + "\" data-poor=\"1\" data-lifted=\"2\" data-monitored=\"2\"")
			.contains("data-label=\"镇" + this.other.suffix() + "\" data-poor=\"0\" data-lifted=\"2\" data-monitored=\"0\"");
		long all = this.jdbc.queryForObject("select count(*) from household where active", Long.class);
		// The page groups thousands (共 1,003 户) once other tests have added households.
		assertThat(district).contains("共 " + String.format(java.util.Locale.ROOT, "%,d", all) + " 户");

		String town = page("/households/overview?townId=" + this.other.townId(), TestUsers.officeStaff());
		assertThat(town).contains("各村农户类别", "data-label=\"村" + this.other.suffix() + "\"")
			.doesNotContain("村" + this.f.suffix());
		assertThat(page("/households/overview?townId=" + this.other.townId(), TestUsers.town(this.f.townId())))
			.as("a town official sees their own town whatever the address says")
			.contains("村" + this.f.suffix())
			.doesNotContain("村" + this.other.suffix());
	}

	@Test
	void theMonitoringPipelineCountsTheCasesOfEachStateAndTheLateOnes() throws Exception {
		long h0 = this.f.households().get(0);
		long h1 = this.f.households().get(1);
		long h2 = this.f.households().get(2);
		flag(h0, TODAY.minusDays(20), "FLAGGED");
		flag(h1, TODAY.minusDays(2), "FLAGGED");
		flag(h2, TODAY.minusDays(30), "NOT_INCLUDED");
		flag(this.other.households().get(0), TODAY.minusDays(20), "VERIFIED");

		String body = page("/monitoring", TestUsers.town(this.f.townId()));
		assertThat(body).contains("/webjars/echarts/", "data-table=\"pipeline\"")
			.contains("data-label=\"待核实\" data-intime=\"1\" data-late=\"1\" data-state=\"FLAGGED\"")
			.contains("data-label=\"待公示\" data-intime=\"0\" data-late=\"0\" data-state=\"VERIFIED\"")
			.contains("data-intime=\"1\" data-late=\"0\" data-state=\"NOT_INCLUDED\"")
			.contains("共 3 户，其中 1 户未在识别之日起 15 天内完成确认。");
		assertThat(page("/monitoring", TestUsers.town(this.other.townId())))
			.contains("data-intime=\"0\" data-late=\"1\" data-state=\"VERIFIED\"")
			.contains("data-intime=\"0\" data-late=\"0\" data-state=\"FLAGGED\"");
	}

	@Test
	void thePhonePagesDoNotLoadTheCharts() throws Exception {
		assertThat(page("/pairings/mine", TestUsers.member(this.f.unitId(), this.f.cadres().get(1)))).doesNotContain("echarts");
	}

	private void flag(long household, LocalDate on, String state) {
		this.jdbc.update("""
				insert into monitoring_case (household_id, flagged_on, source, flag_reason, deadline, state, closed_on,
				  close_reason, created_at, modified_at)
				values (?, ?, 'SELF_REPORT', '因病', ?, ?, ?, ?, now(), now())""", household, on, on.plusDays(15), state,
				"NOT_INCLUDED".equals(state) ? on.plusDays(3) : null, "NOT_INCLUDED".equals(state) ? "收入高于标准" : null);
	}

	private String page(String uri, RequestPostProcessor user) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).with(user).exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
