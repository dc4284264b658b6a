package org.zhucun.workteams;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.workteams.domain.TeamQueries;
import org.zhucun.workteams.domain.TeamQueries.ProblemBounds;
import org.zhucun.workteams.domain.TeamQueries.TeamCriteria;
import org.zhucun.workteams.domain.TeamQueries.TeamRow;
import org.zhucun.workteams.domain.WorkTeam;
import org.zhucun.workteams.domain.WorkTeamRepository;

/**
 * The office's bulk extension of terms (年内到期的原则上延期到年底, DOMAIN §3): every active team whose term ends in
 * a given year before 31 December is extended to 31 December of that year, in one audited change, after a preview.
 */
@Service
@Transactional(readOnly = true)
public class TermExtension {

	/** The years the extension accepts. */
	public static final int FIRST_YEAR = 2015;

	public static final int LAST_YEAR = 2100;

	/** The teams an extension would change. */
	public record Preview(int year, LocalDate newEnd, List<TeamSummary> teams) {
	}

	private final WorkTeamRepository teams;

	private final TeamQueries queries;

	private final TeamService service;

	private final TeamAccess access;

	private final Clock clock;

	TermExtension(WorkTeamRepository teams, TeamQueries queries, TeamService service, TeamAccess access, Clock clock) {
		this.teams = teams;
		this.queries = queries;
		this.access = access;
		this.service = service;
		this.clock = clock;
	}

	/** @return the current year, the extension's default */
	public int currentYear() {
		return LocalDate.now(this.clock).getYear();
	}

	/** @return whether the signed-in account may apply an extension (the office administrator) */
	public boolean canApply() {
		return this.access.current().isOfficeAdmin();
	}

	/** The teams an extension of the year would change; the office only. */
	public Preview preview(int year) {
		this.access.office();
		checkYear(year);
		TeamCriteria criteria = new TeamCriteria(null, null, null, null, TeamStatus.ACTIVE, List.of(),
				LocalDate.of(year, 1, 1), lastDay(year).minusDays(1));
		ProblemBounds bounds = this.service.bounds();
		try (Stream<TeamRow> rows = this.queries.streamTeams(criteria, bounds)) {
			return new Preview(year, lastDay(year), rows.map(r -> this.service.summary(r, bounds)).toList());
		}
	}

	/**
	 * Extends every active term ending in the year before 31 December to 31 December, in one transaction.
	 * @return how many teams were extended
	 */
	@Transactional
	public int apply(int year) {
		this.access.officeAdmin();
		checkYear(year);
		List<WorkTeam> ending = this.teams.findActiveEndingBetween(LocalDate.of(year, 1, 1), lastDay(year).minusDays(1));
		ending.forEach(team -> team.extendTermTo(lastDay(year)));
		this.teams.flush();
		return ending.size();
	}

	private static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new BusinessRuleException("year", "team.extend.year-range", String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR));
		}
	}

	private static LocalDate lastDay(int year) {
		return LocalDate.of(year, 12, 31);
	}
}
