package org.zhucun.leave.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Stored leave requests, and the SQL-side lists with the names of cadres, units, villages and towns in one query
 * each. A null filter parameter means no filter.
 */
public interface LeaveRequestRepository extends JpaRepository<LeaveRequest, Long> {

	/** The joins and filters shared by the list and its count. */
	String FROM_WHERE = """
			from leave_request r
			join cadre c on c.id = r.cadre_id
			join aid_unit u on u.id = c.unit_id
			left join work_team t on t.id = r.team_id
			left join village v on v.id = t.village_id
			left join town tw on tw.id = v.town_id
			where (cast(:cadreId as bigint) is null or r.cadre_id = :cadreId)
			  and (cast(:teamId as bigint) is null or r.team_id = :teamId)
			  and (cast(:townId as bigint) is null or v.town_id = :townId)
			  and (cast(:unitId as bigint) is null or c.unit_id = :unitId)
			  and (cast(:state as varchar) is null or r.state = :state)
			  and (cast(:type as varchar) is null or r.type = :type)
			  and (cast(:fromDay as date) is null or r.last_day >= :fromDay)
			  and (cast(:toDay as date) is null or r.first_day <= :toDay)
			  and (cast(:step as varchar) is null
			       or (r.state = 'PENDING' and split_part(r.chain, ',', r.step_index + 1) = :step))
			""";

	/** A line of a list of requests. */
	interface Row {

		Long getId();

		Long getCadreId();

		String getCadreName();

		String getUnitName();

		String getVillageName();

		String getTownName();

		String getType();

		LocalDate getFirstDay();

		LocalDate getLastDay();

		String getState();

		String getChain();

		Integer getStepIndex();
	}

	/** The names and places around one request, for its page and its scope check. */
	interface Place {

		String getCadreName();

		Long getUnitId();

		String getUnitName();

		String getVillageName();

		Long getTownId();

		String getTownName();
	}

	/** A cadre's approved days in a year, by type. */
	interface TotalRow {

		Long getCadreId();

		String getCadreName();

		String getUnitName();

		Integer getPersonal();

		Integer getSick();

		Integer getAnnual();

		Integer getMarriageFuneral();

		Integer getFamilyVisit();

		Integer getOther();

		Integer getTotal();
	}

	@Query(value = """
			select r.id as id, r.cadre_id as cadreId, c.name as cadreName, u.name as unitName, v.name as villageName,
			       tw.name as townName, r.type as type, r.first_day as firstDay, r.last_day as lastDay,
			       r.state as state, r.chain as chain, r.step_index as stepIndex
			""" + FROM_WHERE + " order by r.first_day desc, r.id desc",
			countQuery = "select count(*) " + FROM_WHERE, nativeQuery = true)
	Page<Row> search(@Param("cadreId") Long cadreId, @Param("teamId") Long teamId, @Param("townId") Long townId,
			@Param("unitId") Long unitId, @Param("state") String state, @Param("type") String type,
			@Param("fromDay") LocalDate fromDay, @Param("toDay") LocalDate toDay, @Param("step") String step,
			Pageable pageable);

	@Query(value = """
			select c.name as cadreName, c.unit_id as unitId, u.name as unitName, v.name as villageName,
			       v.town_id as townId, tw.name as townName
			from leave_request r
			join cadre c on c.id = r.cadre_id
			join aid_unit u on u.id = c.unit_id
			left join work_team t on t.id = r.team_id
			left join village v on v.id = t.village_id
			left join town tw on tw.id = v.town_id
			where r.id = :id""", nativeQuery = true)
	Optional<Place> placeOf(@Param("id") Long id);

	/** @return the id of the town of the team's village */
	@Query(value = "select v.town_id from work_team t join village v on v.id = t.village_id where t.id = :teamId",
			nativeQuery = true)
	Optional<Long> townOfTeam(@Param("teamId") Long teamId);

	/** A stationed cadre as the office's leave form offers them. */
	interface CadreChoiceRow {

		Long getId();

		String getName();

		String getUnitName();

		String getVillageName();

		String getTownName();
	}

	/**
	 * @return up to {@code limit} cadres serving in a team now whose name, unit or village contains the text (every
	 * one when it is empty), by name; and the cadre {@code also}, when given, whatever the text
	 */
	@Query(value = """
			select c.id as id, c.name as name, u.name as unitName, v.name as villageName, tw.name as townName
			from team_membership m
			join cadre c on c.id = m.cadre_id
			join aid_unit u on u.id = c.unit_id
			join work_team t on t.id = m.team_id
			join village v on v.id = t.village_id
			join town tw on tw.id = v.town_id
			where m.left_on is null
			  and (c.id = :also or :text = '' or c.name like :pattern or u.name like :pattern or v.name like :pattern)
			order by (c.id = :also) desc, c.name, c.id
			limit :limit""", nativeQuery = true)
	List<CadreChoiceRow> stationedCadres(@Param("text") String text, @Param("pattern") String pattern,
			@Param("also") long also, @Param("limit") int limit);

	/** @return the unit that dispatches the cadre */
	@Query(value = "select c.unit_id from cadre c where c.id = :cadreId", nativeQuery = true)
	Optional<Long> unitOfCadre(@Param("cadreId") Long cadreId);

	/** @return whether the cadre has a pending or approved request sharing a day with the period */
	@Query(value = """
			select count(*) > 0 from leave_request r
			where r.cadre_id = :cadreId and r.state in ('PENDING', 'APPROVED')
			  and r.first_day <= :lastDay and r.last_day >= :firstDay""", nativeQuery = true)
	boolean overlaps(@Param("cadreId") Long cadreId, @Param("firstDay") LocalDate firstDay,
			@Param("lastDay") LocalDate lastDay);

	/** Serialises the submissions of one cadre until the transaction ends, so two overlapping ones cannot both pass. */
	@Query(value = "select 1 from (select pg_advisory_xact_lock(7305, cast(:cadreId as int))) x", nativeQuery = true)
	Integer lockCadre(@Param("cadreId") Long cadreId);

	/** @return the number of pending requests waiting for that step (of the town's teams when a town is given) */
	@Query(value = """
			select count(*) from leave_request r
			left join work_team t on t.id = r.team_id
			left join village v on v.id = t.village_id
			where r.state = 'PENDING' and split_part(r.chain, ',', r.step_index + 1) = :step
			  and (cast(:townId as bigint) is null or v.town_id = :townId)""", nativeQuery = true)
	long countWaiting(@Param("step") String step, @Param("townId") Long townId);

	/** @return the number of pending requests waiting for the team leader step of teams the cadre leads now */
	@Query(value = """
			select count(*) from leave_request r
			join team_membership m on m.team_id = r.team_id and m.cadre_id = :cadreId and m.left_on is null
			     and m.role in ('FIRST_SECRETARY', 'TEAM_LEADER')
			where r.state = 'PENDING' and split_part(r.chain, ',', r.step_index + 1) = 'TEAM_LEADER'""",
			nativeQuery = true)
	long countWaitingForLeader(@Param("cadreId") Long cadreId);

	/** The approved days in the year (returned requests: the days taken) of each cadre in the filter. */
	String TOTALS = """
			from leave_request r
			join cadre c on c.id = r.cadre_id
			join aid_unit u on u.id = c.unit_id
			left join work_team t on t.id = r.team_id
			left join village v on v.id = t.village_id
			cross join lateral (select greatest(0, least(case when r.state = 'RETURNED' then r.actual_return - 1
			       else r.last_day end, cast(:yearEnd as date)) - greatest(r.first_day, cast(:yearStart as date)) + 1)
			       as days) d
			where r.state in ('APPROVED', 'RETURNED') and r.first_day <= :yearEnd and r.last_day >= :yearStart
			  and (cast(:cadreId as bigint) is null or r.cadre_id = :cadreId)
			  and (cast(:teamId as bigint) is null or r.team_id = :teamId)
			  and (cast(:townId as bigint) is null or v.town_id = :townId)
			  and (cast(:unitId as bigint) is null or c.unit_id = :unitId)
			group by c.id, c.name, u.name
			having sum(d.days) > 0
			""";

	/** @return how many cadres of the filter took more approved leave days in the year than the limit */
	@Query(value = "select count(*) from (select c.id, sum(d.days) as total " + TOTALS + ") x where x.total > :limit",
			nativeQuery = true)
	long countOverLimit(@Param("yearStart") LocalDate yearStart, @Param("yearEnd") LocalDate yearEnd,
			@Param("cadreId") Long cadreId, @Param("teamId") Long teamId, @Param("townId") Long townId,
			@Param("unitId") Long unitId, @Param("limit") int limit);

	@Query(value = """
			select c.id as cadreId, c.name as cadreName, u.name as unitName,
			       cast(coalesce(sum(d.days) filter (where r.type = 'PERSONAL'), 0) as int) as personal,
			       cast(coalesce(sum(d.days) filter (where r.type = 'SICK'), 0) as int) as sick,
			       cast(coalesce(sum(d.days) filter (where r.type = 'ANNUAL'), 0) as int) as annual,
			       cast(coalesce(sum(d.days) filter (where r.type = 'MARRIAGE_FUNERAL'), 0) as int) as marriageFuneral,
			       cast(coalesce(sum(d.days) filter (where r.type = 'FAMILY_VISIT'), 0) as int) as familyVisit,
			       cast(coalesce(sum(d.days) filter (where r.type = 'OTHER'), 0) as int) as other,
			       cast(sum(d.days) as int) as total
			""" + TOTALS + " order by sum(d.days) desc, c.name, c.id",
			countQuery = "select count(*) from (select c.id " + TOTALS + ") x", nativeQuery = true)
	Page<TotalRow> totals(@Param("yearStart") LocalDate yearStart, @Param("yearEnd") LocalDate yearEnd,
			@Param("cadreId") Long cadreId, @Param("teamId") Long teamId, @Param("townId") Long townId,
			@Param("unitId") Long unitId, Pageable pageable);
}
