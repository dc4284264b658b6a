package org.zhucun.workteams.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhucun.identity.TownCadres;
import org.zhucun.organization.Choice;
import org.zhucun.organization.VillageCategory;
import org.zhucun.shared.database.RecordMappingJdbcClient;
import org.zhucun.workteams.CadreChoice;
import org.zhucun.workteams.CadreMembership;
import org.zhucun.workteams.LeaveReason;
import org.zhucun.workteams.MemberView;
import org.zhucun.workteams.TeamProblem;
import org.zhucun.workteams.TeamRole;
import org.zhucun.workteams.TeamStatus;
import org.zhucun.workteams.VillageChoice;
import org.zhucun.workteams.VillageGap;

/**
 * The read side of the module in SQL: the team list with its counts and problems, the team page, the choices of the
 * forms, the sources of the reductions and of the overview. It joins the organisation's tables (village, town, aid
 * unit, cadre) read-only for names and categories, so that every list is one query with no query per row.
 */
@Repository
public class TeamQueries {

	/** One row per team: names, the active leader (at most one, by constraint) and the active headcount. */
	private static final String TEAM_ROWS = """
			select t.id, t.version, t.village_id, v.name as village_name, v.category, v.town_id,
			       tw.name as town_name, tw.sort_order as town_sort, t.unit_id, u.name as unit_name,
			       l.cadre_id as leader_id, lc.name as leader_name, l.role as leader_role,
			       (select count(*) from team_membership a where a.team_id = t.id and a.left_on is null) as active_members,
			       t.term_start, t.term_end, t.status, t.ended_on, t.one_per_village, t.note
			from work_team t
			join village v on v.id = t.village_id
			join town tw on tw.id = v.town_id
			join aid_unit u on u.id = t.unit_id
			left join team_membership l on l.team_id = t.id and l.left_on is null
			     and l.role in ('FIRST_SECRETARY', 'TEAM_LEADER')
			left join cadre lc on lc.id = l.cadre_id
			""";

	private static final String TEAM_ORDER = " order by (s.status = 'ACTIVE') desc, s.town_sort, s.town_name,"
			+ " s.village_name, s.term_start desc, s.id";

	/** The SQL form of {@link TeamChecks}, over a row of {@link #TEAM_ROWS} named {@code s}. */
	private static final Map<TeamProblem, String> PROBLEM_SQL = Map.of(
			TeamProblem.NO_LEADER, "(s.status = 'ACTIVE' and s.leader_id is null)",
			TeamProblem.BELOW_MINIMUM, "(s.status = 'ACTIVE' and s.one_per_village and s.active_members < :minMembers)",
			TeamProblem.TERM_OVER, "(s.status = 'ACTIVE' and s.term_end < :today)",
			TeamProblem.TERM_ENDING, "(s.status = 'ACTIVE' and s.term_end >= :today and s.term_end <= :soon)",
			TeamProblem.SHORT_TERM,
			"(s.status = 'ACTIVE' and s.term_end + 1 < s.term_start + make_interval(months => :minTermMonths))");

	private static final String MEMBER_ROWS = """
			select m.id, m.version, m.team_id, m.cadre_id, c.name as cadre_name, c.unit_id as cadre_unit_id,
			       cu.name as cadre_unit_name, c.phone, m.role, m.joined_on, m.left_on, m.leave_reason, m.note
			from team_membership m
			join cadre c on c.id = m.cadre_id
			join aid_unit cu on cu.id = c.unit_id
			""";

	/** A team as one row of {@link #TEAM_ROWS}. */
	public record TeamRow(Long id, long version, Long villageId, String villageName, VillageCategory category,
			Long townId, String townName, Long unitId, String unitName, Long leaderId, String leaderName,
			TeamRole leaderRole, int activeMembers, LocalDate termStart, LocalDate termEnd, TeamStatus status,
			LocalDate endedOn, boolean onePerVillage, String note) {

		public TeamChecks.Facts facts() {
			return new TeamChecks.Facts(this.status, this.onePerVillage, this.termStart, this.termEnd,
					this.activeMembers, this.leaderId != null);
		}
	}

	/**
	 * The filters of a team query, already narrowed to the signed-in account's scope; {@code null} means any.
	 * @param memberCadreId only the team in which this cadre is an active member
	 * @param problems only active teams breaking any of these rules (empty: no such filter)
	 * @param termEndFrom only teams whose term ends on this day or later
	 * @param termEndTo only teams whose term ends on this day or earlier
	 */
	public record TeamCriteria(Long townId, Long unitId, Long memberCadreId, VillageCategory category,
			TeamStatus status, Collection<TeamProblem> problems, LocalDate termEndFrom, LocalDate termEndTo) {
	}

	/** What the problem filters compare with: today, the end of the ending window, the minimum size. */
	public record ProblemBounds(LocalDate today, LocalDate soon, int minMembers, int minTermMonths) {
	}

	/** A village as the dispatch of a team needs it. */
	public record VillageRef(Long id, String name, Long townId, VillageCategory category, boolean active) {
	}

	/** An aid unit as the dispatch of a team needs it. */
	public record UnitRef(Long id, String name, boolean active) {
	}

	/** A cadre as the roster needs them. */
	public record CadreRef(Long id, String name, Long unitId, String unitName, String position, String phone,
			boolean active) {
	}

	/** A membership of a cadre that stands in the way of a new one: still active, or ending on or after a day. */
	public record Blocking(Long membershipId, Long cadreId, Long teamId, String villageName, LocalDate leftOn) {
	}

	/** A membership of a team that had a departure in a month, with what the reductions list names. */
	public record DepartureSource(Long teamId, Long villageId, String villageName, String townName, Long unitId,
			String unitName, boolean onePerVillage, Long membershipId, Long cadreId, String cadreName,
			LocalDate joinedOn, LocalDate leftOn, LeaveReason reason, String note) {
	}

	/** A membership with its cadre's name, for the module's public API. */
	public record MembershipFact(Long membershipId, Long teamId, Long villageId, Long unitId, Long cadreId,
			String cadreName, TeamRole role, LocalDate joinedOn, LocalDate leftOn) {
	}

	private final JdbcClient jdbc;

	public TeamQueries(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		// Exports stream their rows; the driver fetches them in batches inside the transaction.
		template.setFetchSize(500);
		this.jdbc = RecordMappingJdbcClient.of(JdbcClient.create(template));
	}

	/** @return a page of teams, in list order */
	public Page<TeamRow> teams(TeamCriteria criteria, ProblemBounds bounds, Pageable pageable) {
		Where where = where(criteria, bounds);
		long total = this.jdbc.sql("select count(*) from (" + TEAM_ROWS + ") s" + where.sql())
			.params(where.params)
			.query(Long.class)
			.single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<TeamRow> rows = this.jdbc
			.sql("select s.* from (" + TEAM_ROWS + ") s" + where.sql() + TEAM_ORDER + " limit :limit offset :offset")
			.params(where.params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(TeamQueries::teamRow)
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** @return how many teams match the criteria (one count) */
	public long countTeams(TeamCriteria criteria, ProblemBounds bounds) {
		Where where = where(criteria, bounds);
		return this.jdbc.sql("select count(*) from (" + TEAM_ROWS + ") s" + where.sql())
			.params(where.params)
			.query(Long.class)
			.single();
	}

	/** @return every team of the criteria, in list order, as a stream to be closed by the caller */
	public Stream<TeamRow> streamTeams(TeamCriteria criteria, ProblemBounds bounds) {
		Where where = where(criteria, bounds);
		return this.jdbc.sql("select s.* from (" + TEAM_ROWS + ") s" + where.sql() + TEAM_ORDER)
			.params(where.params)
			.query(TeamQueries::teamRow)
			.stream();
	}

	/** A membership with its team, for the export of the members of the listed teams. */
	public record TeamMemberRow(TeamRow team, MemberView member) {
	}

	/**
	 * @return every membership (active and past) of the teams of the criteria, team by team in list order, as a
	 * stream to be closed by the caller
	 */
	public Stream<TeamMemberRow> streamMembers(TeamCriteria criteria, ProblemBounds bounds) {
		Where where = where(criteria, bounds);
		String sql = "with s as (select s.* from (" + TEAM_ROWS + ") s" + where.sql() + ")" + """
				 select s.*, m.id as m_id, m.version as m_version, m.cadre_id, c.name as cadre_name,
				        c.unit_id as cadre_unit_id, cu.name as cadre_unit_name, c.phone, m.role, m.joined_on,
				        m.left_on, m.leave_reason, m.note as m_note
				 from s join team_membership m on m.team_id = s.id
				 join cadre c on c.id = m.cadre_id
				 join aid_unit cu on cu.id = c.unit_id""" + TEAM_ORDER + ", m.joined_on, m.id";
		return this.jdbc.sql(sql)
			.params(where.params)
			.query((rs, n) -> new TeamMemberRow(teamRow(rs, n), memberRow(rs, "m_id", "m_version", "m_note")))
			.stream();
	}

	/** @return the team as one list row, if it exists */
	public Optional<TeamRow> team(Long id) {
		return this.jdbc.sql("select s.* from (" + TEAM_ROWS + " where t.id = :id) s")
			.param("id", id)
			.query(TeamQueries::teamRow)
			.optional();
	}

	/** @return every membership of the team, in the order the members joined */
	public List<MemberView> members(Long teamId) {
		return this.jdbc.sql(MEMBER_ROWS + " where m.team_id = :teamId order by m.joined_on, m.id")
			.param("teamId", teamId)
			.query((rs, n) -> memberRow(rs, "id", "version", "note"))
			.list();
	}

	/** @return the town of the team's village, if the team exists */
	public Optional<Long> townOfTeam(Long teamId) {
		return this.jdbc.sql("select v.town_id from work_team t join village v on v.id = t.village_id where t.id = :id")
			.param("id", teamId)
			.query(Long.class)
			.optional();
	}

	/** @return the team in which the cadre is an active member, if any */
	public Optional<Long> activeTeamOf(Long cadreId) {
		return this.jdbc.sql("select team_id from team_membership where cadre_id = :cadreId and left_on is null")
			.param("cadreId", cadreId)
			.query(Long.class)
			.optional();
	}

	/** @return whether the cadre is an active member of the team */
	public boolean isActiveMember(Long teamId, Long cadreId) {
		return this.jdbc.sql("""
				select exists (select 1 from team_membership
				               where team_id = :teamId and cadre_id = :cadreId and left_on is null)""")
			.param("teamId", teamId)
			.param("cadreId", cadreId)
			.query(Boolean.class)
			.single();
	}

	/** @return the village, if it exists */
	public Optional<VillageRef> village(Long id) {
		return this.jdbc.sql("select id, name, town_id, category, active from village where id = :id")
			.param("id", id)
			.query((rs, n) -> new VillageRef(rs.getLong("id"), rs.getString("name"), rs.getLong("town_id"),
					VillageCategory.valueOf(rs.getString("category")), rs.getBoolean("active")))
			.optional();
	}

	/** @return the villages with one of these names (given in lower case) */
	public List<VillageRef> villagesNamed(Collection<String> lowerNames) {
		if (lowerNames.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id, name, town_id, category, active from village where lower(name) in (:names)")
			.param("names", lowerNames)
			.query((rs, n) -> new VillageRef(rs.getLong("id"), rs.getString("name"), rs.getLong("town_id"),
					VillageCategory.valueOf(rs.getString("category")), rs.getBoolean("active")))
			.list();
	}

	/** @return the ids of the towns with these names (given in lower case), by lower-case name */
	public Map<String, Long> townsNamed(Collection<String> lowerNames) {
		Map<String, Long> towns = new HashMap<>();
		if (!lowerNames.isEmpty()) {
			this.jdbc.sql("select id, lower(name) as name from town where lower(name) in (:names)")
				.param("names", lowerNames)
				.query((RowMapper<Void>) (rs, n) -> {
					towns.put(rs.getString("name"), rs.getLong("id"));
					return null;
				})
				.list();
		}
		return towns;
	}

	/** @return the aid unit, if it exists */
	public Optional<UnitRef> unit(Long id) {
		return this.jdbc.sql("select id, name, active from aid_unit where id = :id")
			.param("id", id)
			.query((rs, n) -> new UnitRef(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active")))
			.optional();
	}

	/** @return the aid units with one of these names (given in lower case) */
	public List<UnitRef> unitsNamed(Collection<String> lowerNames) {
		if (lowerNames.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id, name, active from aid_unit where lower(name) in (:names)")
			.param("names", lowerNames)
			.query((rs, n) -> new UnitRef(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active")))
			.list();
	}

	/** @return the cadre, if they exist */
	public Optional<CadreRef> cadre(Long id) {
		return this.jdbc.sql(CADRE_ROWS + " where c.id = :id").param("id", id).query(TeamQueries::cadreRow).optional();
	}

	/** @return the cadres with one of these names (given in lower case) */
	public List<CadreRef> cadresNamed(Collection<String> lowerNames) {
		if (lowerNames.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(CADRE_ROWS + " where lower(c.name) in (:names)")
			.param("names", lowerNames)
			.query(TeamQueries::cadreRow)
			.list();
	}

	private static final String CADRE_ROWS = """
			select c.id, c.name, c.unit_id, u.name as unit_name, c.position, c.phone, c.active
			from cadre c join aid_unit u on u.id = c.unit_id""";

	/**
	 * @return the memberships of the cadres, outside the team {@code exceptTeamId}, that are active or end on or
	 * after {@code from}: a new membership from that day would overlap them
	 */
	public List<Blocking> blocking(Collection<Long> cadreIds, Long exceptTeamId, LocalDate from) {
		if (cadreIds.isEmpty()) {
			return List.of();
		}
		Where where = new Where().and("m.cadre_id in (:cadreIds)", "cadreIds", cadreIds)
			.and("(m.left_on is null or m.left_on >= :from)", "from", from);
		if (exceptTeamId != null) {
			where.and("m.team_id <> :exceptTeamId", "exceptTeamId", exceptTeamId);
		}
		return this.jdbc.sql("""
				select m.id, m.cadre_id, m.team_id, v.name as village_name, m.left_on
				from team_membership m
				join work_team t on t.id = m.team_id
				join village v on v.id = t.village_id""" + where.sql() + " order by m.left_on desc nulls first, m.id")
			.params(where.params)
			.query((rs, n) -> new Blocking(rs.getLong("id"), rs.getLong("cadre_id"), rs.getLong("team_id"),
					rs.getString("village_name"), rs.getObject("left_on", LocalDate.class)))
			.list();
	}

	/** @return the active villages that take teams (registered poor, non-poor with tasks), of one town or all */
	public List<VillageChoice> villageChoices(Long townId) {
		Where where = new Where().and("v.active").and("v.category in ('REGISTERED_POOR', 'NON_POOR_WITH_TASKS')");
		if (townId != null) {
			where.and("v.town_id = :townId", "townId", townId);
		}
		return this.jdbc.sql("""
				select v.id, v.name, v.town_id, tw.name as town_name, v.category,
				       exists (select 1 from work_team t where t.village_id = v.id and t.status = 'ACTIVE') as has_team
				from village v join town tw on tw.id = v.town_id""" + where.sql()
				+ " order by tw.sort_order, tw.name, v.name, v.id")
			.params(where.params)
			.query((rs, n) -> new VillageChoice(rs.getLong("id"), rs.getString("name"), rs.getLong("town_id"),
					rs.getString("town_name"), VillageCategory.valueOf(rs.getString("category")),
					rs.getBoolean("has_team")))
			.list();
	}

	/** @return the active aid units, by name */
	public List<Choice> activeUnits() {
		return this.jdbc.sql("select id, name from aid_unit where active order by name, id")
			.query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/** @return the aid units that have dispatched a team to a village of the town (all units for {@code null}) */
	public List<Choice> dispatchingUnits(Long townId) {
		if (townId == null) {
			return this.jdbc.sql("select id, name from aid_unit order by name, id")
				.query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")))
				.list();
		}
		return this.jdbc.sql("""
				select u.id, u.name from aid_unit u
				where exists (select 1 from work_team t join village v on v.id = t.village_id
				              where t.unit_id = u.id and v.town_id = :townId)
				order by u.name, u.id""")
			.param("townId", townId)
			.query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/** The phone as {@code shared.web.Formats.maskPhone} shows it to those who may not see it in full, in SQL. */
	private static final String MASKED_PHONE = """
			case when c.phone is null or length(c.phone) < 7 then c.phone
			     else left(c.phone, least(3, length(c.phone) - 5)) || '****' || right(c.phone, 4) end""";

	/**
	 * The cadres who may join a team of the village: active, in no active team, of a unit linked to the village (the
	 * units that staff its team, DOMAIN §2 联系点), with the phone as the reader may see it ({@code seeAll}: the office;
	 * else in full for the cadres of {@code town}, {@link TownCadres}); matched on name, unit or the phone as shown, so
	 * that a hidden number cannot be found by searching for it. The chosen cadre first, then the dispatching unit's.
	 * @param pattern a LIKE pattern (escape {@code \}) in lower case, or null for all
	 */
	public Page<CadreChoice> freeCadres(Long villageId, Long unitFirst, boolean seeAll, Long town, String pattern,
			Long chosen, Pageable pageable) {
		String from = """
				with shown as (
				  select c.id, c.name, c.unit_id, u.name as unit_name,
				         case when :seeAll or\s""" + TownCadres.ids("c.id") + " then c.phone else " + MASKED_PHONE + """
				          end as phone
				  from cadre c join aid_unit u on u.id = c.unit_id
				  where c.active
				    and not exists (select 1 from team_membership m where m.cadre_id = c.id and m.left_on is null)
				    and c.unit_id in (select l.unit_id from aid_unit_village l where l.village_id = :villageId))
				select %s from shown
				where (cast(:pattern as text) is null or lower(name) like :pattern escape '\\'
				       or lower(unit_name) like :pattern escape '\\' or phone like :pattern escape '\\')""";
		Map<String, Object> params = new HashMap<>();
		params.put("seeAll", seeAll);
		params.put(TownCadres.TOWN_PARAMETER, town == null ? -1L : town);
		params.put("villageId", villageId);
		params.put("pattern", pattern);
		long total = this.jdbc.sql(from.formatted("count(*)")).params(params).query(Long.class).single();
		params.put("chosen", chosen == null ? -1L : chosen);
		params.put("unitId", unitFirst);
		params.put("size", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<CadreChoice> rows = this.jdbc.sql(from.formatted("id, name, unit_id, unit_name, phone")
				+ " order by (id = :chosen) desc, (unit_id = :unitId) desc, unit_name, name, id limit :size offset :offset")
			.params(params)
			.query((rs, n) -> new CadreChoice(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
					rs.getString("unit_name"), rs.getString("phone")))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * @return every membership of the teams that had a member leave between {@code first} and {@code last} (both
	 * included), of one town or all, team by team: the source of the reductions of a month, in one query
	 */
	public List<DepartureSource> departureSources(LocalDate first, LocalDate last, Long townId) {
		Where where = new Where().and("""
				m.team_id in (select d.team_id from team_membership d
				              where d.left_on >= :first and d.left_on <= :last)""", "first", first);
		where.params.put("last", last);
		if (townId != null) {
			where.and("v.town_id = :townId", "townId", townId);
		}
		return this.jdbc.sql("""
				select m.team_id, t.village_id, v.name as village_name, tw.name as town_name, t.unit_id,
				       u.name as unit_name, t.one_per_village, m.id, m.cadre_id, c.name as cadre_name, m.joined_on,
				       m.left_on, m.leave_reason, m.note
				from team_membership m
				join cadre c on c.id = m.cadre_id
				join work_team t on t.id = m.team_id
				join village v on v.id = t.village_id
				join town tw on tw.id = v.town_id
				join aid_unit u on u.id = t.unit_id""" + where.sql()
				+ " order by tw.sort_order, tw.name, v.name, m.team_id, m.joined_on, m.id")
			.params(where.params)
			.query((rs, n) -> new DepartureSource(rs.getLong("team_id"), rs.getLong("village_id"),
					rs.getString("village_name"), rs.getString("town_name"), rs.getLong("unit_id"),
					rs.getString("unit_name"), rs.getBoolean("one_per_village"), rs.getLong("id"),
					rs.getLong("cadre_id"), rs.getString("cadre_name"), rs.getObject("joined_on", LocalDate.class),
					rs.getObject("left_on", LocalDate.class), reason(rs.getString("leave_reason")),
					rs.getString("note")))
			.list();
	}

	/** @return the registered poor villages (active) without an active team, of one town or all, at most {@code limit} */
	public List<VillageGap> poorVillagesWithoutTeam(Long townId, int limit) {
		Where where = villageGaps(townId);
		return this.jdbc.sql("select v.id, v.name, v.town_id, tw.name as town_name from village v"
				+ " join town tw on tw.id = v.town_id" + where.sql() + " order by tw.sort_order, tw.name, v.name, v.id"
				+ " limit :limit")
			.params(where.params)
			.param("limit", limit)
			.query((rs, n) -> new VillageGap(rs.getLong("id"), rs.getString("name"), rs.getLong("town_id"),
					rs.getString("town_name")))
			.list();
	}

	/** @return how many registered poor villages (active) have no active team, of one town or all */
	public long countPoorVillagesWithoutTeam(Long townId) {
		Where where = villageGaps(townId);
		return this.jdbc.sql("select count(*) from village v" + where.sql())
			.params(where.params)
			.query(Long.class)
			.single();
	}

	private static Where villageGaps(Long townId) {
		Where where = new Where().and("v.active")
			.and("v.category = 'REGISTERED_POOR'")
			.and("not exists (select 1 from work_team t where t.village_id = v.id and t.status = 'ACTIVE')");
		if (townId != null) {
			where.and("v.town_id = :townId", "townId", townId);
		}
		return where;
	}

	/** @return the cadre's memberships, latest first, in the teams of one town or all */
	public List<CadreMembership> membershipsOf(Long cadreId, Long townId) {
		Where where = new Where().and("m.cadre_id = :cadreId", "cadreId", cadreId);
		if (townId != null) {
			where.and("v.town_id = :townId", "townId", townId);
		}
		return this.jdbc.sql("""
				select m.id, m.team_id, v.name as village_name, tw.name as town_name, u.name as unit_name,
				       t.status, m.role, m.joined_on, m.left_on, m.leave_reason, m.note, v.town_id, t.unit_id
				from team_membership m
				join work_team t on t.id = m.team_id
				join village v on v.id = t.village_id
				join town tw on tw.id = v.town_id
				join aid_unit u on u.id = t.unit_id""" + where.sql() + " order by m.joined_on desc, m.id desc")
			.params(where.params)
			.query((rs, n) -> new CadreMembership(rs.getLong("id"), rs.getLong("team_id"),
					rs.getString("village_name"), rs.getString("town_name"), rs.getString("unit_name"),
					TeamStatus.valueOf(rs.getString("status")), TeamRole.valueOf(rs.getString("role")),
					rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
					reason(rs.getString("leave_reason")), rs.getString("note"), rs.getLong("town_id"),
					rs.getLong("unit_id"), false))
			.list();
	}

	/** @return the memberships of the cadre in force on the day, latest first */
	public List<MembershipFact> membershipsOfCadreOn(Long cadreId, LocalDate on) {
		return facts("m.cadre_id = :cadreId and m.joined_on <= :on and (m.left_on is null or m.left_on >= :on)",
				Map.of("cadreId", cadreId, "on", on));
	}

	/** @return the memberships of the team in force on any day from {@code from} to {@code to} */
	public List<MembershipFact> membershipsOfTeamBetween(Long teamId, LocalDate from, LocalDate to) {
		return facts("m.team_id = :teamId and m.joined_on <= :to and (m.left_on is null or m.left_on >= :from)",
				Map.of("teamId", teamId, "from", from, "to", to));
	}

	/** @return the active membership that leads the team, if any */
	public Optional<MembershipFact> leaderOf(Long teamId) {
		return facts("m.team_id = :teamId and m.left_on is null and m.role in ('FIRST_SECRETARY', 'TEAM_LEADER')",
				Map.of("teamId", teamId)).stream().findFirst();
	}

	/**
	 * The cadre's membership in force on the day (the latest joined, as {@link #membershipsOfCadreOn} gives first),
	 * if the cadre is the one who leads that team now (as {@link #leaderOf} gives it): both in one statement.
	 */
	public Optional<MembershipFact> ledMembershipOn(Long cadreId, LocalDate on) {
		return this.jdbc.sql("""
				select f.* from (
				  select m.id, m.team_id, t.village_id, t.unit_id, m.cadre_id, c.name as cadre_name, m.role, m.joined_on,
				    m.left_on
				  from team_membership m join work_team t on t.id = m.team_id join cadre c on c.id = m.cadre_id
				  where m.cadre_id = :cadreId and m.joined_on <= :on and (m.left_on is null or m.left_on >= :on)
				  order by m.joined_on desc, m.id desc limit 1) f
				where f.cadre_id = (select l.cadre_id from team_membership l where l.team_id = f.team_id
				  and l.left_on is null and l.role in ('FIRST_SECRETARY', 'TEAM_LEADER')
				  order by l.joined_on desc, l.id desc limit 1)""")
			.params(Map.of("cadreId", cadreId, "on", on))
			.query(TeamQueries::fact)
			.optional();
	}

	private List<MembershipFact> facts(String condition, Map<String, Object> params) {
		return this.jdbc.sql("""
				select m.id, m.team_id, t.village_id, t.unit_id, m.cadre_id, c.name as cadre_name, m.role, m.joined_on,
				  m.left_on
				from team_membership m join work_team t on t.id = m.team_id join cadre c on c.id = m.cadre_id
				where\s""" + condition + " order by m.joined_on desc, m.id desc")
			.params(params)
			.query(TeamQueries::fact)
			.list();
	}

	private static MembershipFact fact(ResultSet rs, int row) throws SQLException {
		return new MembershipFact(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("village_id"),
				rs.getLong("unit_id"), rs.getLong("cadre_id"), rs.getString("cadre_name"),
				TeamRole.valueOf(rs.getString("role")),
				rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class));
	}

	private static Where where(TeamCriteria c, ProblemBounds bounds) {
		Where where = new Where();
		if (c.townId() != null) {
			where.and("s.town_id = :townId", "townId", c.townId());
		}
		if (c.unitId() != null) {
			where.and("s.unit_id = :unitId", "unitId", c.unitId());
		}
		if (c.memberCadreId() != null) {
			where.and("""
					exists (select 1 from team_membership x
					        where x.team_id = s.id and x.cadre_id = :memberCadreId and x.left_on is null)""",
					"memberCadreId", c.memberCadreId());
		}
		if (c.category() != null) {
			where.and("s.category = :category", "category", c.category().name());
		}
		if (c.status() != null) {
			where.and("s.status = :status", "status", c.status().name());
		}
		if (c.termEndFrom() != null) {
			where.and("s.term_end >= :termEndFrom", "termEndFrom", c.termEndFrom());
		}
		if (c.termEndTo() != null) {
			where.and("s.term_end <= :termEndTo", "termEndTo", c.termEndTo());
		}
		if (c.problems() != null && !c.problems().isEmpty()) {
			List<String> any = new ArrayList<>();
			for (TeamProblem problem : TeamProblem.values()) {
				if (c.problems().contains(problem) && PROBLEM_SQL.containsKey(problem)) {
					any.add(PROBLEM_SQL.get(problem));
				}
			}
			where.and(any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")");
			where.params.put("today", bounds.today());
			where.params.put("soon", bounds.soon());
			where.params.put("minMembers", bounds.minMembers());
			where.params.put("minTermMonths", bounds.minTermMonths());
		}
		return where;
	}

	private static TeamRow teamRow(ResultSet rs, int n) throws SQLException {
		String leaderRole = rs.getString("leader_role");
		return new TeamRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("village_id"),
				rs.getString("village_name"), VillageCategory.valueOf(rs.getString("category")), rs.getLong("town_id"),
				rs.getString("town_name"), rs.getLong("unit_id"), rs.getString("unit_name"),
				rs.getObject("leader_id", Long.class),
				rs.getString("leader_name"), leaderRole == null ? null : TeamRole.valueOf(leaderRole),
				rs.getInt("active_members"), rs.getObject("term_start", LocalDate.class),
				rs.getObject("term_end", LocalDate.class), TeamStatus.valueOf(rs.getString("status")),
				rs.getObject("ended_on", LocalDate.class), rs.getBoolean("one_per_village"), rs.getString("note"));
	}

	private static MemberView memberRow(ResultSet rs, String idColumn, String versionColumn, String noteColumn)
			throws SQLException {
		return new MemberView(rs.getLong(idColumn), rs.getLong(versionColumn), rs.getLong("cadre_id"),
				rs.getString("cadre_name"), rs.getLong("cadre_unit_id"), rs.getString("cadre_unit_name"),
				rs.getString("phone"), TeamRole.valueOf(rs.getString("role")),
				rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
				reason(rs.getString("leave_reason")), rs.getString(noteColumn), false);
	}

	private static CadreRef cadreRow(ResultSet rs, int n) throws SQLException {
		return new CadreRef(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"), rs.getString("unit_name"),
				rs.getString("position"), rs.getString("phone"), rs.getBoolean("active"));
	}

	private static LeaveReason reason(String value) {
		return value == null ? null : LeaveReason.valueOf(value);
	}

	/** The conditions of a query (fixed SQL text of this class) and the values they compare with. */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> params = new HashMap<>();

		Where and(String condition) {
			this.conditions.add(condition);
			return this;
		}

		Where and(String condition, String name, Object value) {
			this.conditions.add(condition);
			this.params.put(name, value);
			return this;
		}

		String sql() {
			return this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions);
		}
	}
}
