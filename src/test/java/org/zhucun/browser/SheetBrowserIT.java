package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.zhucun.demo.DemoAccounts;

/**
 * The monthly sheets in a browser: {@code leader} opens the team's sheet on a phone 360 px wide (the table scrolls,
 * the page does not) and its print view (the buttons hide when printed, no script is refused); {@code unit} exports
 * the unit's sheet to Excel from a desk.
 */
class SheetBrowserIT extends BrowserTest {

	@Test
	void theLeaderReadsTheTeamSheetOnAPhoneAndOpensThePrintView() {
		Page leader = newPage(true);
		List<String> errors = new ArrayList<>();
		leader.onConsoleMessage(m -> {
			if ("error".equals(m.type())) {
				errors.add(m.text());
			}
		});
		login(leader, DemoAccounts.LEADER);
		leader.navigate("/attendance/sheets");
		assertThat(leader.locator("#sheet-table")).isVisible();
		assertThat(leader.locator("#sheet-legend")).isVisible();
		assertNoHorizontalOverflow(leader);

		leader.locator("#print-sheet").click();
		assertThat(leader.locator("#signatures")).isVisible();
		assertThat(leader.locator("nav.navbar")).hasCount(0);
		assertThat(leader.locator("#print-actions")).isVisible();
		leader.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(leader.locator("#print-actions")).isHidden();
		assertThat(leader.locator("#sheet-table")).isVisible();
		assertThat(errors).as("console errors (CSP)").isEmpty();
	}

	@Test
	void theUnitAdministratorExportsTheUnitSheet() {
		Page unit = newPage(false);
		login(unit, DemoAccounts.UNIT);
		unit.navigate("/attendance/sheets");
		assertThat(unit.locator("#sheet-table")).isVisible();
		Download download = unit.waitForDownload(() -> unit.locator("#export-sheet").click());
		assertThat(download.suggestedFilename()).startsWith("驻村考勤月报表-").endsWith(".xlsx");
	}
}
