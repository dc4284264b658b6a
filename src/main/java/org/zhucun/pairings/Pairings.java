package org.zhucun.pairings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.Role;
import org.zhucun.pairings.domain.ContactRule;
import org.zhucun.shared.web.Paging;

/**
 * The pairings module's API for the other modules (monthly reports, oversight): facts per unit and month and the
 * households overdue now. Like the other modules' APIs it carries no scope check: the caller checks. One query each.
 */
@Service
@Transactional(readOnly = true)
public class Pairings {

	private final NamedParameterJdbcTemplate jdbc;

	private final HouseholdService households;

	private final HouseholdQueries queries;

	private final Clock clock;

	Pairings(NamedParameterJdbcTemplate jdbc, HouseholdService households, HouseholdQueries queries, Clock clock) {
		this.jdbc = jdbc;
		this.households = households;
		this.queries = queries;
		this.clock = clock;
	}

	/** @return the unit's pairings in the month, judged by the contact rule in force on the month's last day */
	public PairingMonth unitMonth(Long unitId, YearMonth month) {
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate judged = last.isAfter(today) ? today : last;
		ContactRule rule = this.households.rule(last);
		LocalDate visitStart = ContactRule.periodStart(last, rule.homeVisitMonths());
		boolean visitPeriodEnds = ContactRule.periodStart(last.plusDays(1), rule.homeVisitMonths()).isAfter(last);
		LocalDate contactStart = ContactRule.periodStart(last, rule.contactMonths());
		boolean contactPeriodEnds = ContactRule.periodStart(last.plusDays(1), rule.contactMonths()).isAfter(last);
		MapSqlParameterSource params = new MapSqlParameterSource("unit", unitId).addValue("first", first)
			.addValue("last", last)
			.addValue("judged", judged)
			.addValue("cStart", contactStart)
			.addValue("vStart", visitStart)
			.addValue("cEnds", contactPeriodEnds)
			.addValue("vEnds", visitPeriodEnds);
		return this.jdbc.queryForObject("""
				with paired as (
				  select distinct p.household_id from pairing p join cadre c on c.id = p.cadre_id
				  where c.unit_id = :unit and p.from_date <= :judged and (p.to_date is null or p.to_date >= :judged)
				), logged as (
				  select count(*) as contacts, count(*) filter (where l.kind = 'HOME_VISIT') as visits
				  from contact_log l join cadre c on c.id = l.cadre_id
				  where c.unit_id = :unit and l.contact_date between :first and :last
				)
				select (select count(*) from paired) as paired, logged.contacts, logged.visits,
				  (select count(*) from monitoring_measure x where x.unit_id = :unit
				     and x.start_date between :first and :judged) as measures_started,
				  (select count(*) from monitoring_measure x where x.unit_id = :unit and x.start_date <= :judged
				     and (x.end_date is null or x.end_date >= :first)) as measures_running,
				  (select count(*) from monitoring_case m where m.household_id in (select household_id from paired)
				     and m.flagged_on <= :judged and (m.closed_on is null or m.closed_on > :judged)) as monitoring,
				  (select count(*) from paired x where
				     (:cEnds and exists (select 1 from pairing q where q.household_id = x.household_id
				                         and q.from_date <= :cStart and (q.to_date is null or q.to_date >= :cStart))
				      and not exists (select 1 from contact_log l where l.household_id = x.household_id
				                      and l.contact_date between :cStart and :last))
				  or (:vEnds and exists (select 1 from pairing q where q.household_id = x.household_id
				                         and q.from_date <= :vStart and (q.to_date is null or q.to_date >= :vStart))
				      and not exists (select 1 from contact_log l where l.household_id = x.household_id
				                      and l.kind = 'HOME_VISIT' and l.contact_date between :vStart and :last))) as overdue
				from logged""", params,
				(rs, n) -> new PairingMonth(rs.getInt("paired"), rs.getInt("contacts"), rs.getInt("visits"),
						rs.getInt("overdue"), rs.getInt("monitoring"), rs.getInt("measures_started"),
						rs.getInt("measures_running")));
	}

	/**
	 * @param townId only this town's households, or {@code null}
	 * @param unitId only those paired with this unit's cadres, or {@code null}
	 * @param limit the most rows returned
	 * @return the paired households overdue now, by village and number
	 */
	public List<OverdueHousehold> overdueHouseholds(Long townId, Long unitId, int limit) {
		DataScope everything = new DataScope(null, null, Role.OFFICE_ADMIN, null, null, null);
		return this.queries
			.search(everything, HouseholdFilter.overdue(townId, unitId, null), this.households.dates(),
					Paging.page(0, limit, org.springframework.data.domain.Sort.unsorted()))
			.getContent()
			.stream()
			.map(h -> new OverdueHousehold(h.id(), h.code(), h.headName(), h.villageName(), h.townName(), h.cadreId(),
					h.cadreName(), h.unitName(), h.lastContactOn(), h.lastHomeVisitOn(), h.contactOverdue(),
					h.homeVisitOverdue()))
			.toList();
	}

	/** @return the paired household when its contact or home visit is overdue now (for oversight's findings) */
	public Optional<OverdueHousehold> overdueHousehold(Long householdId) {
		DataScope everything = new DataScope(null, null, Role.OFFICE_ADMIN, null, null, null);
		return this.queries.row(everything, householdId, this.households.dates())
			.filter(h -> h.cadreId() != null && (h.contactOverdue() || h.homeVisitOverdue()))
			.map(h -> new OverdueHousehold(h.id(), h.code(), h.headName(), h.villageName(), h.townName(), h.cadreId(),
					h.cadreName(), h.unitName(), h.lastContactOn(), h.lastHomeVisitOn(), h.contactOverdue(),
					h.homeVisitOverdue()));
	}

	/** @return the village of the household, if it exists */
	public Optional<Long> villageOf(Long householdId) {
		DataScope everything = new DataScope(null, null, Role.OFFICE_ADMIN, null, null, null);
		return this.queries.row(everything, householdId, this.households.dates()).map(HouseholdRow::villageId);
	}

	/** @return the monitoring cases the district has not confirmed (or ended) by their deadline, the most late first */
	public List<MonitoringPastDeadline> monitoringPastDeadline(LocalDate today) {
		return this.queries.pastDeadline(today);
	}
}
