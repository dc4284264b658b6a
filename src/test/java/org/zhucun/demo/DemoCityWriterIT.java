package org.zhucun.demo;

import static org.assertj.core.api.Assertions.assertThat;

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

	@BeforeAll
	static void writeSmallCity() throws SQLException {
		serverUrl = TestDatabase.get().url();
		name = "zhucun_city_test_" + System.currentTimeMillis();
		jdbc = writeCity(name, VILLAGES, TestClock.TODAY);
	}

	/**
	 * Creates a database of the given name, migrates it and writes a small city of the given number of villages into
	 * it as loaded on the given day.
	 * @return access to the database
	 */
	private static JdbcTemplate writeCity(String database, int villages, LocalDate today) throws SQLException {
		TestDatabase.Coordinates db = TestDatabase.get();
		execute("create database " + database + " encoding 'UTF8' template template0");
		int query = db.url().indexOf('?');
		String base = query < 0 ? db.url() : db.url().substring(0, query);
		String url = base.substring(0, base.lastIndexOf('/') + 1) + database
				+ (query < 0 ? "" : db.url().substring(query));
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, db.username(), db.password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		JdbcTemplate city = new JdbcTemplate(dataSource);
		new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
			DemoCityWriter writer = new DemoCityWriter(city, villages, today);
			DemoCityWriter.Anchors anchors = writer.writeOrganisation();
			long admin = account(city, "admin", "OFFICE_ADMIN", null, null, null);
			long office = account(city, "office", "OFFICE_STAFF", null, null, null);
			long town = account(city, "town", "TOWN_OFFICIAL", anchors.town(), null, null);
			long leader = account(city, "leader", "TEAM_LEADER", null, anchors.unit(), anchors.leaderCadre());
			long member = account(city, "member", "TEAM_MEMBER", null, anchors.unit(), anchors.memberCadre());
			writer.writeAttendance(new DemoDistrictWriter.Accounts(admin, office, town, Map.of()), leader, member);
		});
		return city;
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
		assertThat(count("select count(*) from holiday")).isEqualTo(DemoHolidays.days().size());
	}

	@Test
	void aYearOfDayRecordsUpToYesterdayButNoneOnHolidaysOrTwice() {
		long cadres = 4L * VILLAGES;
		long holidays = count("select count(*) from holiday where day between date '2025-11-28' and date '2026-11-27'");
		long days = cadres * (365 - holidays);
		assertThat(count("select count(*) from day_record where source <> 'LEAVE'")).isBetween(days * 9 / 10, days);
		assertThat(count("select count(*) from day_record where status = 'HOLIDAY'")).isZero();
		assertThat(count("select count(*) from day_record d join holiday h on h.day = d.day where d.source <> 'LEAVE'"))
			.isZero();
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
	void aCityLoadedOnAnotherDayLeadsUpToThatDay() throws SQLException {
		// A Monday after 元旦 (a Friday) of a year without a holiday table: the gap falls on last Thursday.
		LocalDate monday = LocalDate.of(2027, 1, 4);
		String other = name + "_later";
		try {
			JdbcTemplate city = writeCity(other, 5, monday);
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
