package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhucun.demo.DemoAccounts;
import org.zhucun.support.IntegrationTest;

/**
 * Base of the browser tests: the shared application context, driven through Debian's Chromium with Playwright. One
 * browser per test class, a fresh context (cookies, language) and page per test, and the helpers the tests share
 * (signing in, phones 360 px wide and sideways scrolling, screenshots, declaring today). Playwright never downloads a
 * browser here; when no Chromium is installed the tests are skipped with a message saying how to install it.
 */
public abstract class BrowserTest extends IntegrationTest {

	/** Width and height of the phone viewport the pages must work at. */
	protected static final int PHONE_WIDTH = 360;

	protected static final int PHONE_HEIGHT = 640;

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--no-first-run");

	private static final Logger log = LoggerFactory.getLogger(BrowserTest.class);

	/** Why the browser tests of this class cannot run, or {@code null} when Chromium is there. */
	private static String unavailable;

	private static Playwright playwright;

	private static Browser browser;

	private final List<BrowserContext> contexts = new ArrayList<>();

	/** A desktop-sized page of its own for each test. */
	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		Path chromium = Path.of(System.getenv().getOrDefault("PLAYWRIGHT_CHROMIUM_EXECUTABLE", "/usr/bin/chromium"));
		if (!Files.isExecutable(chromium)) {
			unavailable = "Browser tests skipped: no Chromium at " + chromium
					+ ". Install it (apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to its path.";
			log.warn(unavailable);
			return;
		}
		unavailable = null;
		// Never let Playwright download browsers, whatever the environment says.
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true).setArgs(CHROMIUM_ARGS));
		// Two cores shared with a build: give pages more time than the default five seconds.
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		Assumptions.assumeTrue(unavailable == null, unavailable);
		this.page = newPage(false);
	}

	@AfterEach
	void closeContexts() {
		this.contexts.forEach(BrowserContext::close);
		this.contexts.clear();
	}

	/** @return a page in a fresh context of its own, phone-sized (360×640) or desktop-sized */
	protected Page newPage(boolean phone) {
		Browser.NewContextOptions options = new Browser.NewContextOptions().setBaseURL(baseUrl());
		if (phone) {
			options.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setIsMobile(true).setHasTouch(true);
		}
		BrowserContext context = browser.newContext(options);
		context.setDefaultTimeout(15_000);
		this.contexts.add(context);
		return context.newPage();
	}

	/** @return a phone-sized page of its own, signed in with a demo account, on its first page */
	protected Page phoneSignedIn(String username) {
		Page phone = newPage(true);
		login(phone, username);
		return phone;
	}

	/** Signs in with a demo account and waits for the first page: the day page for members, home for the others. */
	protected void login(Page page, String username) {
		page.navigate("/login");
		submitLogin(page, username, DemoAccounts.PASSWORD);
		assertThat(page).hasURL(Pattern.compile("^http://localhost:" + this.port + "/(attendance)?$"));
	}

	/** Fills in and sends the sign-in form. */
	protected void submitLogin(Page page, String username, String password) {
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form[action='/login'] button[type=submit]").click();
	}

	/**
	 * On the member's month page ({@code /attendance}), declares today in the village with a night and waits for the
	 * page to confirm it.
	 */
	protected static void declareTodayInTheVillageWithANight(Page member) {
		assertThat(member.locator("#today-locked").isVisible()).as("today is leave or a holiday for the member")
			.isFalse();
		member.locator("label[for='status1']").click();
		member.locator("input[name='overnight'][type='checkbox']").check();
		member.locator("#save-today").click();
		assertThat(member.locator(".alert-success")).isVisible();
	}

	/** Fails when the page is wider than a phone of {@value #PHONE_WIDTH} px, that is, when it scrolls sideways. */
	protected static void assertNoHorizontalOverflow(Page page) {
		Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
		assertThat(width.intValue()).as("page width at %d px: %s", PHONE_WIDTH, page.url())
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}

	/** Keeps a picture of the top of the page in target/ for whoever reviews the layout. */
	protected static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", name)).setFullPage(false));
	}

	/**
	 * Asserts that the page fits a phone {@value #PHONE_WIDTH} px wide: the page does not scroll sideways, no visible
	 * element reaches past the viewport's edges, no box scrolls sideways inside the main content, and every primary
	 * tap target (buttons, fields, menu and page links, check box labels, links the page marks as stack or cell links)
	 * is at least 44×44 px.
	 */
	protected static void assertFitsPhone(Page page) {
		@SuppressWarnings("unchecked")
		List<String> problems = (List<String>) page.evaluate(PHONE_CHECK);
		assertThat(problems).as("phone layout of %s", page.url()).isEmpty();
	}

	private static final String PHONE_CHECK = """
			() => {
			  const problems = [];
			  const width = document.documentElement.clientWidth;
			  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
			      + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
			      + ' "' + (el.textContent || '').trim().slice(0, 24) + '"';
			  const shown = el => {
			    const r = el.getBoundingClientRect();
			    return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden'
			        && !el.closest('.collapse:not(.show), .dropdown-menu:not(.show), .visually-hidden-focusable')
			        && !(el.closest('details:not([open])') && !el.closest('summary'));
			  };
			  if (document.documentElement.scrollWidth > width) {
			    problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px');
			  }
			  for (const el of document.querySelectorAll('body *')) {
			    if (!shown(el)) continue;
			    const r = el.getBoundingClientRect();
			    if (r.right > width + 0.5 || r.left < -0.5) {
			      problems.push('wider than the screen: ' + name(el) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
			    }
			  }
			  for (const el of document.querySelectorAll('main *')) {
			    if (!shown(el)) continue;
			    const style = getComputedStyle(el);
			    if (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
			      problems.push('scrolls sideways inside: ' + name(el));
			    }
			  }
			  const targets = 'a.btn, button, input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, '
			      + 'textarea, .nav-link, .page-link, .dropdown-item, .navbar-toggler, .form-check-label, .stack-link, '
			      + '.att-cell a, .card-body > a, a.card';
			  for (const el of document.querySelectorAll(targets)) {
			    if (!shown(el)) continue;
			    const r = el.getBoundingClientRect();
			    if (r.height < 44 || r.width < 44) {
			      problems.push('target under 44 px: ' + name(el) + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
			    }
			  }
			  return [...new Set(problems)];
			}
			""";

	/** @return the address of the running application */
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}
}
