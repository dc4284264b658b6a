package org.zhucun.unitduties;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhucun.organization.Choice;

/**
 * The module's SQL over its own tables joined with the names of units, leaders and villages, and the questions about
 * the organisation and the work teams that need a join (which units serve a town, where a unit's cadres serve). It
 * reads the tables {@code aid_unit}, {@code unit_leader}, {@code village}, {@code town}, {@code aid_unit_village},
 * {@code work_team}, {@code team_membership} and {@code cadre} of the organisation and work teams modules, for speed
 * (one query where the modules' APIs would take several); it never writes them.
 */
@Component
class DutyQueries {

	private static final String VISIT = """
			select v.id, v.version, v.unit_id, u.name as unit_name, v.leader_id, l.name as leader_name,
			       l.position as leader_position, v.principal, v.village_id, vi.name as village_name,
			       t.name as town_name, v.first_day, v.last_day, v.purpose, v.findings, v.solved, v.created_by
			from leader_visit v
			join aid_unit u on u.id = v.unit_id
			join unit_leader l on l.id = v.leader_id
			join village vi on vi.id = v.village_id
			join town t on t.id = vi.town_id
			""";

	private static final RowMapper<VisitRow> VISIT_ROW = (rs, n) -> new VisitRow(rs.getLong("id"),
			rs.getLong("version"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("leader_id"),
			rs.getString("leader_name"), rs.getString("leader_position"), rs.getBoolean("principal"),
			rs.getLong("village_id"), rs.getString("village_name"), rs.getString("town_name"),
			rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
			rs.getString("purpose"), rs.getString("findings"), rs.getString("solved"), rs.getString("created_by"));

	/** Units serving a town: linked to one of its villages, or with a team in one of them that has not ended. */
	private static final String UNITS_OF_TOWN = """
			select l.unit_id from aid_unit_village l join village v on v.id = l.village_id where v.town_id = :town
			union
			select w.unit_id from work_team w join village v on v.id = w.village_id
			where v.town_id = :town and w.status = 'ACTIVE'
			""";

	private final NamedParameterJdbcTemplate jdbc;

	DutyQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the units serving the town's villages */
	Set<Long> unitsServingTown(Long townId) {
		return new HashSet<>(this.jdbc.queryForList(UNITS_OF_TOWN, new MapSqlParameterSource("town", townId), Long.class));
	}

	/** @return whether the unit serves one of the town's villages */
	boolean servesTown(Long unitId, Long townId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("select :unit in (" + UNITS_OF_TOWN + ")",
				new MapSqlParameterSource("town", townId).addValue("unit", unitId), Boolean.class));
	}

	/**
	 * @return whether the unit has to do with the village during the period: linked to it (联系点), or one of its cadres
	 * served in a team of the village on one of the days
	 */
	boolean villageOfUnit(Long unitId, Long villageId, LocalDate first, LocalDate last) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from aid_unit_village where unit_id = :unit and village_id = :village)
				    or exists (select 1 from team_membership m join work_team w on w.id = m.team_id
				               join cadre c on c.id = m.cadre_id
				               where c.unit_id = :unit and w.village_id = :village
				                 and m.joined_on <= :last and (m.left_on is null or m.left_on >= :first))""",
				new MapSqlParameterSource("unit", unitId).addValue("village", villageId)
					.addValue("first", first)
					.addValue("last", last), Boolean.class));
	}

	/** @return the villages to choose for the unit's visits: linked ones and those where its cadres serve now */
	List<Choice> villageChoices(Long unitId) {
		return this.jdbc.query("""
				select distinct v.id, v.name, t.sort_order, t.name as town_name from village v join town t on t.id = v.town_id
				where v.id in (select village_id from aid_unit_village where unit_id = :unit)
				   or v.id in (select w.village_id from team_membership m join work_team w on w.id = m.team_id
				               join cadre c on c.id = m.cadre_id where c.unit_id = :unit and m.left_on is null)
				order by t.sort_order, t.name, v.name""", new MapSqlParameterSource("unit", unitId),
				(rs, n) -> new Choice(rs.getLong("id"), rs.getString("town_name") + " · " + rs.getString("name")));
	}

	/** @return one visit with its names */
	Optional<VisitRow> visit(Long id) {
		return this.jdbc.query(VISIT + " where v.id = :id", new MapSqlParameterSource("id", id), VISIT_ROW)
			.stream()
			.findFirst();
	}

	/**
	 * @return the visits overlapping the period, of the units given (all when {@code null}), by first day and member
	 */
	List<VisitRow> visitsOverlapping(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		if (unitIds != null && unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(VISIT + " where v.last_day >= :from and v.first_day <= :to"
				+ (unitIds == null ? "" : " and v.unit_id in (:units)") + " order by v.first_day, v.id",
				new MapSqlParameterSource("from", from).addValue("to", to).addValue("units", unitIds), VISIT_ROW);
	}

	/** @return one page of visits overlapping the period, of the units given (all when {@code null}), newest first */
	List<VisitRow> visitPage(Collection<Long> unitIds, LocalDate from, LocalDate to, int offset, int size) {
		return this.jdbc.query(VISIT + visitFilter(unitIds) + " order by v.first_day desc, v.id desc limit :size offset :offset",
				visitParams(unitIds, from, to).addValue("size", size).addValue("offset", offset), VISIT_ROW);
	}

	long visitCount(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		Long n = this.jdbc.queryForObject("select count(*) from leader_visit v" + visitFilter(unitIds),
				visitParams(unitIds, from, to), Long.class);
		return n == null ? 0 : n;
	}

	private static String visitFilter(Collection<Long> unitIds) {
		return " where v.last_day >= :from and v.first_day <= :to" + (unitIds == null ? "" : " and v.unit_id in (:units)");
	}

	private static MapSqlParameterSource visitParams(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		return new MapSqlParameterSource("from", from).addValue("to", to).addValue("units", unitIds);
	}

	/** @return the units (of those given, all when {@code null}) that held a meeting in the period */
	Set<Long> unitsWithMeeting(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		if (unitIds != null && unitIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.queryForList("select distinct unit_id from unit_meeting"
				+ " where held_on between :from and :to" + (unitIds == null ? "" : " and unit_id in (:units)"),
				new MapSqlParameterSource("from", from).addValue("to", to).addValue("units", unitIds), Long.class));
	}

	/** @return the active units (of those given, all when {@code null}) by name: id and name */
	List<Choice> activeUnits(Collection<Long> unitIds) {
		if (unitIds != null && unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("select id, name from aid_unit where active"
				+ (unitIds == null ? "" : " and id in (:units)") + " order by name, id",
				new MapSqlParameterSource("units", unitIds), (rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")));
	}

	/** @return the first days of the quarters in which the unit held a meeting, within the period */
	Set<LocalDate> meetingQuarters(Long unitId, LocalDate from, LocalDate to) {
		return new HashSet<>(this.jdbc.queryForList("""
				select distinct cast(date_trunc('quarter', held_on) as date) from unit_meeting
				where unit_id = :unit and held_on between :from and :to""",
				new MapSqlParameterSource("unit", unitId).addValue("from", from).addValue("to", to), LocalDate.class));
	}

	private static final String MEETING = """
			select m.id, m.version, m.unit_id, u.name as unit_name, m.held_on, m.chair_id, l.name as chair_name,
			       m.attendees, m.team_reported, m.topics, m.decisions, m.solved, m.created_by
			from unit_meeting m join aid_unit u on u.id = m.unit_id join unit_leader l on l.id = m.chair_id
			""";

	private static final RowMapper<MeetingRow> MEETING_ROW = (rs, n) -> new MeetingRow(rs.getLong("id"),
			rs.getLong("version"), rs.getLong("unit_id"), rs.getString("unit_name"),
			rs.getObject("held_on", LocalDate.class), rs.getLong("chair_id"), rs.getString("chair_name"),
			rs.getString("attendees"), rs.getBoolean("team_reported"), rs.getString("topics"),
			rs.getString("decisions"), rs.getString("solved"), rs.getString("created_by"));

	/** @return one meeting with its names */
	Optional<MeetingRow> meeting(Long id) {
		return this.jdbc.query(MEETING + " where m.id = :id", new MapSqlParameterSource("id", id), MEETING_ROW)
			.stream()
			.findFirst();
	}

	/** @return one page of the meetings of the units given (all when {@code null}) held in the period, newest first */
	List<MeetingRow> meetingPage(Collection<Long> unitIds, LocalDate from, LocalDate to, int offset, int size) {
		return this.jdbc.query(MEETING + meetingFilter(unitIds) + " order by m.held_on desc, m.id desc limit :size offset :offset",
				visitParams(unitIds, from, to).addValue("size", size).addValue("offset", offset), MEETING_ROW);
	}

	long meetingCount(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		Long n = this.jdbc.queryForObject("select count(*) from unit_meeting m" + meetingFilter(unitIds),
				visitParams(unitIds, from, to), Long.class);
		return n == null ? 0 : n;
	}

	private static String meetingFilter(Collection<Long> unitIds) {
		return " where m.held_on between :from and :to" + (unitIds == null ? "" : " and m.unit_id in (:units)");
	}

	/** @return the towns each unit serves (linked villages and active teams), names joined, for the units given */
	Map<Long, String> townsOfUnits(Collection<Long> unitIds) {
		Map<Long, String> towns = new HashMap<>();
		if (unitIds != null && unitIds.isEmpty()) {
			return towns;
		}
		this.jdbc.query("""
				select s.unit_id, string_agg(distinct t.name, '、' order by t.name) as towns
				from (select l.unit_id, v.town_id from aid_unit_village l join village v on v.id = l.village_id
				      union select w.unit_id, v.town_id from work_team w join village v on v.id = w.village_id
				      where w.status = 'ACTIVE') s
				join town t on t.id = s.town_id""" + (unitIds == null ? "" : " where s.unit_id in (:units)")
				+ " group by s.unit_id", new MapSqlParameterSource("units", unitIds),
				rs -> {
					towns.put(rs.getLong("unit_id"), rs.getString("towns"));
				});
		return towns;
	}
}
