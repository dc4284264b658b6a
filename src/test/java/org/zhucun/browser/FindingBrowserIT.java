package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.demo.DemoAccounts;
import org.zhucun.shared.web.Formats;

/**
 * Issue 17: {@code office} makes a finding from a spot check's discrepancy in one click and assigns it; {@code unit}
 * answers with an attachment; {@code office} verifies and closes it; the notice draft of the month lists the
 * discrepancy under its team.
 */
class FindingBrowserIT extends BrowserTest {

	private static final Pattern FINDING_URL = Pattern.compile(".*/oversight/findings/(\\d+)$");

	/** A 1×1 PNG. */
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void officeMakesAFindingFromADiscrepancyUnitAnswersOfficeClosesTheNoticeDraftListsIt() throws Exception {
		long check = discrepancyOfTheUnitsCadre();
		Map<String, Object> team = this.jdbc.queryForMap("""
				select v.name as village, u.name as unit from spot_check s join work_team t on t.id = s.team_id
				join village v on v.id = t.village_id join aid_unit u on u.id = t.unit_id where s.id = ?""", check);

		Page office = newPage(false);
		login(office, DemoAccounts.OFFICE);
		office.navigate("/oversight/findings/facts?month=" + YearMonth.from(TODAY));
		office.locator("#discrepancies tr[data-fact='" + check + "'] button[type=submit]").click();
		assertThat(office).hasURL(FINDING_URL);
		String finding = office.url().replaceFirst("^https?://[^/]+", "");
		assertThat(office.locator("#finding-fact")).hasAttribute("href", "/attendance/spot-checks/" + check);
		office.locator("#assign").click();
		assertThat(office.locator(".alert-success")).isVisible();
		assertThat(office.locator("#finding-state")).hasAttribute("data-state", "ASSIGNED");

		Page unit = newPage(false);
		login(unit, DemoAccounts.UNIT);
		unit.navigate(finding);
		unit.locator("#text").fill("已约谈该干部，补齐驻村天数，附整改说明。");
		Path file = Files.createTempFile("整改说明", ".png");
		Files.write(file, PNG);
		try {
			unit.locator("input[type=file][name=files]").setInputFiles(file);
			unit.locator("#answer").click();
		}
		finally {
			Files.deleteIfExists(file);
		}
		assertThat(unit.locator(".alert-success")).isVisible();
		assertThat(unit.locator("#finding-answer")).containsText("已约谈该干部");
		assertThat(unit.locator("#finding-answer a").first()).isVisible();

		office.navigate(finding);
		assertThat(office.locator("#finding-answer")).containsText("已约谈该干部");
		office.locator("#text").fill("经核实，已整改到位。");
		office.locator("#close").click();
		assertThat(office.locator(".alert-success")).isVisible();
		assertThat(office.locator("#finding-state")).hasAttribute("data-state", "CLOSED");

		office.navigate("/oversight/notices");
		office.locator("#month").fill(YearMonth.from(TODAY).toString());
		office.locator("#draft").click();
		assertThat(office.locator("#notice-state")).isVisible();
		assertThat(office.locator("#body")).containsText(team.get("village") + "工作队（" + team.get("unit") + "）：抽查不符");
	}

	/**
	 * @return a new spot check finding a cadre of the {@code unit} account's unit away this month, on a day they
	 * declared in the village (a day of the month they had not recorded yet)
	 */
	private long discrepancyOfTheUnitsCadre() {
		Map<String, Object> member = this.jdbc.queryForMap("""
				select m.cadre_id, m.team_id, v.town_id from team_membership m
				join work_team t on t.id = m.team_id join village v on v.id = t.village_id
				where t.unit_id = (select unit_id from account where username = ?) and t.status = 'ACTIVE'
				  and m.left_on is null order by m.id limit 1""", DemoAccounts.UNIT);
		LocalDate day = this.jdbc.queryForObject("""
				select max(d)::date from generate_series(?::date, ?::date, interval '1 day') d
				where not exists (select 1 from day_record r where r.cadre_id = ? and r.day = d::date)""",
				LocalDate.class, YearMonth.from(TODAY).atDay(1), TODAY, member.get("cadre_id"));
		this.jdbc.update("""
				insert into day_record (cadre_id, team_id, day, status, overnight, source, created_at, created_by,
				                        modified_at, modified_by)
				values (?, ?, ?, 'IN_VILLAGE', true, 'SELF', now(), 'test', now(), 'test')""", member.get("cadre_id"),
				member.get("team_id"), day);
		Timestamp at = Timestamp.from(day.atTime(9, 30).atZone(Formats.ZONE).toInstant());
		return this.jdbc.queryForObject("""
				insert into spot_check (cadre_id, team_id, town_id, checked_at, day, method, found_present, checked_by,
				                        checked_by_username, created_at, created_by, modified_at, modified_by)
				values (?, ?, ?, ?, ?, 'VISIT', false, -1, 'town', now(), 'test', now(), 'test') returning id""",
				Long.class, member.get("cadre_id"), member.get("team_id"), member.get("town_id"), at, day);
	}
}
