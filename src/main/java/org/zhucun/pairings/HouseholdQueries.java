package org.zhucun.pairings;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhucun.identity.DataScope;
import org.zhucun.pairings.domain.ContactRule;
import org.zhucun.pairings.domain.HouseholdCategory;
import org.zhucun.pairings.domain.MonitoredKind;
import org.zhucun.pairings.domain.RiskTag;

/**
 * The SQL of the household and pairing lists, with the organisation's names joined in one query and the account's
 * scope as a condition: the one place where this module reads the organisation's tables.
 */
@Component
class HouseholdQueries {

	private static final String FROM = """
			from household h
			join village v on v.id = h.village_id
			join town t on t.id = v.town_id
			left join cadre c on c.id = h.cadre_id
			left join aid_unit u on u.id = c.unit_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	HouseholdQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The rule's dates of one day, as parameters of the list's SQL. */
	record Dates(LocalDate contactSince, LocalDate visitSince, LocalDate contactStart, LocalDate visitStart,
			BigDecimal threshold) {

		static Dates of(ContactRule rule, LocalDate today, BigDecimal threshold) {
			return new Dates(ContactRule.overdueSince(today, rule.contactMonths()),
					ContactRule.overdueSince(today, rule.homeVisitMonths()),
					ContactRule.periodStart(today, rule.contactMonths()),
					ContactRule.periodStart(today, rule.homeVisitMonths()), threshold);
		}
	}

	private static final String OVERDUE_CONTACT = "(h.cadre_id is not null and h.paired_since <= :cSince"
			+ " and (h.last_contact_on is null or h.last_contact_on < :cSince))";

	private static final String OVERDUE_VISIT = "(h.cadre_id is not null and h.paired_since <= :vSince"
			+ " and (h.last_home_visit_on is null or h.last_home_visit_on < :vSince))";

	private static final String COLUMNS = """
			select h.id, h.code, h.head_name, h.village_id, v.name as village_name, t.name as town_name, h.category,
			       h.monitored_kind, h.member_count, h.latest_income_year, h.latest_income, h.risk_tags, h.cadre_id,
			       c.name as cadre_name, u.name as unit_name, h.paired_since, h.last_contact_on, h.last_home_visit_on,
			       coalesce(h.latest_income < cast(:threshold as numeric), false) as below,
			""" + OVERDUE_CONTACT + " as c_overdue, " + OVERDUE_VISIT + " as v_overdue,"
			+ " (h.cadre_id is not null and (h.last_contact_on is null or h.last_contact_on < :cStart)) as c_due,"
			+ " (h.cadre_id is not null and (h.last_home_visit_on is null or h.last_home_visit_on < :vStart)) as v_due ";

	private static final RowMapper<HouseholdRow> ROW = (rs, n) -> new HouseholdRow(rs.getLong("id"),
			rs.getString("code"), rs.getString("head_name"), rs.getLong("village_id"), rs.getString("village_name"),
			rs.getString("town_name"), HouseholdCategory.valueOf(rs.getString("category")),
			rs.getString("monitored_kind") == null ? null : MonitoredKind.valueOf(rs.getString("monitored_kind")),
			rs.getInt("member_count"), (Integer) rs.getObject("latest_income_year"), rs.getBigDecimal("latest_income"),
			rs.getBoolean("below"), risks(rs), (Long) rs.getObject("cadre_id"), rs.getString("cadre_name"),
			rs.getString("unit_name"), rs.getObject("paired_since", LocalDate.class),
			rs.getObject("last_contact_on", LocalDate.class), rs.getObject("last_home_visit_on", LocalDate.class),
			rs.getBoolean("c_overdue"), rs.getBoolean("v_overdue"), rs.getBoolean("c_due"), rs.getBoolean("v_due"));

	private static List<RiskTag> risks(ResultSet rs) throws SQLException {
		Array array = rs.getArray("risk_tags");
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(o -> RiskTag.valueOf((String) o)).sorted().toList();
	}

	/**
	 * Only the joins a count needs: the village when the condition names its town, the cadre when it names the
	 * cadre's unit (the other joins follow foreign keys and unique keys, so they change no count).
	 */
	private static final java.util.regex.Pattern NAMES_VILLAGE = java.util.regex.Pattern.compile("\\bv\\.");

	private static final java.util.regex.Pattern NAMES_CADRE = java.util.regex.Pattern.compile("\\bc\\.");

	private static final java.util.regex.Pattern NAMES_HOUSEHOLD = java.util.regex.Pattern.compile("\\bh\\.");

	/** The monitoring cases with only the joins their condition names (the household for a scope, its village). */
	static String monitoringFrom(String where) {
		boolean village = NAMES_VILLAGE.matcher(where).find();
		return " from monitoring_case m" + (village || NAMES_HOUSEHOLD.matcher(where).find()
				? " join household h on h.id = m.household_id" : "")
				+ (village ? " join village v on v.id = h.village_id" : "") + " ";
	}

	static String countFrom(String where) {
		return " from household h" + (NAMES_VILLAGE.matcher(where).find() ? " join village v on v.id = h.village_id" : "")
				+ (NAMES_CADRE.matcher(where).find() ? " left join cadre c on c.id = h.cadre_id" : "") + " ";
	}

	/** @return one page of the households in scope that pass the filter, by village and number */
	Page<HouseholdRow> search(DataScope scope, HouseholdFilter filter, Dates dates, Pageable page) {
		return search(scope, filter, dates, page, null);
	}

	/**
	 * @param knownTotal the number of households that pass the filter when the caller has counted them already (the
	 * overdue list's counts), or {@code null} to count them here
	 * @return one page of the households in scope that pass the filter, by village and number
	 */
	Page<HouseholdRow> search(DataScope scope, HouseholdFilter filter, Dates dates, Pageable page, Long knownTotal) {
		MapSqlParameterSource params = params(dates);
		String where = where(scope, filter, params);
		long total = knownTotal != null ? knownTotal
				: this.jdbc.queryForObject("select count(*)" + countFrom(where) + where, params, Long.class);
		params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
		List<HouseholdRow> rows = total == 0 ? List.of()
				: this.jdbc.query(COLUMNS + FROM + where + " order by h.village_id, h.code, h.id limit :limit offset :offset",
						params, ROW);
		return new PageImpl<>(rows, page, total);
	}

	/** Streams every household in scope that passes the filter, for an export. */
	void forEach(DataScope scope, HouseholdFilter filter, Dates dates, Consumer<HouseholdRow> each) {
		MapSqlParameterSource params = params(dates);
		String where = where(scope, filter, params);
		this.jdbc.query(COLUMNS + FROM + where + " order by h.village_id, h.code, h.id", params,
				rs -> {
					each.accept(ROW.mapRow(rs, 0));
				});
	}

	/** @return the household's line if it is in the account's scope */
	java.util.Optional<HouseholdRow> row(DataScope scope, Long id, Dates dates) {
		MapSqlParameterSource params = params(dates).addValue("id", id);
		String where = where(scope, HouseholdFilter.ALL, params) + " and h.id = :id";
		return this.jdbc.query(COLUMNS + FROM + where, params, ROW).stream().findFirst();
	}

	/** @return the town of the household's village */
	Long townOf(Long householdId) {
		return this.jdbc.queryForObject(
				"select v.town_id from household h join village v on v.id = h.village_id where h.id = :id",
				new MapSqlParameterSource("id", householdId), Long.class);
	}

	/** @return whether the unit is linked to the village or one of its cadres is paired with the household now */
	boolean unitReaches(Long unitId, Long householdId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from household h
				  where h.id = :id and (h.village_id in (select village_id from aid_unit_village where unit_id = :unit)
				    or h.cadre_id in (select id from cadre where unit_id = :unit)))""",
				new MapSqlParameterSource("id", householdId).addValue("unit", unitId), Boolean.class));
	}

	private static MapSqlParameterSource params(Dates dates) {
		return new MapSqlParameterSource("cSince", dates.contactSince())
			.addValue("vSince", dates.visitSince())
			.addValue("cStart", dates.contactStart())
			.addValue("vStart", dates.visitStart())
			.addValue("threshold", dates.threshold());
	}

	/** @return the where clause of the scope and the filter, with its parameters added */
	static String where(DataScope scope, HouseholdFilter f, MapSqlParameterSource params) {
		List<String> and = new ArrayList<>();
		and.add("h.active");
		scope(scope, and, params);
		if (f.q() != null && !f.q().isBlank()) {
			and.add("(lower(h.head_name) like :q or lower(h.code) like :q)");
			params.addValue("q", f.q().trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%");
		}
		if (f.townId() != null) {
			and.add("v.town_id = :townId");
			params.addValue("townId", f.townId());
		}
		if (f.villageId() != null) {
			and.add("h.village_id = :villageId");
			params.addValue("villageId", f.villageId());
		}
		if (f.category() != null) {
			and.add("h.category = :category");
			params.addValue("category", f.category().name());
		}
		if (f.risk() != null) {
			and.add("h.risk_tags @> array[cast(:risk as varchar)]");
			params.addValue("risk", f.risk().name());
		}
		if (f.paired() != null) {
			and.add(f.paired() ? "h.cadre_id is not null" : "h.cadre_id is null");
		}
		if (Boolean.TRUE.equals(f.overdue())) {
			and.add("(" + OVERDUE_CONTACT + " or " + OVERDUE_VISIT + ")");
		}
		else if (Boolean.FALSE.equals(f.overdue())) {
			and.add("not (" + OVERDUE_CONTACT + " or " + OVERDUE_VISIT + ")");
		}
		if (f.unitId() != null) {
			and.add("c.unit_id = :unitId");
			params.addValue("unitId", f.unitId());
		}
		if (f.cadreId() != null) {
			and.add("h.cadre_id = :cadreId");
			params.addValue("cadreId", f.cadreId());
		}
		return " where " + String.join(" and ", and);
	}

	/**
	 * The households an account may read: the office all, a town its villages', a unit the households in its linked
	 * villages and those its cadres are paired with, a cadre the households paired with them now.
	 */
	static void scope(DataScope scope, List<String> and, MapSqlParameterSource params) {
		if (scope.isOffice()) {
			return;
		}
		if (scope.isTown()) {
			and.add("v.town_id = :scopeTown");
			params.addValue("scopeTown", scope.townId());
		}
		else if (scope.isUnit()) {
			and.add("(h.village_id in (select l.village_id from aid_unit_village l where l.unit_id = :scopeUnit)"
					+ " or h.cadre_id in (select sc.id from cadre sc where sc.unit_id = :scopeUnit))");
			params.addValue("scopeUnit", scope.unitId());
		}
		else if (scope.cadreId() != null) {
			and.add("h.cadre_id = :scopeCadre");
			params.addValue("scopeCadre", scope.cadreId());
		}
		else {
			and.add("false");
		}
	}

	private static final String PAIRING_COLUMNS = """
			select p.id, p.cadre_id, c.name as cadre_name, u.name as unit_name, p.household_id, h.code, h.head_name,
			       v.name as village_name, t.name as town_name, p.from_date, p.to_date, p.end_reason
			from pairing p
			join household h on h.id = p.household_id
			join village v on v.id = h.village_id
			join town t on t.id = v.town_id
			join cadre c on c.id = p.cadre_id
			join aid_unit u on u.id = c.unit_id
			""";

	private static final RowMapper<PairingRow> PAIRING_ROW = (rs, n) -> new PairingRow(rs.getLong("id"),
			rs.getLong("cadre_id"), rs.getString("cadre_name"), rs.getString("unit_name"), rs.getLong("household_id"),
			rs.getString("code"), rs.getString("head_name"), rs.getString("village_name"), rs.getString("town_name"),
			rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
			rs.getString("end_reason"));

	/** @return one page of the pairings in scope, the running ones first, newest first */
	Page<PairingRow> pairings(DataScope scope, PairingFilter f, Pageable page) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = pairingWhere(scope, f, params);
		long total = this.jdbc.queryForObject("select count(*) from pairing p join household h on h.id = p.household_id"
				+ " join village v on v.id = h.village_id join cadre c on c.id = p.cadre_id" + where, params, Long.class);
		params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
		List<PairingRow> rows = total == 0 ? List.of()
				: this.jdbc.query(PAIRING_COLUMNS + where
						+ " order by (p.to_date is null) desc, p.from_date desc, p.id desc limit :limit offset :offset",
						params, PAIRING_ROW);
		return new PageImpl<>(rows, page, total);
	}

	/** @return the pairing's line if it is in the account's scope */
	java.util.Optional<PairingRow> pairing(DataScope scope, Long id) {
		MapSqlParameterSource params = new MapSqlParameterSource("id", id);
		String where = pairingWhere(scope, PairingFilter.ALL, params) + " and p.id = :id";
		return this.jdbc.query(PAIRING_COLUMNS + where, params, PAIRING_ROW).stream().findFirst();
	}

	/** @return every pairing of the household, oldest first (the household's scope is checked by the caller) */
	List<PairingRow> pairingsOf(Long householdId) {
		return this.jdbc.query(PAIRING_COLUMNS + " where p.household_id = :id order by p.from_date, p.id",
				new MapSqlParameterSource("id", householdId), PAIRING_ROW);
	}

	/** @return the households the cadre is paired with now, as "number name" texts, for the limit's message */
	List<String> openHouseholdsOf(Long cadreId) {
		return this.jdbc.queryForList("""
				select h.head_name || '（' || h.code || '）' from pairing p join household h on h.id = p.household_id
				where p.cadre_id = :cadre and p.to_date is null order by p.from_date, p.id""",
				new MapSqlParameterSource("cadre", cadreId), String.class);
	}

	private static String pairingWhere(DataScope scope, PairingFilter f, MapSqlParameterSource params) {
		List<String> and = new ArrayList<>();
		and.add("true");
		if (scope.isTown()) {
			and.add("v.town_id = :scopeTown");
			params.addValue("scopeTown", scope.townId());
		}
		else if (scope.isUnit()) {
			and.add("c.unit_id = :scopeUnit");
			params.addValue("scopeUnit", scope.unitId());
		}
		else if (!scope.isOffice()) {
			and.add(scope.cadreId() == null ? "false" : "p.cadre_id = :scopeCadre");
			params.addValue("scopeCadre", scope.cadreId());
		}
		if (f.townId() != null) {
			and.add("v.town_id = :townId");
			params.addValue("townId", f.townId());
		}
		if (f.unitId() != null) {
			and.add("c.unit_id = :unitId");
			params.addValue("unitId", f.unitId());
		}
		if (f.cadreId() != null) {
			and.add("p.cadre_id = :cadreId");
			params.addValue("cadreId", f.cadreId());
		}
		if (f.open() != null) {
			and.add(f.open() ? "p.to_date is null" : "p.to_date is not null");
		}
		return " where " + String.join(" and ", and);
	}

	/** @return the active villages of the town (of every town when null), named with their town, for pickers */
	List<org.zhucun.organization.Choice> villageChoices(Long townId) {
		return this.jdbc.query("""
				select v.id, case when cast(:town as bigint) is null then t.name || ' ' || v.name else v.name end as name
				from village v join town t on t.id = v.town_id
				where v.active and (cast(:town as bigint) is null or v.town_id = :town)
				order by t.sort_order, t.name, v.name""", new MapSqlParameterSource("town", townId),
				(rs, n) -> new org.zhucun.organization.Choice(rs.getLong("id"), rs.getString("name")));
	}

	/** A village of the district as an import names it: by its town's name and its own. */
	record NamedVillage(long id, long townId, String townName, String name, boolean active) {
	}

	/** @return every village of the district with its town (a district has hundreds, not more) */
	List<NamedVillage> namedVillages() {
		return this.jdbc.query("""
				select v.id, v.town_id, t.name as town_name, v.name, v.active and t.active as active
				from village v join town t on t.id = v.town_id""", new MapSqlParameterSource(),
				(rs, n) -> new NamedVillage(rs.getLong("id"), rs.getLong("town_id"), rs.getString("town_name"),
						rs.getString("name"), rs.getBoolean("active")));
	}

	/** Counts of a list: the households, those overdue for a contact, for a home visit, and those to do this period. */
	record Counts(long households, long contactOverdue, long visitOverdue, long overdue, long toDo) {
	}

	/** @return the counts of the households in scope that pass the filter, in one query */
	Counts counts(DataScope scope, HouseholdFilter filter, Dates dates) {
		MapSqlParameterSource params = params(dates);
		String where = where(scope, filter, params);
		return this.jdbc.queryForObject("select count(*), count(*) filter (where " + OVERDUE_CONTACT + "),"
				+ " count(*) filter (where " + OVERDUE_VISIT + "), count(*) filter (where " + OVERDUE_CONTACT + " or "
				+ OVERDUE_VISIT + "), count(*) filter (where h.cadre_id is not null and (h.last_contact_on is null"
				+ " or h.last_contact_on < :cStart or h.last_home_visit_on is null or h.last_home_visit_on < :vStart))"
				+ countFrom(where) + where, params,
				(rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
	}

	private static final String MONITORING_FROM = """
			from monitoring_case m
			join household h on h.id = m.household_id
			join village v on v.id = h.village_id
			join town t on t.id = v.town_id
			""";

	private static final String MONITORING_COLUMNS = """
			select m.id, m.household_id, h.code, h.head_name, v.name as village_name, t.name as town_name,
			       m.flagged_on, m.source, m.state, m.deadline,
			       (m.state in ('FLAGGED', 'VERIFIED', 'IN_PUBLICITY', 'TOWN_APPROVED') and m.deadline < :today) as late
			""";

	private static final RowMapper<MonitoringRow> MONITORING_ROW = (rs, n) -> new MonitoringRow(rs.getLong("id"),
			rs.getLong("household_id"), rs.getString("code"), rs.getString("head_name"), rs.getString("village_name"),
			rs.getString("town_name"), rs.getObject("flagged_on", LocalDate.class),
			org.zhucun.pairings.domain.MonitoringSource.valueOf(rs.getString("source")),
			org.zhucun.pairings.domain.MonitoringState.valueOf(rs.getString("state")),
			rs.getObject("deadline", LocalDate.class), rs.getBoolean("late"));

	/** @return one page of the monitoring cases of the households in scope, the late and newest first */
	Page<MonitoringRow> monitoring(DataScope scope, org.zhucun.pairings.domain.MonitoringState state, Boolean late,
			LocalDate today, Pageable page) {
		MapSqlParameterSource params = new MapSqlParameterSource("today", today);
		List<String> and = new ArrayList<>();
		and.add("true");
		scope(scope, and, params);
		if (state != null) {
			and.add("m.state = :state");
			params.addValue("state", state.name());
		}
		if (Boolean.TRUE.equals(late)) {
			and.add("m.state in ('FLAGGED', 'VERIFIED', 'IN_PUBLICITY', 'TOWN_APPROVED') and m.deadline < :today");
		}
		String where = " where " + String.join(" and ", and);
		long total = this.jdbc.queryForObject("select count(*)" + monitoringFrom(where) + where, params, Long.class);
		params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
		// The page's cases first, then their households' names: the names are joined for the page only.
		List<MonitoringRow> rows = total == 0 ? List.of()
				: this.jdbc.query("""
						select m.id, m.household_id, h.code, h.head_name, v.name as village_name, t.name as town_name,
						       m.flagged_on, m.source, m.state, m.deadline, m.late
						from (select m.*, (m.state in ('FLAGGED', 'VERIFIED', 'IN_PUBLICITY', 'TOWN_APPROVED')
						      and m.deadline < :today) as late""" + monitoringFrom(where) + where + """
						      order by late desc, m.flagged_on desc, m.id desc limit :limit offset :offset) m
						join household h on h.id = m.household_id
						join village v on v.id = h.village_id
						join town t on t.id = v.town_id
						order by m.late desc, m.flagged_on desc, m.id desc""", params, MONITORING_ROW);
		return new PageImpl<>(rows, page, total);
	}

	/** @return the monitoring case's line if its household is in scope */
	java.util.Optional<MonitoringRow> monitoringRow(DataScope scope, Long id, LocalDate today) {
		MapSqlParameterSource params = new MapSqlParameterSource("today", today).addValue("id", id);
		List<String> and = new ArrayList<>();
		and.add("m.id = :id");
		scope(scope, and, params);
		return this.jdbc.query(MONITORING_COLUMNS + MONITORING_FROM + " where " + String.join(" and ", and), params,
				MONITORING_ROW).stream().findFirst();
	}

	/** @return the household's monitoring cases, the newest first (the caller has checked its scope) */
	List<MonitoringRow> monitoringOf(Long householdId, LocalDate today) {
		return this.jdbc.query(MONITORING_COLUMNS + MONITORING_FROM + " where m.household_id = :id"
				+ " order by m.flagged_on desc, m.id desc", new MapSqlParameterSource("id", householdId).addValue("today",
						today), MONITORING_ROW);
	}

	/** @return every case past its deadline now, the most late first (no scope: for the API) */
	List<MonitoringPastDeadline> pastDeadline(LocalDate today) {
		return this.jdbc.query(MONITORING_COLUMNS + MONITORING_FROM
				+ " where m.state in ('FLAGGED', 'VERIFIED', 'IN_PUBLICITY', 'TOWN_APPROVED') and m.deadline < :today"
				+ " order by m.deadline, m.id", new MapSqlParameterSource("today", today),
				(rs, n) -> new MonitoringPastDeadline(rs.getLong("id"), rs.getLong("household_id"),
						rs.getString("head_name"), rs.getString("village_name"), rs.getString("town_name"),
						rs.getObject("flagged_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
						org.zhucun.pairings.domain.MonitoringState.valueOf(rs.getString("state"))));
	}
}
