package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.demo.DemoAccounts;

import com.microsoft.playwright.Page;

/**
 * {@code unit} records a visit of its principal with a photo, then one day of another leadership member: the month's
 * status turns to met on its home card and the unit leaves the office's list of units short this month.
 */
class UnitDutiesBrowserIT extends BrowserTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theUnitRecordsItsPrincipalsVisitWithAPhotoAndTheMonthIsMet() throws IOException {
		long unit = this.jdbc.queryForObject("select unit_id from account where username = ?", Long.class,
				DemoAccounts.UNIT);
		List<Long> leaders = this.jdbc.queryForList(
				"select id from unit_leader where unit_id = ? and active order by principal desc, sort_order, id",
				Long.class, unit);
		long principal = leaders.get(0);
		long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from leader_visit", Long.class);
		Path photo = Files.createTempFile("村部", ".jpg");
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0x2E7D32);
		ImageIO.write(image, "jpg", photo.toFile());
		try {
			Page page = newPage(false);
			login(page, DemoAccounts.UNIT);
			assertThat(page.locator("body")).containsText("本月尚未达标");

			LocalDate principalDay = freeDay(principal);
			page.navigate("/leader-visits/new");
			record(page, principal, principalDay, "向驻村工作队了解情况");
			page.locator("#photos").setInputFiles(photo);
			page.locator("#save-visit").click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/leader-visits/\\d+$"));
			assertThat(page.locator("#visit-photos img")).hasCount(1);
			assertThat(page.locator("#visit-title")).containsText("入村");

			page.navigate("/");
			assertThat(page.locator("body")).containsText("主要负责同志本月已入村");
			assertThat(page.locator("body")).containsText("本月尚未达标");

			long other = leaders.stream()
				.filter(l -> l != principal && freeDayOrNull(l) != null)
				.findFirst()
				.orElseThrow();
			page.navigate("/leader-visits/new");
			record(page, other, freeDay(other), "督导产业项目");
			page.locator("#save-visit").click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/leader-visits/\\d+$"));

			page.navigate("/");
			assertThat(page.locator("body")).containsText("本月履职已达标");

			Page office = newPage(false);
			login(office, DemoAccounts.OFFICE);
			office.navigate("/unit-duties?month=" + YearMonth.from(TODAY));
			assertThat(office.locator("#short-units")).isVisible();
			assertThat(office.locator("#short-units tr[data-unit='" + unit + "']")).hasCount(0);
		}
		finally {
			// Leave the demo unit as the other tests expect it: one day short this month.
			List<Long> created = this.jdbc.queryForList("select id from leader_visit where id > ? and unit_id = ?",
					Long.class, before, unit);
			for (Long id : created) {
				this.jdbc.update("delete from attachment where owner_type = 'leader-visit' and owner_id = ?", id);
				this.jdbc.update("delete from leader_visit where id = ?", id);
			}
			Files.deleteIfExists(photo);
		}
	}

	private void record(Page page, long leader, LocalDate day, String purpose) {
		page.locator("#leaderId").selectOption(String.valueOf(leader));
		page.locator("#villageId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.locator("#firstDay").fill(day.toString());
		page.locator("#lastDay").fill(day.toString());
		page.locator("#purpose").fill(purpose);
	}

	/** @return the latest day of this month up to today on which the member has no visit */
	private LocalDate freeDay(long leader) {
		LocalDate day = freeDayOrNull(leader);
		if (day == null) {
			throw new IllegalStateException("No free day this month for member " + leader);
		}
		return day;
	}

	private LocalDate freeDayOrNull(long leader) {
		List<Date> days = this.jdbc.queryForList("""
				select cast(d as date) from generate_series(cast(? as date), cast(? as date), interval '1 day') d
				where not exists (select 1 from leader_visit v where v.leader_id = ? and cast(d as date)
				                  between v.first_day and v.last_day)
				order by d desc limit 1""", Date.class, Date.valueOf(YearMonth.from(TODAY).atDay(1)),
				Date.valueOf(TODAY), leader);
		return days.isEmpty() ? null : days.get(0).toLocalDate();
	}
}
