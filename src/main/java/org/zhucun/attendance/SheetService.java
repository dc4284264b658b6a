package org.zhucun.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.SheetQueries.TeamTitle;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.attendance.domain.rule.WeekRuleSettings;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.workteams.TeamAssignment;
import org.zhucun.workteams.WorkTeams;

/**
 * The monthly attendance sheets (DOMAIN §4): a team's, for the office, the town of its village, its dispatching unit
 * and its leader; an aid unit's (its cadres in whatever team they served), for the office and that unit. Checks the
 * signed-in account's scope before anything is computed; everyone else is refused (HTTP 403).
 */
@Service
@Transactional(readOnly = true)
public class SheetService {

	private final MonthCompliance compliance;

	private final SheetQueries queries;

	private final ScopeService scopes;

	private final WorkTeams workTeams;

	private final WeekRules rules;

	private final OverviewQueries overviewQueries;

	private final Clock clock;

	SheetService(MonthCompliance compliance, SheetQueries queries, ScopeService scopes, WorkTeams workTeams,
			WeekRules rules, OverviewQueries overviewQueries, Clock clock) {
		this.compliance = compliance;
		this.overviewQueries = overviewQueries;
		this.rules = rules;
		this.queries = queries;
		this.scopes = scopes;
		this.workTeams = workTeams;
		this.clock = clock;
	}

	/** @return today in the district */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** @return the sheet of a team's members for the month */
	public SheetView teamSheet(Long teamId, YearMonth month) {
		TeamTitle team = this.queries.team(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || (scope.isTown() && team.townId().equals(scope.townId()))
				|| (scope.isUnit() && team.unitId().equals(scope.unitId()))
				|| (scope.isTeam() && scope.cadreId() != null && this.workTeams.leads(scope.cadreId(), teamId)));
		return new SheetView(false, teamId, team.unitId(), team.villageName(), team.townName(), team.unitName(),
				this.compliance.period(month), today(), this.compliance.ofTeam(teamId, month), rule(month));
	}

	/** @return the sheet of an aid unit's cadres for the month, in whatever team they served */
	public SheetView unitSheet(Long unitId, YearMonth month) {
		String name = this.queries.unitName(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || (scope.isUnit() && unitId.equals(scope.unitId())));
		return new SheetView(true, null, unitId, null, null, name, this.compliance.period(month), today(),
				this.compliance.ofUnit(unitId, month), rule(month));
	}

	/**
	 * The monthly sheets of every team of a town, for the office and that town's officials: the month is computed
	 * once for the whole town (a fixed number of queries, whatever the number of teams) and its rows handed to each
	 * team, so each team's rows are those of its own sheet.
	 */
	public TownSheets townSheets(Long townId, YearMonth month) {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || (scope.isTown() && townId.equals(scope.townId())));
		String townName = this.overviewQueries.townName(townId)
			.orElseThrow(() -> new NotFoundException("town", townId));
		MonthPeriod period = this.compliance.period(month);
		Map<Long, List<CadreMonth>> byTeam = new LinkedHashMap<>();
		for (CadreMonth row : this.compliance.ofTown(townId, month)) {
			byTeam.computeIfAbsent(row.teamId(), id -> new ArrayList<>()).add(row);
		}
		WeekRuleSettings rule = rule(month);
		List<SheetView> teams = new ArrayList<>();
		for (OverviewQueries.TeamRef team : this.overviewQueries.teamsOfTown(townId, period.from(), period.to())) {
			// The computation orders rows by town, village, team and name: a team's rows are in its own sheet's order.
			List<CadreMonth> rows = byTeam.getOrDefault(team.id(), List.of());
			byTeam.remove(team.id());
			Long unitId = rows.isEmpty() ? null : rows.get(0).unitId();
			teams.add(new SheetView(false, team.id(), unitId, team.villageName(), townName, team.unitName(), period,
					today(), rows, rule));
		}
		// A member whose team's term does not overlap the month by the team's dates still shows (as on the overview).
		byTeam.forEach((teamId, rows) -> teams.add(new SheetView(false, teamId, rows.get(0).unitId(),
				rows.get(0).villageName(), townName, rows.get(0).unitName(), period, today(), rows, rule)));
		return new TownSheets(townId, townName, period, today(), rule, teams);
	}

	/** The numbers of the weekly rule in force in the month's last week. */
	private WeekRuleSettings rule(YearMonth month) {
		List<IsoWeek> weeks = this.compliance.period(month).weeks();
		return this.rules.of(weeks.get(weeks.size() - 1));
	}

	/**
	 * Where the signed-in account finds its sheets: a unit administrator their unit's, a leader the team they lead
	 * today, the office and the towns the overview. A member, or a leader who leads no team today, is refused.
	 * @return the path of the page
	 */
	public String home() {
		DataScope scope = this.scopes.current();
		if (scope.isOffice() || scope.isTown()) {
			return "/attendance/overview";
		}
		if (scope.isUnit() && scope.unitId() != null) {
			return "/attendance/sheets/units/" + scope.unitId();
		}
		this.scopes.require(scope.isTeam() && scope.cadreId() != null);
		Optional<TeamAssignment> team = this.workTeams.ledTeamOf(scope.cadreId(), today());
		this.scopes.require(team.isPresent());
		return "/attendance/sheets/teams/" + team.get().teamId();
	}
}
