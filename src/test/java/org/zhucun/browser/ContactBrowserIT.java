package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * On a phone 360 px wide, a stationed member ({@code member}) and a responsible cadre who is not stationed
 * ({@code cadre}, role CADRE) each record a home visit with the six checks for an overdue household of theirs, and it
 * leaves the overdue list.
 */
class ContactBrowserIT extends BrowserTest {

	@ParameterizedTest
	@ValueSource(strings = { "member", "cadre" })
	void aHomeVisitTakesTheHouseholdOffTheOverdueList(String username) {
		Page member = phoneSignedIn(username);
		member.navigate("/pairings/mine");
		Locator overdue = member.locator(".household-card.border-danger").first();
		assertThat(overdue).isVisible();
		String code = overdue.getAttribute("data-household");
		assertThat(overdue.locator(".badge.text-bg-danger").first()).isVisible();
		assertNoHorizontalOverflow(member);

		overdue.locator("a.btn-primary").click();
		assertThat(member.locator("form[action$='/contacts']")).isVisible();
		assertNoHorizontalOverflow(member);
		member.locator("label[for='kind1']").click();
		for (String item : new String[] { "food", "clothing", "education", "medical", "housing", "water" }) {
			member.locator("label[for='" + item + "1']").click();
		}
		member.locator("label[for='satisfaction1']").click();
		member.locator("#helpGiven").fill("了解生产生活情况，宣讲政策");
		member.locator("form[action$='/contacts'] button[type=submit]").click();

		assertThat(member).hasURL(java.util.regex.Pattern.compile("/pairings/mine$"));
		assertThat(member.locator(".alert-success")).isVisible();
		Locator card = member.locator(".household-card[data-household='" + code + "']");
		assertThat(card).isVisible();
		assertThat(card).not().hasClass(java.util.regex.Pattern.compile("border-danger"));
		assertThat(card.locator(".badge.text-bg-danger")).hasCount(0);
	}
}
