package org.zhucun.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.AttendanceQueries.TeamRef;
import org.zhucun.attendance.SpotCheckPicker.MemberChoice;
import org.zhucun.attendance.SpotCheckPicker.TeamChoice;
import org.zhucun.attendance.domain.SpotCheck;
import org.zhucun.attendance.domain.SpotCheckRepository;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.RequestedMonth;
import org.zhucun.workteams.TeamAssignment;
import org.zhucun.workteams.TeamMember;
import org.zhucun.workteams.WorkTeams;

/**
 * Spot checks (暗访/电话抽查, DOMAIN §4): the office (as its review work) and town officials record that a cadre was
 * found present or absent at a date and time, and list them with the cadre's declared status of the day; a check that
 * found the cadre absent on a day declared in the village is a discrepancy. A town official checks and sees only
 * cadres whose team on the day belongs to a village of their town; everyone else is refused (HTTP 403).
 */
@Service
@Transactional(readOnly = true)
public class SpotCheckService {

	/** The rows of a page of the list. */
	static final int PAGE_SIZE = 20;

	/** Checks read at a time for the export. */
	static final int EXPORT_PAGE = 500;

	/** How far back the form offers a team's members (a check may be recorded some days after it was made). */
	static final int MEMBERS_DAYS_BACK = 90;

	private final SpotCheckRepository checks;

	private final SpotChecks queries;

	private final AttendanceQueries attendance;

	private final ScopeService scopes;

	private final WorkTeams workTeams;

	private final Clock clock;

	SpotCheckService(SpotCheckRepository checks, SpotChecks queries, AttendanceQueries attendance,
			ScopeService scopes, WorkTeams workTeams, Clock clock) {
		this.checks = checks;
		this.queries = queries;
		this.attendance = attendance;
		this.scopes = scopes;
		this.workTeams = workTeams;
		this.clock = clock;
	}

	/** @return the current month in the district */
	public YearMonth currentMonth() {
		return YearMonth.now(this.clock);
	}

	/** @return the date and time now in the district, to the minute, for the form's defaults */
	public ZonedDateTime now() {
		return ZonedDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
	}

	/**
	 * @param month the month asked for as 2026-10: the current one when missing or malformed
	 * @param townId the town asked for: kept for the office only
	 * @param result {@code present}, {@code absent}, or anything else for any result
	 * @return the list's filters as the page, its print view and its export read them from the query string
	 */
	public SpotCheckFilter filter(String month, Long townId, SpotCheckMethod method, String result,
			boolean discrepancies) {
		YearMonth shown = RequestedMonth.of(month, currentMonth()).value();
		Boolean present = "present".equals(result) ? Boolean.TRUE : "absent".equals(result) ? Boolean.FALSE : null;
		Long town = this.scopes.current().isOffice() ? townId : null;
		return new SpotCheckFilter(shown, town, method, present, discrepancies);
	}

	/** @return the checks in the signed-in account's scope matching the filter, newest first, with the discrepancies */
	public SpotCheckList list(SpotCheckFilter filter, int page) {
		DataScope scope = requireChecker();
		Long townId = scope.isOffice() ? filter.townId() : scope.townId();
		return this.queries.search(filter, townId, PageRequest.of(Math.max(0, page), PAGE_SIZE));
	}

	/**
	 * @return every check matching the filter (for the export and the print view), read a page of
	 * {@value #EXPORT_PAGE} at a time, with the discrepancies among them; same scope as {@link #list}
	 */
	public SpotCheckList all(SpotCheckFilter filter) {
		DataScope scope = requireChecker();
		Long townId = scope.isOffice() ? filter.townId() : scope.townId();
		List<SpotCheckRow> rows = new ArrayList<>();
		SpotCheckList first = this.queries.search(filter, townId, PageRequest.of(0, EXPORT_PAGE));
		rows.addAll(first.page().getContent());
		for (int page = 1; page < first.page().getTotalPages(); page++) {
			rows.addAll(this.queries.search(filter, townId, PageRequest.of(page, EXPORT_PAGE)).page().getContent());
		}
		return new SpotCheckList(new PageImpl<>(rows, PageRequest.of(0, Math.max(1, rows.size())), rows.size()),
				first.discrepancies());
	}

	/** @return one check with the cadre's declared record of the day; a town official sees their town's only */
	public SpotCheckDetail get(Long id) {
		DataScope scope = requireChecker();
		SpotChecks.Found found = this.queries.find(id).orElseThrow(() -> new NotFoundException("spotCheck", id));
		this.scopes.require(scope.isOffice() || Objects.equals(scope.townId(), found.townId()));
		return found.detail();
	}

	/**
	 * @param teamId the team picked, or null
	 * @param cadreId the cadre asked for directly, or null: picks the cadre's team today when no team is given
	 * @return the teams in scope and the picked team's members of the last days
	 */
	public SpotCheckPicker picker(Long teamId, Long cadreId) {
		DataScope scope = requireChecker();
		LocalDate today = LocalDate.now(this.clock);
		Long picked = teamId;
		if (picked == null && cadreId != null) {
			picked = this.workTeams.activeTeamOf(cadreId, today).map(TeamAssignment::teamId).orElse(null);
		}
		List<MemberChoice> members = List.of();
		if (picked != null) {
			Long id = picked;
			TeamRef team = this.attendance.team(id).orElseThrow(() -> new NotFoundException("team", id));
			this.scopes.require(inScope(scope, team.townId()));
			List<Long> cadreIds = this.workTeams.membersBetween(id, today.minusDays(MEMBERS_DAYS_BACK), today)
				.stream()
				.map(TeamMember::cadreId)
				.distinct()
				.toList();
			members = this.queries.cadres(cadreIds);
		}
		List<TeamChoice> teams = this.queries.teams(scope.isOffice() ? null : scope.townId(), picked);
		return new SpotCheckPicker(teams, picked, members);
	}

	/**
	 * Records a check of a cadre, kept with the cadre's team on the day, that team's town and the signed-in account.
	 * @return the id of the check
	 * @throws BusinessRuleException when the cadre is missing or was not a team member on the day, the time is missing
	 * or in the future, the method or result is missing, or the note is too long
	 */
	@Transactional
	public Long record(SpotCheckCommand command) {
		DataScope scope = requireChecker();
		if (command.cadreId() == null) {
			throw new BusinessRuleException("cadreId", "spotchecks.cadre.required");
		}
		if (command.date() == null) {
			throw new BusinessRuleException("date", "spotchecks.checked-at.required");
		}
		if (command.time() == null) {
			throw new BusinessRuleException("time", "spotchecks.checked-at.required");
		}
		ZonedDateTime at = command.date().atTime(command.time()).atZone(this.clock.getZone());
		LocalDate day = at.toLocalDate();
		Optional<TeamAssignment> assignment = this.workTeams.activeTeamOf(command.cadreId(), day);
		if (assignment.isEmpty()) {
			// Refuse a town official a cadre of another town rather than tell them about the cadre's memberships.
			if (scope.isTown()) {
				Optional<TeamRef> now = this.workTeams.activeTeamOf(command.cadreId(), LocalDate.now(this.clock))
					.flatMap(a -> this.attendance.team(a.teamId()));
				this.scopes.require(now.isEmpty() || Objects.equals(now.get().townId(), scope.townId()));
			}
			throw new BusinessRuleException("cadreId", "spotchecks.cadre.not-member");
		}
		TeamRef team = this.attendance.team(assignment.get().teamId()).orElseThrow();
		this.scopes.require(inScope(scope, team.townId()));
		SpotCheck check = SpotCheck.record(command.cadreId(), team.id(), team.townId(), at.toInstant(),
				command.method(), command.foundPresent(), command.note(), scope.accountId(), scope.username(),
				this.clock);
		return this.checks.save(check).getId();
	}

	private DataScope requireChecker() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || (scope.isTown() && scope.townId() != null));
		return scope;
	}

	private static boolean inScope(DataScope scope, Long townId) {
		return scope.isOffice() || (townId != null && Objects.equals(scope.townId(), townId));
	}
}
