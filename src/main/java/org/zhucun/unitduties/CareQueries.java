package org.zhucun.unitduties;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhucun.identity.TownCadres;
import org.zhucun.unitduties.domain.CareKind;

/**
 * The care records' SQL (supplies, health checks, family visits), with the stationed cadres they concern. Stationed
 * cadres are those with an active team membership; like {@link DutyQueries} it reads the {@code cadre},
 * {@code team_membership}, {@code work_team}, {@code village} and {@code aid_unit} tables for speed, never writes them.
 */
@Component
class CareQueries {

	/** The villages of a cadre's active teams; no row when the cadre is not stationed. */
	private static final String VILLAGES = """
			join lateral (select string_agg(distinct v.name, '、' order by v.name) as villages
			              from team_membership m join work_team w on w.id = m.team_id join village v on v.id = w.village_id
			              where m.cadre_id = c.id and m.left_on is null) s on s.villages is not null
			""";

	private final NamedParameterJdbcTemplate jdbc;

	CareQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the unit's stationed cadres (the town's cadres among them when a town is given) with their care in the
	 * period, by name, in one query
	 */
	List<CadreCare> cadres(Long unitId, Long townId, LocalDate from, LocalDate to) {
		return this.jdbc.query("""
				select c.id, c.name, s.villages,
				  (select max(h.checked_on) from cadre_health_check h
				   where h.cadre_id = c.id and h.checked_on between :from and :to) as health,
				  (select count(*) from cadre_family_visit f
				   where f.cadre_id = c.id and f.visited_on between :from and :to) as visits,
				  (select max(f.visited_on) from cadre_family_visit f
				   where f.cadre_id = c.id and f.visited_on between :from and :to) as last_visit,
				  (select count(*) from cadre_supply p where p.cadre_id = c.id and p.provided_on between :from and :to)
				   as supplies,
				  (select max(p.provided_on) from cadre_supply p
				   where p.cadre_id = c.id and p.provided_on between :from and :to) as last_supply
				from cadre c
				""" + VILLAGES + " where c.unit_id = :unit" + townCadres("c.id", townId) + " order by c.name, c.id",
				townParam(new MapSqlParameterSource("unit", unitId).addValue("from", from).addValue("to", to), townId),
				(rs, n) -> new CadreCare(rs.getLong("id"), rs.getString("name"), rs.getString("villages"),
						rs.getObject("health", LocalDate.class), rs.getInt("visits"),
						rs.getObject("last_visit", LocalDate.class), rs.getInt("supplies"),
						rs.getObject("last_supply", LocalDate.class)));
	}

	/** @return whether the cadre belongs to the unit and serves in a team now */
	boolean stationedIn(Long cadreId, Long unitId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from cadre c join team_membership m on m.cadre_id = c.id
				               where c.id = :cadre and c.unit_id = :unit and m.left_on is null)""",
				new MapSqlParameterSource("cadre", cadreId).addValue("unit", unitId), Boolean.class));
	}

	/** @return the unit's care records of the period (of the town's cadres when a town is given), newest first */
	List<CareEntry> entries(Long unitId, Long townId, LocalDate from, LocalDate to) {
		return this.jdbc.query("""
				select * from (
				  select p.id, 'SUPPLY' as kind, p.cadre_id, p.provided_on as day, p.what, null as by
				  from cadre_supply p where p.unit_id = :unit and p.provided_on between :from and :to
				  union all
				  select h.id, 'HEALTH_CHECK', h.cadre_id, h.checked_on, h.note, null
				  from cadre_health_check h where h.unit_id = :unit and h.checked_on between :from and :to
				  union all
				  select f.id, 'FAMILY_VISIT', f.cadre_id, f.visited_on, f.brought, f.visited_by
				  from cadre_family_visit f where f.unit_id = :unit and f.visited_on between :from and :to
				) e join cadre c on c.id = e.cadre_id where true""" + townCadres("c.id", townId)
				+ " order by e.day desc, e.kind, e.id desc",
				townParam(new MapSqlParameterSource("unit", unitId).addValue("from", from).addValue("to", to), townId),
				(rs, n) -> new CareEntry(rs.getLong("id"), CareKind.valueOf(rs.getString("kind")),
						rs.getLong("cadre_id"), rs.getString("name"), rs.getObject("day", LocalDate.class),
						rs.getString("what"), rs.getString("by")));
	}

	/** Adds a record of care. */
	void insert(CareCommand command, String user) {
		MapSqlParameterSource params = new MapSqlParameterSource("unit", command.unitId())
			.addValue("cadre", command.cadreId())
			.addValue("day", command.day())
			.addValue("what", command.what())
			.addValue("by", command.by())
			.addValue("user", user);
		String sql = switch (command.kind()) {
			case SUPPLY -> """
					insert into cadre_supply (unit_id, cadre_id, provided_on, what, created_at, created_by, modified_at,
					                          modified_by) values (:unit, :cadre, :day, :what, now(), :user, now(), :user)""";
			case HEALTH_CHECK -> """
					insert into cadre_health_check (unit_id, cadre_id, checked_on, note, created_at, created_by,
					                                modified_at, modified_by)
					values (:unit, :cadre, :day, :what, now(), :user, now(), :user)""";
			case FAMILY_VISIT -> """
					insert into cadre_family_visit (unit_id, cadre_id, visited_on, visited_by, brought, created_at,
					                                created_by, modified_at, modified_by)
					values (:unit, :cadre, :day, :by, :what, now(), :user, now(), :user)""";
		};
		this.jdbc.update(sql, params);
	}

	/** @return the unit of a record of care, or {@code null} when there is none */
	Long unitOf(CareKind kind, Long id) {
		return this.jdbc.query("select unit_id from " + table(kind) + " where id = :id", new MapSqlParameterSource("id", id),
				rs -> rs.next() ? rs.getLong(1) : null);
	}

	void delete(CareKind kind, Long id) {
		this.jdbc.update("delete from " + table(kind) + " where id = :id", new MapSqlParameterSource("id", id));
	}

	/**
	 * @return one page of the stationed cadres of the units given (all when {@code null}) without a health check (or
	 * without a family visit) in the period, by unit and name
	 */
	List<MissingCare> missing(CareKind kind, Collection<Long> unitIds, Long townId, LocalDate from, LocalDate to,
			int offset, int size) {
		return this.jdbc.query("select c.id, c.name, u.id as unit_id, u.name as unit_name, s.villages"
				+ missingFrom(kind, unitIds, townId) + " order by u.name, u.id, c.name, c.id limit :size offset :offset",
				missingParams(unitIds, townId, from, to).addValue("size", size).addValue("offset", offset),
				(rs, n) -> new MissingCare(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
						rs.getString("unit_name"), rs.getString("villages")));
	}

	long missingCount(CareKind kind, Collection<Long> unitIds, Long townId, LocalDate from, LocalDate to) {
		Long n = this.jdbc.queryForObject("select count(*)" + missingFrom(kind, unitIds, townId),
				missingParams(unitIds, townId, from, to), Long.class);
		return n == null ? 0 : n;
	}

	private static String missingFrom(CareKind kind, Collection<Long> unitIds, Long townId) {
		String table = table(kind);
		String day = kind == CareKind.HEALTH_CHECK ? "checked_on" : "visited_on";
		return " from cadre c join aid_unit u on u.id = c.unit_id " + VILLAGES + " where not exists (select 1 from "
				+ table + " r where r.cadre_id = c.id and r." + day + " between :from and :to)"
				+ (unitIds == null ? "" : " and c.unit_id in (:units)") + townCadres("c.id", townId);
	}

	private static MapSqlParameterSource missingParams(Collection<Long> unitIds, Long townId, LocalDate from,
			LocalDate to) {
		return townParam(new MapSqlParameterSource("from", from).addValue("to", to).addValue("units", unitIds), townId);
	}

	/** @return the condition that the cadre is one of the town's cadres ({@link TownCadres}), none without a town */
	private static String townCadres(String cadreColumn, Long townId) {
		return townId == null ? "" : " and " + TownCadres.ids(cadreColumn);
	}

	private static MapSqlParameterSource townParam(MapSqlParameterSource params, Long townId) {
		return townId == null ? params : params.addValue(TownCadres.TOWN_PARAMETER, townId);
	}

	private static String table(CareKind kind) {
		return switch (kind) {
			case SUPPLY -> "cadre_supply";
			case HEALTH_CHECK -> "cadre_health_check";
			case FAMILY_VISIT -> "cadre_family_visit";
		};
	}
}
