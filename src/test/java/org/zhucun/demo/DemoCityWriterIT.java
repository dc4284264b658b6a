package org.zhucun.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.attendance.DayStatus;
import org.zhucun.attendance.domain.rule.DayEntry;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.attendance.domain.rule.MonthFlags;
import org.zhucun.attendance.domain.rule.WeekResult;
import org.zhucun.attendance.domain.rule.WeekRuleSettings;
import org.zhucun.attendance.domain.rule.WeeklyRule;
import org.zhucun.pairings.domain.ContactRule;
import org.zhucun.support.TestClock;
import org.zhucun.support.TestDatabase;

/**
 * The city-sized demo district's SQL, written at a small scale (60 villages, 240 cadres, a year of day records) into a
 * database of its own on the tests' PostgreSQL server, migrated by Flyway, as loaded on the tests' day: every
 * constraint holds, and the year looks as the small demo's months do. A smaller city loaded on another day leads up to
 * that day.
 */
class DemoCityWriterIT {

	private static final int VILLAGES = 60;

	private static String name;

	private static String serverUrl;

	private static JdbcTemplate jdbc;

	/** day_record's constraints, indexes and triggers as migrated, before the writer dropped some for the load. */
	private static List<String> migratedDayRecordSchema;

	@BeforeAll
	static void writeSmallCity() throws SQLException {
		serverUrl = TestDatabase.get().url();
		name = "zhucun_city_test_" + System.currentTimeMillis();
		jdbc = writeCity(name, DemoCityWriter.Size.CITY.withVillages(VILLAGES), TestClock.TODAY);
	}

	/**
	 * Creates a database of the given name, migrates it and writes a small district of the given size into it as
	 * loaded on the given day.
	 * @return access to the database
	 */
	private static JdbcTemplate writeCity(String database, DemoCityWriter.Size size, LocalDate today)
			throws SQLException {
		DriverManagerDataSource dataSource = migrated(database);
		JdbcTemplate city = new JdbcTemplate(dataSource);
		migratedDayRecordSchema = dayRecordSchema(city);
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
		new TransactionTemplate(transactions).executeWithoutResult(status -> write(city, transactions, size, today));
		return city;
	}

	/** Creates a database of the given name and migrates it. */
	private static DriverManagerDataSource migrated(String database) throws SQLException {
		TestDatabase.Coordinates db = TestDatabase.get();
		execute("create database " + database + " encoding 'UTF8' template template0");
		int query = db.url().indexOf('?');
		String base = query < 0 ? db.url() : db.url().substring(0, query);
		String url = base.substring(0, base.lastIndexOf('/') + 1) + database
				+ (query < 0 ? "" : db.url().substring(query));
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, db.username(), db.password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return dataSource;
	}

	/**
	 * Writes a district in the caller's transaction, its households beside it in a transaction of their own, as the
	 * loader writes them, with the demo accounts the attendance names.
	 */
	private static void write(JdbcTemplate city, DataSourceTransactionManager transactions, DemoCityWriter.Size size,
			LocalDate today) {
		new DemoCityWriter(city, size, today).write(new TransactionTemplate(transactions), anchors -> {
			long admin = account(city, "admin", "OFFICE_ADMIN", null, null, null);
			long office = account(city, "office", "OFFICE_STAFF", null, null, null);
			long town = account(city, "town", "TOWN_OFFICIAL", anchors.town(), null, null);
			long leader = account(city, "leader", "TEAM_LEADER", null, anchors.unit(), anchors.leaderCadre());
			long member = account(city, "member", "TEAM_MEMBER", null, anchors.unit(), anchors.memberCadre());
			return new DemoCityWriter.Accounts(new DemoDistrictWriter.Accounts(admin, office, town, Map.of()), leader,
					member);
		});
	}

	@AfterAll
	static void dropCity() throws SQLException {
		if (name != null) {
			execute("drop database if exists " + name + " with (force)");
		}
	}

	@Test
	void fifteenTownsAndATeamOfFourInEveryRegisteredPoorVillage() {
		assertThat(count("select count(*) from town")).isEqualTo(15);
		assertThat(count("select count(*) from village where category = 'REGISTERED_POOR'")).isEqualTo(VILLAGES);
		assertThat(count("select count(*) from aid_unit")).isEqualTo(VILLAGES / 5);
		assertThat(count("select count(*) from unit_leader where principal")).isEqualTo(VILLAGES / 5);
		assertThat(count("select count(*) from work_team where status = 'ACTIVE' and one_per_village")).isEqualTo(VILLAGES);
		assertThat(count("select count(*) from team_membership where left_on is null")).isEqualTo(4L * VILLAGES);
		assertThat(count("""
				select count(*) from work_team t join team_membership m on m.team_id = t.id and m.left_on is null
				join cadre c on c.id = m.cadre_id where c.unit_id <> t.unit_id
				""")).isZero();
		assertThat(count("select count(*) from holiday where kind = 'HOLIDAY'")).isEqualTo(DemoHolidays.days().size());
		assertThat(count("select count(*) from holiday where kind = 'WORKDAY'")).isEqualTo(DemoHolidays.workdays().size());
	}

	@Test
	void aYearOfDayRecordsUpToYesterdayButNoneOnHolidaysOrTwice() {
		long cadres = 4L * VILLAGES;
		long holidays = count("select count(*) from holiday where kind = 'HOLIDAY'"
				+ " and day between date '2025-11-28' and date '2026-11-27'");
		long days = cadres * (365 - holidays);
		assertThat(count("select count(*) from day_record where source <> 'LEAVE'")).isBetween(days * 9 / 10, days);
		assertThat(count("select count(*) from day_record where status = 'HOLIDAY'")).isZero();
		assertThat(count("select count(*) from day_record d join holiday h on h.day = d.day where d.source <> 'LEAVE'"
				+ " and h.kind = 'HOLIDAY'")).isZero();
		// a make-up working day (Saturday 2026-10-10) is worked like a Friday: most in the village, none at rest
		assertThat(count("select count(*) from day_record where day = date '2026-10-10' and status = 'IN_VILLAGE'"))
			.isGreaterThan(count("select count(*) from day_record where day = date '2026-10-10'") / 2);
		assertThat(count("select count(*) from day_record where day = date '2026-10-10' and status = 'REST'"
				+ " and source <> 'LEAVE'")).isLessThan(count("select count(*) from day_record where day = date '2026-10-10'") / 5);
		assertThat(count("select count(*) from day_record where day < date '2025-11-28' or day > date '2026-11-27'"))
			.isZero();
		assertThat(count("""
				select count(*) from day_record d join account a on a.cadre_id = d.cadre_id and a.username = 'member'
				where d.day = date '2026-11-25'
				""")).isZero();
		assertThat(count("select count(*) from day_record where source = 'LEADER' and note is null")).isZero();
		assertThat(count("select count(*) from day_record where needs_review and distance_m <= 1000")).isZero();
		assertThat(count("select count(*) from day_record where needs_review")).isPositive();
		assertThat(count("""
				select count(*) from day_record d join leave_request r on r.id = d.leave_request_id
				where d.day not between r.first_day and r.last_day or r.cadre_id <> d.cadre_id
				""")).isZero();
		assertThat(count("select count(*) from leave_request")).isPositive();
		assertThat(count("""
				select count(*) from leave_request r where (select count(*) from leave_decision d
				where d.request_id = r.id) <> r.step_index
				""")).isZero();
	}

	@Test
	void mostCadresComplyInNovemberAFewAreNominalOrCommuting() {
		Map<Long, Map<LocalDate, DayEntry>> days = new HashMap<>();
		jdbc.query("select cadre_id, day, status, overnight from day_record where day between date '2026-11-02'"
				+ " and date '2026-11-22'", (RowCallbackHandler) rs -> {
					days.computeIfAbsent(rs.getLong(1), c -> new HashMap<>())
						.put(rs.getObject(2, LocalDate.class),
								new DayEntry(DayStatus.valueOf(rs.getString(3)), rs.getBoolean(4)));
				});
		List<IsoWeek> weeks = IsoWeek.weeksOf(YearMonth.of(2026, 11))
			.stream()
			.filter(w -> w.sunday().isBefore(LocalDate.of(2026, 11, 28)))
			.toList();
		List<MonthFlags> flags = new ArrayList<>();
		for (Long cadre : jdbc.queryForList("select cadre_id from team_membership where left_on is null", Long.class)) {
			List<WeekResult> results = new ArrayList<>();
			for (IsoWeek week : weeks) {
				results.add(WeeklyRule.judge(week, days.getOrDefault(cadre, Map.of()), null, null,
						WeekRuleSettings.DEFAULTS));
			}
			flags.add(MonthFlags.of(results, 0));
		}
		assertThat(flags).hasSize(4 * VILLAGES);
		assertThat(flags.stream().filter(f -> f.flags().isEmpty()).count()).isGreaterThan(flags.size() * 7L / 10);
		assertThat(flags.stream().filter(f -> f.has(MonthFlag.NOMINAL)).count()).isPositive();
		assertThat(flags.stream().filter(f -> f.has(MonthFlag.COMMUTING)).count()).isPositive();
	}

	@Test
	void weekConfirmationsOfMostWeeksAndSpotChecksByTheOfficeAndTheTown() {
		assertThat(count("select count(*) from week_confirmation")).isBetween(VILLAGES * 40L, VILLAGES * 51L);
		assertThat(count("""
				select count(*) from week_confirmation w join account a on a.id = w.confirmed_by
				where a.username = 'leader' and w.confirmed_by_username = 'leader'
				""")).isPositive();
		assertThat(count("select count(*) from spot_check")).isPositive();
		assertThat(count("select count(*) from spot_check where checked_by_username not in ('office', 'town')")).isZero();
		assertThat(count("""
				select count(*) from spot_check s join account a on a.username = 'town'
				where s.checked_by_username = 'town' and (s.town_id <> a.town_id or s.checked_by <> a.id)
				""")).isZero();
	}

	@Test
	void aHundredHouseholdsInEveryVillageMostPairedAndNoCadreWithMoreThanFive() {
		long households = DemoCityHouseholds.PER_VILLAGE * VILLAGES;
		assertThat(count("select count(*) from household")).isEqualTo(households);
		assertThat(count("select count(*) from household where cadre_id is not null")).isBetween(households * 85 / 100,
				households * 95 / 100);
		assertThat(count("select count(*) from household where category <> 'LIFTED' and cadre_id is null")).isZero();
		assertThat(count("""
				select count(*) from (select cadre_id from pairing where to_date is null group by cadre_id
				having count(*) > 5) x""")).isZero();
		assertThat(count("select count(*) from pairing where to_date is null"))
			.isEqualTo(count("select count(*) from household where cadre_id is not null"));
		assertThat(jdbc.queryForList("select distinct coalesce(monitored_kind, category) from household", String.class))
			.containsExactlyInAnyOrder("POOR", "LIFTED", "UNSTABLE", "MARGINAL", "SUDDEN");
		// Stationed cadres in their own village; the others are cadres of the unit linked to the village, not stationed.
		assertThat(count("""
				select count(*) from pairing p join household h on h.id = p.household_id
				join team_membership m on m.cadre_id = p.cadre_id and m.left_on is null
				join work_team t on t.id = m.team_id where p.to_date is null and t.village_id <> h.village_id""")).isZero();
		assertThat(count("""
				select count(*) from pairing p join household h on h.id = p.household_id join cadre c on c.id = p.cadre_id
				where not exists (select 1 from aid_unit_village l where l.village_id = h.village_id
				and l.unit_id = c.unit_id)""")).isZero();
		long notStationed = count("""
				select count(distinct p.cadre_id) from pairing p where p.to_date is null
				and not exists (select 1 from team_membership m where m.cadre_id = p.cadre_id)""");
		assertThat(notStationed).isGreaterThan(count("select count(*) from team_membership") * 3);
		assertThat(count("select count(*) from pairing where end_reason = 'HANDOVER'")).isPositive();
		assertThat(count("""
				select count(*) from pairing o where o.end_reason = 'HANDOVER' and not exists (select 1 from pairing n
				where n.household_id = o.household_id and n.from_date = o.to_date + 1 and n.cadre_id <> o.cadre_id)""")).isZero();
		// Members, the category history ending in the household's category, and three years of income.
		assertThat(count("""
				select count(*) from household h where h.member_count <> (select count(*) from household_member m
				where m.household_id = h.id)""")).isZero();
		assertThat(count("select count(*) from household_member where position = 0 and relation <> 'HEAD'")).isZero();
		assertThat(count("""
				select count(*) from household h cross join lateral (select c.category, c.monitored_kind
				from household_category_change c where c.household_id = h.id order by c.position desc limit 1) c
				where c.category <> h.category or c.monitored_kind is distinct from h.monitored_kind""")).isZero();
		assertThat(count("""
				select count(*) from household_category_change c join household_category_change b
				on b.household_id = c.household_id and b.position = c.position - 1 where b.from_date >= c.from_date
				or c.category = 'POOR' or b.category = 'MONITORED' and c.category = 'LIFTED' and b.monitored_kind <> 'UNSTABLE'
				""")).isZero();
		assertThat(count("select count(*) from household_category_change where position = 0 and monitored_kind = 'UNSTABLE'"))
			.isZero();
		assertThat(count("""
				select count(*) from household h where 3 <> (select count(*) from household_income i
				where i.household_id = h.id) or h.latest_income <> (select i.per_person from household_income i
				where i.household_id = h.id and i.year = h.latest_income_year)""")).isZero();
		assertThat(count("select count(*) from household where cardinality(risk_tags) > 0")).isPositive();
	}

	@Test
	void aYearOfContactsInsideThePairingsAndTheHouseholdsColumnsAsTheLogsSay() {
		long paired = count("select count(*) from household where cadre_id is not null");
		long contacts = count("select count(*) from contact_log");
		assertThat(contacts).as("about 7.5 contacts a household a year").isBetween(paired * 6, paired * 10);
		assertThat(count("select count(*) from contact_log where kind = 'HOME_VISIT'")).isBetween(contacts / 5,
				contacts / 2);
		assertThat(count("""
				select count(*) from contact_log l join pairing p on p.id = l.pairing_id
				where l.contact_date < p.from_date or l.contact_date > coalesce(p.to_date, l.contact_date)
				or l.cadre_id <> p.cadre_id or l.household_id <> p.household_id""")).isZero();
		assertThat(count("select count(*) from contact_log where contact_date >= date '" + TestClock.TODAY
				+ "' or contact_date < date '" + TestClock.TODAY.minusYears(1) + "'")).isZero();
		assertThat(count("select count(*) from contact_log l join pairing p on p.id = l.pairing_id where p.to_date is not null"))
			.as("contacts of the cadres before a handover").isPositive();
		// The columns the overdue lists read, against a fresh computation from the pairings and the logs.
		assertThat(count("""
				select count(*) from household h
				left join pairing p on p.household_id = h.id and p.to_date is null
				left join (select household_id, max(contact_date) as c, max(contact_date) filter
				  (where kind = 'HOME_VISIT') as v from contact_log group by household_id) x on x.household_id = h.id
				where h.cadre_id is distinct from p.cadre_id or h.last_contact_on is distinct from x.c
				or h.last_home_visit_on is distinct from x.v""")).isZero();
		assertThat(count("""
				select count(*) from household h where h.paired_since is distinct from (select min(p.from_date)
				from pairing p where p.household_id = h.id and exists (select 1 from pairing o
				  where o.household_id = h.id and o.to_date is null)
				and not exists (select 1 from pairing q where q.household_id = h.id and q.from_date > p.from_date
				  and not exists (select 1 from pairing r where r.household_id = h.id and r.from_date < q.from_date
				  and r.to_date >= q.from_date - 1)))""")).isZero();
		// Some households overdue, with some cadres: more for a contact than the few lax cadres, fewer than a fifth.
		ContactRule rule = new ContactRule(1, 3);
		Map<Long, Integer> overdueByCadre = new HashMap<>();
		long[] overdue = new long[2];
		jdbc.query("select cadre_id, paired_since, last_contact_on, last_home_visit_on from household"
				+ " where cadre_id is not null", (RowCallbackHandler) rs -> {
					ContactRule.Status status = rule.status(rs.getObject(2, LocalDate.class),
							rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), TestClock.TODAY);
					overdue[0] += status.contactOverdue() ? 1 : 0;
					overdue[1] += status.homeVisitOverdue() ? 1 : 0;
					if (status.overdue()) {
						overdueByCadre.merge(rs.getLong(1), 1, Integer::sum);
					}
				});
		assertThat(overdue[0]).isBetween(paired / 200, paired / 5);
		assertThat(overdue[1]).isBetween(paired / 100, paired / 5);
		assertThat(overdueByCadre.values().stream().filter(n -> n >= 2).count()).isPositive();
		assertThat(overdueByCadre.size()).isLessThan((int) count("select count(distinct cadre_id) from household"));
		// member's first household: to be contacted and visited.
		assertThat(jdbc.queryForObject("""
				select count(*) from household h join account a on a.cadre_id = h.cadre_id and a.username = 'member'
				where h.last_contact_on < date_trunc('month', cast(? as date)) - interval '1 month'
				and h.last_home_visit_on is null and h.paired_since < cast(? as date) - 120""", Long.class,
				TestClock.TODAY, TestClock.TODAY)).isOne();
	}

	@Test
	void monitoringCasesInEveryStateAsTheCategoriesSaySomePastTheirDeadline() {
		assertThat(jdbc.queryForList("select distinct state from monitoring_case", String.class)).containsExactlyInAnyOrder(
				"FLAGGED", "VERIFIED", "IN_PUBLICITY", "TOWN_APPROVED", "CONFIRMED", "CLEARED", "NOT_INCLUDED");
		assertThat(count("""
				select count(*) from monitoring_case where state in ('FLAGGED', 'VERIFIED', 'IN_PUBLICITY', 'TOWN_APPROVED')
				and deadline < date '""" + TestClock.TODAY + "'")).isPositive();
		assertThat(count("""
				select count(*) from monitoring_case m join household h on h.id = m.household_id
				where m.state = 'CONFIRMED' and (h.category <> 'MONITORED' or not exists (select 1 from
				household_category_change c where c.household_id = h.id and c.category = 'MONITORED'
				and c.from_date = m.confirmed_on))""")).isZero();
		assertThat(count("""
				select count(*) from monitoring_case m join household h on h.id = m.household_id
				where m.state <> 'CONFIRMED' and h.category <> 'LIFTED'""")).isZero();
		assertThat(count("""
				select count(*) from monitoring_case where deadline <> flagged_on + 15
				or verified_on < flagged_on or publicity_from < verified_on or town_reviewed_on < publicity_from + 5
				or confirmed_on < town_reviewed_on or closed_on < flagged_on or greatest(flagged_on, verified_on,
				publicity_from, town_reviewed_on, confirmed_on, closed_on) > date '""" + TestClock.TODAY + "'"))
			.isZero();
		assertThat(count("""
				select count(*) from monitoring_case m where m.state in ('CONFIRMED', 'CLEARED')
				and not exists (select 1 from monitoring_measure x where x.case_id = m.id)""")).as("cases without measures")
			.isZero();
		assertThat(count("""
				select count(*) from monitoring_measure x join monitoring_case m on m.id = x.case_id
				where x.start_date < m.confirmed_on or x.start_date > coalesce(m.closed_on, date '""" + TestClock.TODAY
				+ "') or x.end_date > coalesce(m.closed_on, date '" + TestClock.TODAY + "') or x.unit_id is null"))
			.isZero();
	}

	@Test
	void aCityLoadedOnAnotherDayLeadsUpToThatDay() throws SQLException {
		// A Monday after 元旦 (a Friday) of a year without a holiday table: the gap falls on last Thursday.
		LocalDate monday = LocalDate.of(2027, 1, 4);
		String other = name + "_later";
		try {
			JdbcTemplate city = writeCity(other, DemoCityWriter.Size.CITY.withVillages(5), monday);
			assertThat(city.queryForObject("select max(day) from day_record where source <> 'LEAVE'", LocalDate.class))
				.isEqualTo(monday.minusDays(1));
			assertThat(city.queryForObject("select min(day) from day_record", LocalDate.class))
				.isAfterOrEqualTo(monday.minusYears(1));
			assertThat(city.queryForList("select day from holiday where extract(year from day) = 2027", LocalDate.class))
				.contains(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 10, 1));
			assertThat(city.queryForObject("select count(*) from day_record where day = date '2027-01-01'", Long.class))
				.isZero();
			assertThat(city.queryForList("""
					select d::date from generate_series(date '2026-12-28', date '2027-01-03', interval '1 day') d
					where extract(isodow from d) < 6 and not exists (select 1 from holiday h where h.day = d::date)
					  and not exists (select 1 from day_record r join account a on a.cadre_id = r.cadre_id
					    and a.username = 'member' where r.day = d::date)
					""", LocalDate.class)).containsExactly(LocalDate.of(2026, 12, 31));
			assertThat(city.queryForObject("select max(confirmed_at) from week_confirmation", OffsetDateTime.class)
				.toLocalDate()).isBefore(monday);
			assertThat(city.queryForObject("""
					select count(*) from week_confirmation w join account a on a.id = w.confirmed_by
					where a.username = 'leader' and w.iso_year = 2026 and w.iso_week = 53
					""", Long.class)).as("the week of the member's gap is not confirmed").isZero();
			assertThat(city.queryForObject("select max(checked_at) from spot_check", OffsetDateTime.class)
				.toLocalDate()).isBefore(monday);
		}
		finally {
			execute("drop database if exists " + other + " with (force)");
		}
	}

	@Test
	void aFailedLoadLeavesNoDistrictAndWhatItLeftOfItsHouseholdsIsRemoved() throws SQLException {
		String other = name + "_failed";
		try {
			DriverManagerDataSource dataSource = migrated(other);
			JdbcTemplate city = new JdbcTemplate(dataSource);
			DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
			DemoCityWriter.Size size = DemoCityWriter.Size.CITY.withVillages(5);
			// failing before the households are committed: both transactions roll back
			assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(
					status -> new DemoCityWriter(city, size, TestClock.TODAY).write(new TransactionTemplate(transactions),
							anchors -> {
								throw new IllegalStateException("no accounts");
							}))).hasMessage("no accounts");
			assertThat(city.queryForObject("select count(*) from town", Long.class)).isZero();
			assertThat(city.queryForObject("select count(*) from household", Long.class)).isZero();
			assertThat(city.queryForObject("select count(*) from cadre", Long.class)).isZero();
			// failing after (the other modules' records, say): the households stay, without their villages
			assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
				write(city, transactions, size, TestClock.TODAY);
				throw new IllegalStateException("no modules");
			})).hasMessage("no modules");
			assertThat(city.queryForObject("select count(*) from town", Long.class)).isZero();
			assertThat(city.queryForObject("select count(*) from household", Long.class))
				.isEqualTo(5L * DemoCityHouseholds.PER_VILLAGE);
			Boolean removed = new TransactionTemplate(transactions)
				.execute(status -> DemoCityHouseholds.removeLeftovers(city));
			assertThat(removed).isTrue();
			for (String table : DemoCityHouseholds.WRITTEN) {
				assertThat(city.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
			}
			Boolean again = new TransactionTemplate(transactions)
				.execute(status -> DemoCityHouseholds.removeLeftovers(city));
			assertThat(again).isFalse();
		}
		finally {
			execute("drop database if exists " + other + " with (force)");
		}
	}

	@Test
	void theWeekTallyEqualsAFreshCountOfTheDayRecords() {
		assertThat(count("select count(*) from attendance_week_tally")).isPositive();
		assertThat(tallyDifferences(jdbc)).isZero();
	}

	@Test
	void dayRecordKeepsItsConstraintsIndexesAndTriggersAfterTheBulkLoad() {
		assertThat(dayRecordSchema(jdbc)).isEqualTo(migratedDayRecordSchema);
		assertThat(count("select count(*) from (select cadre_id, day from day_record group by 1, 2 having count(*) > 1) d"))
			.isZero();
	}

	@Test
	void aProvinceHasItsCitiesTownsAndUnitsNamedApartAndItsRulesHold() throws SQLException {
		// A province's 150 towns with one village each, and its first day records, tally and confirmations.
		String other = name + "_province";
		try {
			JdbcTemplate province = writeCity(other, DemoCityWriter.Size.PROVINCE.withVillages(150), TestClock.TODAY);
			assertThat(province.queryForObject("select count(distinct name) from town", Long.class)).isEqualTo(150);
			assertThat(province.queryForList("select name from town order by sort_order limit 2", String.class))
				.containsExactly(DemoNames.TOWNS.get(0).name(), DemoNames.TOWNS.get(1).name());
			assertThat(province.queryForObject("select count(*) from town where name like '南阳市%'", Long.class))
				.isEqualTo(15);
			assertThat(province.queryForObject("select count(*) from village", Long.class)).isEqualTo(150);
			assertThat(province.queryForObject("select count(distinct town_id) from village", Long.class))
				.isEqualTo(150);
			assertThat(province.queryForObject("select count(*) from aid_unit", Long.class)).isEqualTo(30);
			assertThat(province.queryForObject("select count(*) from team_membership", Long.class)).isEqualTo(600);
			assertThat(province.queryForObject("select count(*) from day_record where source <> 'LEAVE'", Long.class))
				.isBetween(600L * 330, 600L * 365);
			assertThat(tallyDifferences(province)).isZero();
			assertThat(dayRecordSchema(province)).isEqualTo(migratedDayRecordSchema);
			assertThat(province.queryForObject("select count(*) from week_confirmation", Long.class)).isPositive();
		}
		finally {
			execute("drop database if exists " + other + " with (force)");
		}
	}

	@Test
	void sizesOutsideTheWritersRangeAreRefused() {
		assertThatThrownBy(() -> DemoCityWriter.Size.CITY.withVillages(7)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DemoCityWriter.Size.CITY.withVillages(3000))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DemoCityWriter.Size("county", 200, 100)).isInstanceOf(IllegalArgumentException.class);
		assertThat(DemoCityWriter.Size.PROVINCE.cadres()).isEqualTo(80_000);
		assertThat(DemoCityWriter.Size.PROVINCE.units()).isEqualTo(4_000);
	}

	/**
	 * The rows in which the week tally and a fresh count of the day records differ, counted independently of the
	 * migration's functions: per cadre, team (0 for none) and ISO week, the records and their kinds.
	 */
	private static long tallyDifferences(JdbcTemplate db) {
		return db.queryForObject("""
				with fresh as (
				    select r.cadre_id, coalesce(r.team_id, 0) as team_key, date_trunc('week', r.day)::date as monday,
				           count(*)::int as records,
				           (count(*) filter (where r.status = 'IN_VILLAGE'))::int as in_village,
				           (count(*) filter (where r.status = 'IN_VILLAGE' and r.overnight))::int as overnights,
				           (count(*) filter (where r.status = 'OFFICIAL_BUSINESS'))::int as official_business,
				           (count(*) filter (where r.status = 'LEAVE'))::int as leave_days,
				           (count(*) filter (where r.status = 'REST'))::int as rest_days,
				           (count(*) filter (where r.status = 'ABSENT'))::int as absent,
				           (count(*) filter (where h.kind = 'HOLIDAY'))::int as on_holidays
				    from day_record r left join holiday h on h.day = r.day
				    group by 1, 2, 3),
				tally as (
				    select cadre_id, team_key, monday, records, in_village, overnights, official_business, leave_days,
				           rest_days, absent, on_holidays
				    from attendance_week_tally where records <> 0)
				select count(*) from ((select * from fresh except all select * from tally)
				                      union all (select * from tally except all select * from fresh)) d
				""", Long.class);
	}

	/** day_record's constraints, indexes and triggers with their definitions and whether each trigger is enabled. */
	private static List<String> dayRecordSchema(JdbcTemplate db) {
		return db.queryForList("""
				select 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
				where conrelid = 'day_record'::regclass
				union all select 'index ' || indexdef from pg_indexes
				where schemaname = current_schema() and tablename = 'day_record'
				union all select 'trigger ' || tgname || ' ' || tgenabled::text from pg_trigger
				where tgrelid = 'day_record'::regclass and not tgisinternal
				order by 1
				""", String.class);
	}

	private static long account(JdbcTemplate city, String username, String role, Long town, Long unit, Long cadre) {
		return city.queryForObject("""
				insert into account (username, password_hash, display_name, role, town_id, unit_id, cadre_id, created_at,
				modified_at) values (?, 'x', ?, ?, ?, ?, ?, now(), now()) returning id
				""", Long.class, username, username, role, town, unit, cadre);
	}

	private static long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(serverUrl, TestDatabase.get().username(),
				TestDatabase.get().password()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
