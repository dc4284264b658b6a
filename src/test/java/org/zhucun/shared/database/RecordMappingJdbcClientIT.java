package org.zhucun.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.support.TestDatabase;

/**
 * The application's JdbcClient maps records as Spring's does (names and underscored names, types converted, nulls),
 * without asking the driver for a column it does not have; other types are Spring's own mapping.
 */
class RecordMappingJdbcClientIT {

	enum Kind { TOWN, TEAM }

	record Row(Long id, String villageName, int cadresJudged, LocalDate termStart, BigDecimal amount, Kind kind,
			Long leftBy) {
	}

	private static final String ROWS = """
			select v.* from (values
			    (1, '东村', 4, date '2026-01-05', 12.50, 'TOWN', null::bigint),
			    (2, '西村', 0, date '2026-11-30', 1234567.05, 'TEAM', 7)
			) as v(id, village_name, cadres_judged, "TERM_START", amount, kind, left_by)
			order by v.id
			""";

	private final AtomicInteger lookups = new AtomicInteger();

	@Test
	void recordsComeOutAsSpringMapsThemWithoutAskingForMissingColumns() {
		DataSource counted = counting(dataSource());
		List<Row> ours = RecordMappingJdbcClient.of(JdbcClient.create(counted)).sql(ROWS).query(Row.class).list();
		assertThat(this.lookups).hasValue(0);
		List<Row> springs = JdbcClient.create(counted).sql(ROWS).query(Row.class).list();
		assertThat(this.lookups).as("Spring's mapper asks the driver for each name").hasPositiveValue();
		assertThat(ours).isEqualTo(springs).containsExactly(
				new Row(1L, "东村", 4, LocalDate.of(2026, 1, 5), new BigDecimal("12.50"), Kind.TOWN, null),
				new Row(2L, "西村", 0, LocalDate.of(2026, 11, 30), new BigDecimal("1234567.05"), Kind.TEAM, 7L));
	}

	@Test
	void simpleTypesAndParametersAreSpringsOwn() {
		JdbcClient jdbc = RecordMappingJdbcClient.of(JdbcClient.create(dataSource()));
		assertThat(jdbc.sql("select x from generate_series(1, :n) x order by x").param("n", 3).query(Long.class).list())
			.containsExactly(1L, 2L, 3L);
		assertThat(jdbc.sql("select ? || ?").params("甲", "乙").query(String.class).single()).isEqualTo("甲乙");
		assertThat(jdbc.sql("select 1 as id, 'a' as village_name, 2 as cadres_judged, null::date as term_start,"
				+ " null::numeric as amount, null as kind, null::bigint as left_by").query(Row.class).single())
			.isEqualTo(new Row(1L, "a", 2, null, null, null, null));
	}

	@Test
	void aMissingColumnIsNamedInTheError() {
		JdbcClient jdbc = RecordMappingJdbcClient.of(JdbcClient.create(dataSource()));
		assertThatThrownBy(() -> jdbc.sql("select 1 as id").query(Row.class).list())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("villageName")
			.hasMessageContaining("village_name");
	}

	/** One mapper, two result sets of different column orders read in turn: each row from its own columns. */
	@Test
	void resultSetsReadInTurnKeepTheirOwnColumns() throws Exception {
		RecordRowMapper<Row> mapper = new RecordRowMapper<>(Row.class, DefaultConversionService.getSharedInstance());
		DataSource dataSource = dataSource();
		try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection();
				Statement a = first.createStatement(); Statement b = second.createStatement();
				ResultSet byId = a.executeQuery(ROWS);
				ResultSet reversed = b.executeQuery("select left_by, kind, amount, \"TERM_START\", cadres_judged,"
						+ " village_name, id from (" + ROWS + ") r order by id desc")) {
			assertThat(byId.next()).isTrue();
			assertThat(reversed.next()).isTrue();
			Row one = mapper.mapRow(byId, 0);
			Row two = mapper.mapRow(reversed, 0);
			assertThat(byId.next()).isTrue();
			assertThat(reversed.next()).isTrue();
			Row twoAgain = mapper.mapRow(byId, 1);
			Row oneAgain = mapper.mapRow(reversed, 1);
			assertThat(one).isEqualTo(oneAgain);
			assertThat(two).isEqualTo(twoAgain);
			assertThat(one.villageName()).isEqualTo("东村");
			assertThat(two.leftBy()).isEqualTo(7L);
		}
	}

	private static DataSource dataSource() {
		TestDatabase.Coordinates db = TestDatabase.get();
		return new DriverManagerDataSource(db.url(), db.username(), db.password());
	}

	/** The data source whose result sets count the columns asked for by name. */
	private DataSource counting(DataSource target) {
		return proxy(DataSource.class, target, (result, method) -> result instanceof Connection connection
				? proxy(Connection.class, connection, (statementResult, m) -> statementResult instanceof PreparedStatement ps
						? proxy(PreparedStatement.class, ps, (rs, rm) -> rs instanceof ResultSet set ? countingResultSet(set) : rs)
						: statementResult)
				: result);
	}

	private ResultSet countingResultSet(ResultSet target) {
		return (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { ResultSet.class },
				(proxy, method, args) -> {
					if (method.getName().equals("findColumn")) {
						this.lookups.incrementAndGet();
					}
					return invoke(target, method, args);
				});
	}

	private interface Wrap {
		Object apply(Object result, java.lang.reflect.Method method);
	}

	@SuppressWarnings("unchecked")
	private <T> T proxy(Class<T> type, T target, Wrap wrap) {
		InvocationHandler handler = (proxy, method, args) -> wrap.apply(invoke(target, method, args), method);
		return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}
}
