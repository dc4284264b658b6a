package org.zhucun.pairings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.ScopeService;
import org.zhucun.pairings.domain.MeasureKind;
import org.zhucun.pairings.domain.MonitoringSource;
import org.zhucun.pairings.domain.MonitoringState;
import org.zhucun.shared.excel.DownloadTarget;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.XlsxWriter;

/**
 * The monitoring cases in Excel: the cases of the (scoped, filtered) list with each step's day, and their assistance
 * measures on a second sheet (kind, start, end, responsible unit, result), each sheet one streamed query.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringExcel {

	private static final String LATE = "(m.state in ('FLAGGED', 'VERIFIED', 'IN_PUBLICITY', 'TOWN_APPROVED')"
			+ " and m.deadline < :today)";

	private static final String FROM = """
			from monitoring_case m
			join household h on h.id = m.household_id
			join village v on v.id = h.village_id
			join town t on t.id = v.town_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final ScopeService scopes;

	private final ExcelTexts texts;

	private final Clock clock;

	MonitoringExcel(NamedParameterJdbcTemplate jdbc, ScopeService scopes, ExcelTexts texts, Clock clock) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.texts = texts;
		this.clock = clock;
	}

	public String fileName() {
		return this.texts.get("pairings.excel.monitoring-file", LocalDate.now(this.clock).toString());
	}

	/** Writes the cases in scope in the state (any when null), only the late ones when asked, and their measures. */
	public void export(MonitoringState state, Boolean late, DownloadTarget target) throws IOException {
		MapSqlParameterSource params = new MapSqlParameterSource("today", LocalDate.now(this.clock));
		List<String> and = new ArrayList<>();
		and.add("true");
		HouseholdQueries.scope(this.scopes.current(), and, params);
		if (state != null) {
			and.add("m.state = :state");
			params.addValue("state", state.name());
		}
		if (Boolean.TRUE.equals(late)) {
			and.add(LATE);
		}
		String where = " where " + String.join(" and ", and);
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			writer.sheet(this.texts.get("pairings.excel.monitoring-sheet"), headers("pairings.household.code",
					"pairings.town", "pairings.village", "pairings.household.head", "pairings.monitoring.flagged-on",
					"pairings.monitoring.source", "pairings.monitoring.reason", "pairings.household.income",
					"pairings.monitoring.state", "pairings.monitoring.deadline", "pairings.monitoring.late",
					"pairings.monitoring.verified-on", "pairings.monitoring.publicity-from",
					"pairings.monitoring.town-reviewed-on", "pairings.monitoring.confirmed-on",
					"pairings.monitoring.measures", "pairings.monitoring.closed-on", "pairings.monitoring.close-reason"));
			this.jdbc.query("""
					select h.code, t.name as town_name, v.name as village_name, h.head_name, m.flagged_on, m.source,
					       m.flag_reason, m.income, m.state, m.deadline, """ + LATE + """
					 as late, m.verified_on, m.publicity_from, m.town_reviewed_on, m.confirmed_on,
					       (select count(*) from monitoring_measure x where x.case_id = m.id) as measures, m.closed_on,
					       m.close_reason
					""" + FROM + where + " order by late desc, m.flagged_on desc, m.id desc", params, rs -> {
				write(writer, rs.getString("code"), rs.getString("town_name"), rs.getString("village_name"),
						rs.getString("head_name"), rs.getObject("flagged_on", LocalDate.class),
						this.texts.label("pairings.source.", MonitoringSource.valueOf(rs.getString("source"))),
						rs.getString("flag_reason"), rs.getBigDecimal("income"),
						this.texts.label("pairings.monitoring.state.", MonitoringState.valueOf(rs.getString("state"))),
						rs.getObject("deadline", LocalDate.class), this.texts.yesNo(rs.getBoolean("late")),
						rs.getObject("verified_on", LocalDate.class), rs.getObject("publicity_from", LocalDate.class),
						rs.getObject("town_reviewed_on", LocalDate.class), rs.getObject("confirmed_on", LocalDate.class),
						rs.getInt("measures"), rs.getObject("closed_on", LocalDate.class), rs.getString("close_reason"));
			});
			writer.sheet(this.texts.get("pairings.excel.measures-sheet"), headers("pairings.household.code",
					"pairings.town", "pairings.village", "pairings.household.head", "pairings.monitoring.flagged-on",
					"pairings.monitoring.state", "pairings.measure.kind", "pairings.measure.start",
					"pairings.measure.end", "pairings.measure.unit", "pairings.measure.result"));
			this.jdbc.query("""
					select h.code, t.name as town_name, v.name as village_name, h.head_name, m.flagged_on, m.state,
					       x.kind, x.start_date, x.end_date, u.name as unit_name, x.result
					""" + FROM + """
					join monitoring_measure x on x.case_id = m.id
					left join aid_unit u on u.id = x.unit_id
					""" + where + " order by m.flagged_on desc, m.id desc, x.start_date, x.id", params, rs -> {
				write(writer, rs.getString("code"), rs.getString("town_name"), rs.getString("village_name"),
						rs.getString("head_name"), rs.getObject("flagged_on", LocalDate.class),
						this.texts.label("pairings.monitoring.state.", MonitoringState.valueOf(rs.getString("state"))),
						this.texts.label("pairings.measure.kind.", MeasureKind.valueOf(rs.getString("kind"))),
						rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
						rs.getString("unit_name"), rs.getString("result"));
			});
		}
	}

	private List<String> headers(String... keys) {
		return java.util.Arrays.stream(keys).map(this.texts::get).toList();
	}

	private static void write(XlsxWriter writer, Object... values) {
		try {
			writer.row(values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
