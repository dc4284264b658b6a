package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhucun.identity.Role;
import org.zhucun.support.TestUsers;

/**
 * A measurement, not a check of behaviour: the office's month overview on a database of city size that already holds
 * the schema and the data (flyway off, no demo). Runs only when OVERVIEW_TIMING_DATABASE_URL names that database.
 * Optional: OVERVIEW_TIMING_MONTH (default 2026-10), OVERVIEW_TIMING_RUNS (default 30), OVERVIEW_TIMING_QUERY (parameters
 * added to the page query). Prints the median and the 95th percentile of the Java side alone, of the
 * month computation, of the service, of the page, and of the service again after the page.
 */
@EnabledIfEnvironmentVariable(named = "OVERVIEW_TIMING_DATABASE_URL", matches = ".+")
@SpringBootTest(properties = { "spring.datasource.url=${OVERVIEW_TIMING_DATABASE_URL}",
		"spring.datasource.username=postgres", "spring.flyway.enabled=false" })
@AutoConfigureMockMvc
class OverviewTimingIT {

	private static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("OVERVIEW_TIMING_RUNS", "30"));

	@Autowired
	private OverviewService overviews;

	@Autowired
	private MonthCompliance compliance;

	@Autowired
	private MockMvcTester mvc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theOfficesMonthOverview() {
		YearMonth month = YearMonth.parse(System.getenv().getOrDefault("OVERVIEW_TIMING_MONTH", "2026-10"));
		SecurityContextHolder.getContext()
			.setAuthentication(TestUsers.authentication(Role.OFFICE_STAFF, null, null, null));
		MonthOverview sample = this.overviews.overview(month, null, null, null, 0);
		System.out.printf("overview %s: %s, %d towns, %d not met listed of %d%n", month, sample.summary(),
				sample.towns().size(), sample.cadres().getNumberOfElements(), sample.cadres().getTotalElements());
		List<CadreMonth> months = this.compliance.ofDistrict(month);
		report("java side over " + months.size() + " months", () -> {
			OverviewService.Tally total = new OverviewService.Tally();
			months.forEach(total::add);
			return OverviewService.notMet(months, m -> true, null, null, 0);
		});
		report("month computation", () -> this.compliance.ofDistrict(month));
		report("service", () -> this.overviews.overview(month, null, null, null, 0));
		SecurityContextHolder.clearContext();
		report("page", () -> {
			assertThat(this.mvc.get()
				.uri("/attendance/overview?month=" + month + System.getenv().getOrDefault("OVERVIEW_TIMING_QUERY", ""))
				.with(TestUsers.officeStaff()))
				.hasStatusOk();
			return null;
		});
		SecurityContextHolder.getContext()
			.setAuthentication(TestUsers.authentication(Role.OFFICE_STAFF, null, null, null));
		report("service after the page", () -> this.overviews.overview(month, null, null, null, 0));
	}

	private static void report(String what, Supplier<?> call) {
		for (int i = 0; i < 3; i++) {
			call.get();
		}
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			call.get();
			millis.add((System.nanoTime() - start) / 100_000);
		}
		Collections.sort(millis);
		System.out.printf("OVERVIEW TIMING %s: median %.1f ms, p95 %.1f ms, min %.1f, max %.1f (%d runs)%n", what,
				millis.get(RUNS / 2) / 10.0, millis.get((int) Math.ceil(RUNS * 0.95) - 1) / 10.0, millis.get(0) / 10.0,
				millis.get(RUNS - 1) / 10.0, RUNS);
	}
}
