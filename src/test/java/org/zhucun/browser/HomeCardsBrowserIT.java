package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.attendance.Attendance;
import org.zhucun.attendance.AttendanceSettings;
import org.zhucun.attendance.CadreMonth;
import org.zhucun.demo.DemoAccounts;
import org.zhucun.leave.LeaveSettings;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.workteams.WorkTeamSettings;

/**
 * Each role's home page after sign-in shows the cards of its work of today, with the counts of the demo district.
 * The expected counts are computed here from the database day by day and row by row, not with the cards' queries,
 * and the texts are the bundle's with those counts.
 */
class HomeCardsBrowserIT extends BrowserTest {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MessageSource messages;

	@Autowired
	private PolicySettings settings;

	@Autowired
	private Attendance attendance;

	@Test
	void memberSeesTodayTheDaysLeftToFillAndTheirLeave() {
		long cadre = account(DemoAccounts.MEMBER, "cadre_id");
		LocalDate from = TODAY.minusDays(this.settings.intValue(AttendanceSettings.MEMBER_EDIT_DAYS, TODAY));
		List<LocalDate> open = new ArrayList<>();
		for (LocalDate day = from; day.isBefore(TODAY); day = day.plusDays(1)) {
			if (memberOn(cadre, day) && !holiday(day) && !recorded(cadre, day)) {
				open.add(day);
			}
		}
		assertThat(open).as("the demo member's gap").contains(LocalDate.of(2026, 11, 25));
		List<String> today = this.jdbc.queryForList("select status from day_record where cadre_id = ? and day = ?",
				String.class, cadre, TODAY);

		home(DemoAccounts.MEMBER);
		Locator card = card("attendance.today");
		assertThat(card.locator(".home-card-headline")).hasText(today.isEmpty()
				? (holiday(TODAY) ? text("attendance.card.today.declared", status("HOLIDAY"))
						: text("attendance.card.today.not-declared"))
				: text("attendance.card.today.declared", status(today.get(0))));
		assertThat(card.locator(".home-card-line")).hasText(
				text("attendance.card.today.open", open.size(), String.valueOf(open.get(0)), String.valueOf(from)));

		long pending = 0;
		LocalDate onLeaveUntil = null;
		LocalDate nextFrom = null;
		LocalDate nextTo = null;
		for (Map<String, Object> r : this.jdbc.queryForList(
				"select state, first_day, last_day from leave_request where cadre_id = ?", cadre)) {
			LocalDate first = ((Date) r.get("first_day")).toLocalDate();
			LocalDate last = ((Date) r.get("last_day")).toLocalDate();
			if ("PENDING".equals(r.get("state"))) {
				pending++;
			}
			else if ("APPROVED".equals(r.get("state"))) {
				if (!first.isAfter(TODAY) && !last.isBefore(TODAY)) {
					onLeaveUntil = last;
				}
				else if (first.isAfter(TODAY) && (nextFrom == null || first.isBefore(nextFrom))) {
					nextFrom = first;
					nextTo = last;
				}
			}
		}
		Locator leave = card("leave.mine");
		assertThat(leave.locator(".home-card-headline")).hasText(onLeaveUntil != null
				? text("leave.card.mine.on-leave", String.valueOf(onLeaveUntil))
				: nextFrom != null ? text("leave.card.mine.next", String.valueOf(nextFrom), String.valueOf(nextTo))
						: text("leave.card.mine.none"));
		assertThat(leave.locator(".home-card-line")).hasText(text("leave.card.mine.pending", pending));
	}

	@Test
	void leaderSeesTheGapsOfThisWeekTheWeeksNotConfirmedAndTheLeaveWaiting() {
		long leader = account(DemoAccounts.LEADER, "cadre_id");
		long team = this.jdbc.queryForObject("""
				select team_id from team_membership where cadre_id = ? and left_on is null
				and role in ('FIRST_SECRETARY', 'TEAM_LEADER')""", Long.class, leader);
		LocalDate monday = TODAY.with(DayOfWeek.MONDAY);
		List<Map<String, Object>> memberships = this.jdbc
			.queryForList("select cadre_id, joined_on, left_on from team_membership where team_id = ?", team);
		List<LocalDate> gaps = new ArrayList<>();
		for (LocalDate day = monday; day.isBefore(TODAY); day = day.plusDays(1)) {
			Set<Long> members = new HashSet<>();
			for (Map<String, Object> m : memberships) {
				LocalDate joined = ((Date) m.get("joined_on")).toLocalDate();
				Date left = (Date) m.get("left_on");
				if (!joined.isAfter(day) && (left == null || !left.toLocalDate().isBefore(day))) {
					members.add(((Number) m.get("cadre_id")).longValue());
				}
			}
			for (Long member : members) {
				if (!holiday(day) && !recorded(member, day)) {
					gaps.add(day);
				}
			}
		}
		assertThat(gaps).as("the demo member's gap").contains(LocalDate.of(2026, 11, 25));
		LocalDate termStart = this.jdbc.queryForObject("select term_start from work_team where id = ?",
				LocalDate.class, team);
		int unconfirmed = 0;
		for (int back = 1; back <= 8; back++) {
			LocalDate week = monday.minusWeeks(back);
			Integer confirmations = this.jdbc.queryForObject(
					"select count(*) from week_confirmation where team_id = ? and iso_year = ? and iso_week = ?",
					Integer.class, team, week.get(IsoFields.WEEK_BASED_YEAR), week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			if (!week.plusDays(6).isBefore(termStart) && confirmations == 0) {
				unconfirmed++;
			}
		}
		long waiting = pendingAt("TEAM_LEADER", r -> team == ((Number) r.get("team_id")).longValue());

		home(DemoAccounts.LEADER);
		Locator week = card("attendance.team-week");
		assertThat(week.locator(".home-card-headline"))
			.hasText(text("attendance.card.week.gaps", gaps.size(), String.valueOf(gaps.get(0))));
		assertThat(week.locator(".home-card-line")).hasText(text("attendance.card.week.unconfirmed", unconfirmed, 8));
		assertThat(card("leave.inbox").locator(".home-card-headline"))
			.hasText(text("leave.card.inbox.waiting", waiting));
		assertThat(card("attendance.today")).isVisible();
		assertThat(card("leave.mine")).isVisible();
	}

	@Test
	void townSeesLeaveWaitingTeamsWithProblemsAndThisMonthsDiscrepancies() {
		long town = account(DemoAccounts.TOWN, "town_id");
		long waiting = pendingAt("TOWN", r -> r.get("town_id") != null && town == ((Number) r.get("town_id")).longValue());
		YearMonth month = YearMonth.from(TODAY);
		long discrepancies = 0;
		for (Map<String, Object> s : this.jdbc.queryForList(
				"select cadre_id, day from spot_check where town_id = ? and not found_present", town)) {
			LocalDate day = ((Date) s.get("day")).toLocalDate();
			List<String> declared = this.jdbc.queryForList(
					"select status from day_record where cadre_id = ? and day = ?", String.class, s.get("cadre_id"), day);
			if (YearMonth.from(day).equals(month) && declared.equals(List.of("IN_VILLAGE"))) {
				discrepancies++;
			}
		}

		home(DemoAccounts.TOWN);
		assertThat(card("leave.inbox").locator(".home-card-headline")).hasText(text("leave.card.inbox.waiting", waiting));
		assertThat(card("workteams.problems").locator(".home-card-headline"))
			.hasText(text("team.card.problems.count", problemTeams(town)));
		assertThat(card("attendance.discrepancies").locator(".home-card-headline"))
			.hasText(text("attendance.card.discrepancies.count", discrepancies, month.toString()));
	}

	@Test
	void unitSeesItsCadresLastMonthAndTheLeaveDecisions() {
		long unit = account(DemoAccounts.UNIT, "unit_id");
		YearMonth last = YearMonth.from(TODAY).minusMonths(1);
		List<CadreMonth> months = this.attendance.unitMonth(unit, last);
		Set<Long> cadres = new HashSet<>();
		Set<Long> missed = new HashSet<>();
		for (CadreMonth m : months) {
			cadres.add(m.cadreId());
			if (!m.complies()) {
				missed.add(m.cadreId());
			}
		}
		assertThat(cadres).as("the demo unit's stationed cadres").isNotEmpty();
		YearMonth month = YearMonth.from(TODAY);
		long approved = 0;
		long rejected = 0;
		for (Map<String, Object> d : this.jdbc.queryForList("""
				select d.approved, d.decided_at from leave_decision d join leave_request r on r.id = d.request_id
				join cadre c on c.id = r.cadre_id where c.unit_id = ?""", unit)) {
			LocalDate day = ((java.sql.Timestamp) d.get("decided_at")).toInstant().atZone(DISTRICT).toLocalDate();
			if (YearMonth.from(day).equals(month)) {
				if ((Boolean) d.get("approved")) {
					approved++;
				}
				else {
					rejected++;
				}
			}
		}
		Long pending = this.jdbc.queryForObject("""
				select count(*) from leave_request r join cadre c on c.id = r.cadre_id
				where r.state = 'PENDING' and c.unit_id = ?""", Long.class, unit);

		home(DemoAccounts.UNIT);
		Locator compliance = card("attendance.unit-month");
		assertThat(compliance.locator(".home-card-headline")).hasText(text("attendance.card.unit.headline",
				cadres.size(), cadres.size() - missed.size(), last.toString()));
		assertThat(compliance.locator(".home-card-line")).hasText(text("attendance.card.unit.missed", missed.size()));
		Locator decisions = card("leave.unit");
		assertThat(decisions.locator(".home-card-headline")).hasText(
				text("leave.card.unit.decisions", approved + rejected, approved, rejected, month.toString()));
		assertThat(decisions.locator(".home-card-line")).hasText(text("leave.card.unit.pending", pending));
	}

	@Test
	void officeSeesProblemTeamsReductionsLeaveOverTheLimitAndRecordsToReview() {
		Year year = Year.from(TODAY);
		int limit = this.settings.intValue(LeaveSettings.YEAR_LIMIT_DAYS, year.atMonth(12).atEndOfMonth());
		Map<Long, Integer> days = new HashMap<>();
		for (Map<String, Object> r : this.jdbc.queryForList("""
				select cadre_id, state, first_day, last_day, actual_return from leave_request
				where state in ('APPROVED', 'RETURNED')""")) {
			LocalDate first = ((Date) r.get("first_day")).toLocalDate();
			LocalDate last = "RETURNED".equals(r.get("state")) ? ((Date) r.get("actual_return")).toLocalDate().minusDays(1)
					: ((Date) r.get("last_day")).toLocalDate();
			for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
				if (Year.from(day).equals(year)) {
					days.merge(((Number) r.get("cadre_id")).longValue(), 1, Integer::sum);
				}
			}
		}
		long overLimit = days.values().stream().filter(d -> d > limit).count();
		assertThat(overLimit).as("the demo's cadre over the yearly limit").isPositive();
		YearMonth month = YearMonth.from(TODAY);
		Long reviews = this.jdbc.queryForObject(
				"select count(*) from day_record where needs_review and day >= ? and day <= ?", Long.class,
				month.atDay(1), month.atEndOfMonth());
		long waiting = pendingAt("OFFICE", r -> true);

		home(DemoAccounts.OFFICE);
		assertThat(card("workteams.problems").locator(".home-card-headline"))
			.hasText(text("team.card.problems.count", problemTeams(null)));
		assertThat(card("leave.over-limit").locator(".home-card-headline"))
			.hasText(text("leave.card.over-limit.count", overLimit, year.toString()));
		assertThat(card("attendance.reviews").locator(".home-card-headline"))
			.hasText(text("attendance.card.reviews.count", reviews, month.toString()));
		assertThat(card("leave.inbox").locator(".home-card-headline")).hasText(text("leave.card.inbox.waiting", waiting));
		// The reductions card counts the teams its list shows.
		Locator reductions = card("workteams.reductions");
		String headline = reductions.locator(".home-card-headline").textContent();
		reductions.locator("a.stretched-link-title").click();
		assertThat(this.page.locator("#reductions")).isVisible();
		int teams = this.page.locator("tr[data-team]").count();
		assertThat(teams).as("the demo's reductions of last month").isPositive();
		assertThat(headline).isEqualTo(text("team.card.reductions.count", teams, month.minusMonths(1).toString()));
	}

	@Test
	void administratorAlsoSeesTheLockedAccounts() {
		Long locked = this.jdbc.queryForObject("select count(*) from account where locked_until > ?", Long.class,
				java.sql.Timestamp.from(this.clock.instant()));
		home(DemoAccounts.ADMIN);
		assertThat(card("identity.locked").locator(".home-card-headline"))
			.hasText(text("account.card.locked.count", locked));
		assertThat(card("workteams.problems")).isVisible();
	}

	private void home(String username) {
		login(this.page, username);
		this.page.navigate("/");
		assertThat(this.page.locator("#home-cards")).isVisible();
	}

	private Locator card(String id) {
		return this.page.locator("[data-card='" + id + "']");
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, CHINESE);
	}

	private static DefaultMessageSourceResolvable status(String status) {
		return new DefaultMessageSourceResolvable("attendance.status." + status);
	}

	private long account(String username, String column) {
		return this.jdbc.queryForObject("select " + column + " from account where username = ?", Long.class, username);
	}

	private boolean memberOn(long cadre, LocalDate day) {
		return this.jdbc.queryForObject("""
				select count(*) from team_membership where cadre_id = ? and joined_on <= ?
				and (left_on is null or left_on >= ?)""", Integer.class, cadre, day, day) > 0;
	}

	private boolean holiday(LocalDate day) {
		return this.jdbc.queryForObject("select count(*) from holiday where day = ? and kind = 'HOLIDAY'",
				Integer.class, day) > 0;
	}

	private boolean recorded(long cadre, LocalDate day) {
		return this.jdbc.queryForObject("select count(*) from day_record where cadre_id = ? and day = ?", Integer.class,
				cadre, day) > 0;
	}

	/** The pending requests whose current step is the one given and that the filter keeps. */
	private long pendingAt(String step, java.util.function.Predicate<Map<String, Object>> filter) {
		return this.jdbc.queryForList("""
				select r.chain, r.step_index, r.team_id, v.town_id from leave_request r
				left join work_team t on t.id = r.team_id left join village v on v.id = t.village_id
				where r.state = 'PENDING'""")
			.stream()
			.filter(r -> step.equals(((String) r.get("chain")).split(",")[((Number) r.get("step_index")).intValue()]))
			.filter(r -> r.get("team_id") != null || !"TEAM_LEADER".equals(step))
			.filter(filter)
			.count();
	}

	/** Active teams of the town (all when null) without a leader, too small, with a term over, ending or too short. */
	private long problemTeams(Long town) {
		int min = this.settings.intValue(WorkTeamSettings.MIN_MEMBERS, TODAY);
		int minTerm = this.settings.intValue(WorkTeamSettings.MIN_TERM_MONTHS, TODAY);
		long count = 0;
		for (Map<String, Object> t : this.jdbc.queryForList("""
				select t.id, t.term_start, t.term_end, t.one_per_village, v.town_id from work_team t
				join village v on v.id = t.village_id where t.status = 'ACTIVE'""")) {
			if (town != null && town != ((Number) t.get("town_id")).longValue()) {
				continue;
			}
			long id = ((Number) t.get("id")).longValue();
			int members = this.jdbc.queryForObject(
					"select count(*) from team_membership where team_id = ? and left_on is null", Integer.class, id);
			int leaders = this.jdbc.queryForObject("""
					select count(*) from team_membership where team_id = ? and left_on is null
					and role in ('FIRST_SECRETARY', 'TEAM_LEADER')""", Integer.class, id);
			LocalDate end = ((Date) t.get("term_end")).toLocalDate();
			LocalDate start = ((Date) t.get("term_start")).toLocalDate();
			boolean small = (Boolean) t.get("one_per_village") && members < min;
			boolean shortTerm = end.plusDays(1).isBefore(start.plusMonths(minTerm));
			if (leaders == 0 || small || !end.isAfter(TODAY.plusDays(60)) || shortTerm) {
				count++;
			}
		}
		return count;
	}
}
