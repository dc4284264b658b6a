package org.zhucun.organization;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.TownCadres;
import org.zhucun.organization.OrganizationRefs.CadreRef;
import org.zhucun.organization.OrganizationRefs.LeaderRef;
import org.zhucun.organization.OrganizationRefs.TownRef;
import org.zhucun.organization.OrganizationRefs.UnitRef;
import org.zhucun.organization.OrganizationRefs.VillageRef;

/**
 * The organisation module's API for the other modules: towns, villages, aid units with their leadership members and
 * linked villages, and cadres, as plain facts. Like the policy settings and the work teams' facts, these carry no
 * scope check: the calling module checks what the signed-in account may see (and shows phones through
 * {@link ContactPhones}, which masks them outside the reader's scope). Every answer is one query.
 */
@Service
@Transactional(readOnly = true)
public class Organization {

	private static final String VILLAGE = """
			select v.id, v.name, v.town_id, t.name as town_name, v.category, v.latitude, v.longitude, v.radius_m, v.active
			from village v join town t on t.id = v.town_id
			""";

	private static final String CADRE = """
			select c.id, c.name, c.gender, c.phone, c.position, c.unit_id, u.name as unit_name, c.active
			from cadre c join aid_unit u on u.id = c.unit_id
			""";

	private static final RowMapper<VillageRef> VILLAGE_ROW = (rs, n) -> new VillageRef(rs.getLong("id"),
			rs.getString("name"), rs.getLong("town_id"), rs.getString("town_name"),
			VillageCategory.valueOf(rs.getString("category")), rs.getBigDecimal("latitude"),
			rs.getBigDecimal("longitude"), rs.getInt("radius_m"), rs.getBoolean("active"));

	private static final RowMapper<CadreRef> CADRE_ROW = (rs, n) -> new CadreRef(rs.getLong("id"), rs.getString("name"),
			Gender.valueOf(rs.getString("gender")), rs.getString("phone"), rs.getString("position"),
			rs.getLong("unit_id"), rs.getString("unit_name"), rs.getBoolean("active"));

	private static final RowMapper<LeaderRef> LEADER_ROW = (rs, n) -> new LeaderRef(rs.getLong("id"),
			rs.getLong("unit_id"), rs.getString("name"), rs.getString("position"), rs.getBoolean("principal"),
			rs.getBoolean("active"));

	private final NamedParameterJdbcTemplate jdbc;

	Organization(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the town */
	public Optional<TownRef> town(Long id) {
		return this.jdbc.query("select id, name, active from town where id = :id", new MapSqlParameterSource("id", id),
				(rs, n) -> new TownRef(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active"))).stream().findFirst();
	}

	/** @return the active towns, in the district's order, for filters */
	public List<Choice> townChoices() {
		return this.jdbc.query("select id, name from town where active order by sort_order, name",
				(rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")));
	}

	/** @return the village with its town */
	public Optional<VillageRef> village(Long id) {
		return this.jdbc.query(VILLAGE + " where v.id = :id", new MapSqlParameterSource("id", id), VILLAGE_ROW)
			.stream()
			.findFirst();
	}

	/** @return the villages with the ids, by id */
	public Map<Long, VillageRef> villages(Collection<Long> ids) {
		Map<Long, VillageRef> byId = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.query(VILLAGE + " where v.id in (:ids) order by v.id", new MapSqlParameterSource("ids", ids),
					VILLAGE_ROW).forEach(v -> byId.put(v.id(), v));
		}
		return byId;
	}

	/** @return the aid unit */
	public Optional<UnitRef> unit(Long id) {
		return this.jdbc.query("select id, name, kind, active from aid_unit where id = :id",
				new MapSqlParameterSource("id", id), (rs, n) -> new UnitRef(rs.getLong("id"), rs.getString("name"),
						UnitKind.valueOf(rs.getString("kind")), rs.getBoolean("active")))
			.stream()
			.findFirst();
	}

	/** @return the names of the units with the ids, by id */
	public Map<Long, String> unitNames(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.query("select id, name from aid_unit where id in (:ids) order by id",
					new MapSqlParameterSource("ids", ids), rs -> {
						names.put(rs.getLong("id"), rs.getString("name"));
					});
		}
		return names;
	}

	/** @return the active units, by name, for filters and pickers */
	public List<Choice> unitChoices() {
		return this.jdbc.query("select id, name from aid_unit where active order by name",
				(rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")));
	}

	/** @return every unit, former ones too, by name, for the filters of lists that reach back in time */
	public List<Choice> allUnitChoices() {
		return this.jdbc.query("select id, name from aid_unit order by name",
				(rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")));
	}

	/**
	 * @return the units of the town's cadres (those serving or having served in its teams, {@link TownCadres}), by
	 * name, for filters
	 */
	public List<Choice> unitChoicesOfTownCadres(Long townId) {
		return this.jdbc.query("select u.id, u.name from aid_unit u where exists (select 1 from cadre c where c.unit_id = u.id and "
				+ TownCadres.ids("c.id") + ") order by u.name", new MapSqlParameterSource(TownCadres.TOWN_PARAMETER, townId),
				(rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")));
	}

	/** @return the unit's leadership members, active and former, the principal first */
	public List<LeaderRef> leadersOf(Long unitId) {
		return this.jdbc.query("""
				select id, unit_id, name, position, principal, active from unit_leader
				where unit_id = :unit order by active desc, principal desc, sort_order, id""",
				new MapSqlParameterSource("unit", unitId), LEADER_ROW);
	}

	/** @return the leadership member */
	public Optional<LeaderRef> leader(Long id) {
		return this.jdbc.query("select id, unit_id, name, position, principal, active from unit_leader where id = :id",
				new MapSqlParameterSource("id", id), LEADER_ROW).stream().findFirst();
	}

	/** @return the villages the unit is linked to (联系点) */
	public List<Long> villagesLinkedTo(Long unitId) {
		return this.jdbc.queryForList("select village_id from aid_unit_village where unit_id = :unit order by village_id",
				new MapSqlParameterSource("unit", unitId), Long.class);
	}

	/** @return whether the unit is linked to the village */
	public boolean isLinked(Long unitId, Long villageId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from aid_unit_village where unit_id = :unit and village_id = :village)",
				new MapSqlParameterSource("unit", unitId).addValue("village", villageId), Boolean.class));
	}

	/** @return the units linked to at least one village of the town */
	public List<Long> unitsLinkedToTown(Long townId) {
		return this.jdbc.queryForList("""
				select distinct l.unit_id from aid_unit_village l join village v on v.id = l.village_id
				where v.town_id = :town order by l.unit_id""", new MapSqlParameterSource("town", townId), Long.class);
	}

	/** @return the cadre with their unit */
	public Optional<CadreRef> cadre(Long id) {
		return this.jdbc.query(CADRE + " where c.id = :id", new MapSqlParameterSource("id", id), CADRE_ROW)
			.stream()
			.findFirst();
	}

	/** @return the cadres with the ids, by id */
	public Map<Long, CadreRef> cadres(Collection<Long> ids) {
		Map<Long, CadreRef> byId = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.query(CADRE + " where c.id in (:ids) order by c.id", new MapSqlParameterSource("ids", ids),
					CADRE_ROW).forEach(c -> byId.put(c.id(), c));
		}
		return byId;
	}

	/** @return the unit's active cadres, by name, for pickers */
	public List<Choice> cadreChoices(Long unitId) {
		return this.jdbc.query("select id, name from cadre where unit_id = :unit and active order by name, id",
				new MapSqlParameterSource("unit", unitId), (rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")));
	}

}
