package org.zhucun.pairings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.pairings.domain.MonitoringState;

/**
 * The figures behind the charts of the household overview and the monitoring overview, each one SQL aggregate over
 * the households in the signed-in account's scope: households by category per town (the office) or per village (a
 * town, a unit, or the office looking into one town), and the monitoring cases per state with those past their
 * deadline.
 */
@Service
@Transactional(readOnly = true)
public class PairingCharts {

	/** The households of a town or a village by category, with those paired now. */
	public record AreaCounts(long id, String name, long poor, long lifted, long monitored, long paired) {

		/** @return every household of the area */
		public long total() {
			return this.poor + this.lifted + this.monitored;
		}
	}

	/**
	 * The households by category per area.
	 * @param byVillage whether the rows are villages (else towns)
	 * @param townId the town looked into, or {@code null}
	 */
	public record Areas(boolean byVillage, Long townId, List<AreaCounts> rows) {

		/** @return the district's (or the scope's) sums as one line */
		public AreaCounts total() {
			return new AreaCounts(0, null, this.rows.stream().mapToLong(AreaCounts::poor).sum(),
					this.rows.stream().mapToLong(AreaCounts::lifted).sum(),
					this.rows.stream().mapToLong(AreaCounts::monitored).sum(),
					this.rows.stream().mapToLong(AreaCounts::paired).sum());
		}
	}

	/** The monitoring cases in a state, and how many of them are past their deadline. */
	public record StateCount(MonitoringState state, long cases, long late) {
	}

	/** The monitoring pipeline: every state in its order, with the sums. */
	public record Pipeline(List<StateCount> states) {

		/** @return every case */
		public long cases() {
			return this.states.stream().mapToLong(StateCount::cases).sum();
		}

		/** @return the cases past their deadline */
		public long late() {
			return this.states.stream().mapToLong(StateCount::late).sum();
		}

		/** @return the cases of the state (0 when none) */
		public long of(MonitoringState state) {
			return this.states.stream().filter(s -> s.state() == state).mapToLong(StateCount::cases).sum();
		}
	}

	private static final String LATE = "m.state in ('FLAGGED', 'VERIFIED', 'IN_PUBLICITY', 'TOWN_APPROVED')"
			+ " and m.deadline < :today";

	private final NamedParameterJdbcTemplate jdbc;

	private final ScopeService scopes;

	private final Clock clock;

	PairingCharts(NamedParameterJdbcTemplate jdbc, ScopeService scopes, Clock clock) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.clock = clock;
	}

	/**
	 * @param townId the town the office looks into (by village); ignored for a town official, who always sees the
	 * villages of their own town
	 * @return the households in scope by category, per town for the office, else per village, in one query
	 */
	public Areas households(Long townId) {
		DataScope scope = this.scopes.current();
		Long town = scope.isTown() ? scope.townId() : townId;
		boolean byVillage = !scope.isOffice() || town != null;
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<String> and = new ArrayList<>();
		and.add("h.active");
		HouseholdQueries.scope(scope, and, params);
		if (town != null) {
			and.add("v.town_id = :town");
			params.addValue("town", town);
		}
		String name = !byVillage ? "t.name" : town == null ? "t.name || ' ' || v.name" : "v.name";
		String group = byVillage ? "t.id, v.id" : "t.id";
		String order = byVillage ? "t.sort_order, t.name, v.name, v.id" : "t.sort_order, t.name, t.id";
		List<AreaCounts> rows = this.jdbc.query("select " + (byVillage ? "v.id" : "t.id") + " as area_id, " + name
				+ " as name, count(*) filter (where h.category = 'POOR') as poor,"
				+ " count(*) filter (where h.category = 'LIFTED') as lifted,"
				+ " count(*) filter (where h.category = 'MONITORED') as monitored,"
				+ " count(*) filter (where h.cadre_id is not null) as paired"
				+ " from household h join village v on v.id = h.village_id join town t on t.id = v.town_id"
				+ " where " + String.join(" and ", and) + " group by " + group + " order by " + order, params,
				(rs, n) -> new AreaCounts(rs.getLong("area_id"), rs.getString("name"), rs.getLong("poor"),
						rs.getLong("lifted"), rs.getLong("monitored"), rs.getLong("paired")));
		return new Areas(byVillage, town, rows);
	}

	/** @return the monitoring cases in scope per state (every state, in order) and those late, in one query */
	public Pipeline pipeline() {
		MapSqlParameterSource params = new MapSqlParameterSource("today", LocalDate.now(this.clock));
		List<String> and = new ArrayList<>();
		and.add("true");
		HouseholdQueries.scope(this.scopes.current(), and, params);
		Map<MonitoringState, StateCount> counts = new EnumMap<>(MonitoringState.class);
		// The office's pipeline reads the cases alone; a scope joins what its condition names.
		String where = String.join(" and ", and);
		this.jdbc.query("select m.state, count(*) as n, count(*) filter (where " + LATE + ") as late"
				+ HouseholdQueries.monitoringFrom(where) + " where " + where + " group by m.state",
				params, rs -> {
					MonitoringState state = MonitoringState.valueOf(rs.getString("state"));
					counts.put(state, new StateCount(state, rs.getLong("n"), rs.getLong("late")));
				});
		List<StateCount> states = new ArrayList<>();
		for (MonitoringState state : MonitoringState.values()) {
			states.add(counts.getOrDefault(state, new StateCount(state, 0, 0)));
		}
		return new Pipeline(states);
	}
}
