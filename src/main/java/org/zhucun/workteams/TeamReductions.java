package org.zhucun.workteams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.workteams.domain.ReductionRule;
import org.zhucun.workteams.domain.ReductionRule.Reduction;
import org.zhucun.workteams.domain.ReductionRule.Span;
import org.zhucun.workteams.domain.TeamQueries;
import org.zhucun.workteams.domain.TeamQueries.DepartureSource;

/**
 * The reductions of a month (不撤不减, DOMAIN §3): every team, of a registered poor village or a non-poor village with
 * tasks, whose headcount fell below what it had on the first of the month, or below the minimum, without a
 * replacement within the replacement window. The month is judged by the settings in force on its first day. The
 * office sees the district, a town official their town.
 */
@Service
@Transactional(readOnly = true)
public class TeamReductions {

	private final TeamQueries queries;

	private final TeamAccess access;

	private final PolicySettings settings;

	private final Clock clock;

	TeamReductions(TeamQueries queries, TeamAccess access, PolicySettings settings, Clock clock) {
		this.queries = queries;
		this.access = access;
		this.settings = settings;
		this.clock = clock;
	}

	/** @return the teams reduced in the month, in town and village order, narrowed to the account's scope */
	public List<ReductionLine> forMonth(YearMonth month) {
		DataScope scope = this.access.officeOrTown();
		return compute(month, scope.isTown() ? scope.townId() : null);
	}

	/** The reductions of the month, of one town or the district; the caller has checked the scope. */
	List<ReductionLine> compute(YearMonth month, Long townId) {
		PolicySettings.Snapshot inForce = this.settings.forDate(month.atDay(1));
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, List<DepartureSource>> byTeam = this.queries
			.departureSources(month.atDay(1), month.atEndOfMonth(), townId)
			.stream()
			.collect(Collectors.groupingBy(DepartureSource::teamId, LinkedHashMap::new, Collectors.toList()));
		List<ReductionLine> lines = new ArrayList<>();
		byTeam.forEach((teamId, rows) -> {
			DepartureSource team = rows.get(0);
			List<Span> spans = rows.stream().map(r -> new Span(r.membershipId(), r.joinedOn(), r.leftOn())).toList();
			TeamService.rule(inForce, team.onePerVillage())
				.evaluate(spans, month, today)
				.ifPresent(reduction -> lines.add(line(team, rows, reduction)));
		});
		return lines;
	}

	/** @return the reduction of one team in the month, judged with the settings in force then */
	Optional<Reduction> ofTeam(List<MemberView> members, boolean onePerVillage, YearMonth month) {
		List<Span> spans = members.stream().map(m -> new Span(m.membershipId(), m.joinedOn(), m.leftOn())).toList();
		ReductionRule rule = TeamService.rule(this.settings.forDate(month.atDay(1)), onePerVillage);
		return rule.evaluate(spans, month, LocalDate.now(this.clock));
	}

	private static ReductionLine line(DepartureSource team, List<DepartureSource> rows, Reduction reduction) {
		Set<Long> unreplaced = reduction.departures().stream().map(Span::membershipId).collect(Collectors.toSet());
		List<Departure> departures = rows.stream()
			.filter(r -> unreplaced.contains(r.membershipId()))
			.sorted((a, b) -> a.leftOn().compareTo(b.leftOn()))
			.map(r -> new Departure(r.membershipId(), r.cadreId(), r.cadreName(), r.leftOn(), r.reason(), r.note()))
			.toList();
		return new ReductionLine(team.teamId(), team.villageId(), team.villageName(), team.townName(), team.unitId(),
				team.unitName(), reduction.baseline(), reduction.countAfter(), departures);
	}
}
