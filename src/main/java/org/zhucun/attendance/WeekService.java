package org.zhucun.attendance;

import org.zhucun.attendance.domain.rule.DayEntry;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.attendance.domain.rule.WeekResult;
import org.zhucun.attendance.domain.rule.WeekRuleSettings;
import org.zhucun.attendance.domain.rule.WeeklyRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.AttendanceQueries.GridDay;
import org.zhucun.attendance.AttendanceQueries.TeamRef;
import org.zhucun.attendance.WeekConfirmations.Confirmation;
import org.zhucun.attendance.WeekConfirmations.TeamWeek;
import org.zhucun.attendance.domain.DayRecord;
import org.zhucun.attendance.domain.DayRecordRepository;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.identity.SecurityLog;
import org.zhucun.organization.HolidayCalendar;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.domain.StaleEditException;
import org.zhucun.workteams.TeamAssignment;
import org.zhucun.workteams.TeamMember;
import org.zhucun.workteams.WorkTeams;

/**
 * The team leader's week (DOMAIN §4): the grid of the team's members by day with gaps, corrections of a day with a
 * reason, and the confirmation of the week. Only the team's leader corrects and confirms; the office, the town of the
 * team's village and the team's aid unit may view. Checks the signed-in account's scope on every read and write.
 */
@Service
@Transactional(readOnly = true)
public class WeekService {

	/** What a team leader may set on a member's day; leave and holidays come from elsewhere. */
	private static final Set<DayStatus> LEADER_STATUSES = EnumSet.of(DayStatus.IN_VILLAGE,
			DayStatus.OFFICIAL_BUSINESS, DayStatus.REST, DayStatus.ABSENT);

	private final DayRecordRepository records;

	private final AttendanceQueries queries;

	private final WeekConfirmations confirmations;

	private final ScopeService scopes;

	private final WorkTeams workTeams;

	private final HolidayCalendar holidays;

	private final WeekRules rules;

	private final SecurityLog securityLog;

	private final Clock clock;

	WeekService(DayRecordRepository records, AttendanceQueries queries, WeekConfirmations confirmations,
			ScopeService scopes, WorkTeams workTeams, HolidayCalendar holidays, WeekRules rules, Clock clock,
			SecurityLog securityLog) {
		this.securityLog = securityLog;
		this.records = records;
		this.queries = queries;
		this.confirmations = confirmations;
		this.scopes = scopes;
		this.workTeams = workTeams;
		this.holidays = holidays;
		this.rules = rules;
		this.clock = clock;
	}

	/** @return the current ISO week in the district */
	public IsoWeek currentWeek() {
		return IsoWeek.of(LocalDate.now(this.clock));
	}

	/** @return the week of the team the signed-in leader leads today */
	public WeekView ownWeek(IsoWeek week) {
		return view(this.confirmations.teamWeek(ledTeamId(), week).orElseThrow(), week, true);
	}

	/** @return a team's week for the office, the town of its village, its aid unit and its leader */
	public WeekView teamWeek(Long teamId, IsoWeek week) {
		TeamWeek teamWeek = this.confirmations.teamWeek(teamId, week)
			.orElseThrow(() -> new NotFoundException("team", teamId));
		TeamRef team = teamWeek.team();
		DataScope scope = this.scopes.current();
		boolean leader = scope.isTeam() && scope.cadreId() != null && this.workTeams.leads(scope.cadreId(), teamId);
		this.scopes.require(leader || scope.isOffice() || (scope.isTown() && team.townId().equals(scope.townId()))
				|| (scope.isUnit() && team.unitId().equals(scope.unitId())));
		return view(teamWeek, week, leader);
	}

	/** @return a member's day of the leader's team for the correction form */
	public CellView cell(Long cadreId, LocalDate day) {
		TeamRef team = ledTeam();
		TeamMember member = memberOn(team, cadreId, day);
		Optional<DayRecord> record = this.records.findByCadreIdAndDay(cadreId, day);
		return new CellView(cadreId, member.cadreName(), day, record.map(DayRecord::getStatus).orElse(null),
				record.map(DayRecord::isOvernight).orElse(false), record.map(DayRecord::getNote).orElse(null),
				record.map(DayRecord::getVersion).orElse(null), lockOf(day, record),
				record.map(DayRecord::isNeedsReview).orElse(false), record.map(DayRecord::getDistanceM).orElse(null),
				record.map(DayRecord::getReviewedAt).isPresent());
	}

	/**
	 * The leader corrects or fills in a member's day with a reason, kept in the record's note and history.
	 * @throws BusinessRuleException when the reason is missing, the day is in the future, leave or a holiday, or the
	 * status is not one a leader sets
	 */
	@Transactional
	public void correct(CellCommand command) {
		TeamRef team = ledTeam();
		memberOn(team, command.cadreId(), command.day());
		if (command.status() == null || !LEADER_STATUSES.contains(command.status())) {
			throw new BusinessRuleException("status", "attendance.day.not-declarable");
		}
		if (command.day().isAfter(LocalDate.now(this.clock))) {
			throw new BusinessRuleException(null, "attendance.cell.future");
		}
		Optional<DayRecord> existing = this.records.findByCadreIdAndDay(command.cadreId(), command.day());
		String locked = lockOf(command.day(), existing);
		if (locked != null) {
			throw new BusinessRuleException("status", "attendance.cell.locked." + locked);
		}
		if (existing.isPresent()) {
			DayRecord record = existing.get();
			record.checkVersion(command.version() == null ? -1 : command.version());
			record.correct(command.status(), command.overnight(), command.reason());
		}
		else {
			if (command.version() != null) {
				throw new StaleEditException();
			}
			this.records.save(DayRecord.corrected(command.cadreId(), team.id(), command.day(), command.status(),
					command.overnight(), command.reason()));
		}
	}

	/** The leader confirms the team's week; confirming again records the latest confirmation. */
	@Transactional
	public void confirm(IsoWeek week) {
		TeamRef team = ledTeam();
		DataScope scope = this.scopes.current();
		if (week.monday().isAfter(LocalDate.now(this.clock))) {
			throw new BusinessRuleException(null, "attendance.week.confirm-future");
		}
		this.confirmations.confirm(team.id(), week, scope.accountId(), scope.username(), Instant.now(this.clock));
		// The confirmation row keeps only the latest; the security log keeps each one.
		this.securityLog.weekConfirmed("team " + team.id() + " " + week.weekBasedYear() + "-W" + week.weekNumber());
	}

	/** The team the signed-in account leads today; anyone else is refused. */
	private TeamRef ledTeam() {
		return this.queries.team(ledTeamId()).orElseThrow();
	}

	/** The id of the team the signed-in account leads today; anyone else is refused. */
	private Long ledTeamId() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isTeam() && scope.cadreId() != null);
		Optional<TeamAssignment> team = this.workTeams.ledTeamOf(scope.cadreId(), LocalDate.now(this.clock));
		this.scopes.require(team.isPresent());
		return team.get().teamId();
	}

	/** @return the cadre's membership of the team on the day; refuses a cadre who was not a member then */
	private TeamMember memberOn(TeamRef team, Long cadreId, LocalDate day) {
		Optional<TeamMember> member = this.workTeams.membersBetween(team.id(), day, day)
			.stream()
			.filter(m -> m.cadreId().equals(cadreId))
			.findFirst();
		this.scopes.require(member.isPresent());
		return member.get();
	}

	private String lockOf(LocalDate day, Optional<DayRecord> record) {
		DayStatus status = record.map(DayRecord::getStatus).orElse(null);
		if (status == DayStatus.LEAVE || status == DayStatus.HOLIDAY) {
			return status.name();
		}
		// a statutory holiday without a record can be filled in: work on a holiday counts (DOMAIN §4)
		return null;
	}

	private WeekView view(TeamWeek teamWeek, IsoWeek week, boolean leader) {
		TeamRef team = teamWeek.team();
		LocalDate monday = week.monday();
		LocalDate sunday = week.sunday();
		LocalDate today = LocalDate.now(this.clock);
		List<TeamMember> members = this.workTeams.membersBetween(team.id(), monday, sunday);
		Map<Long, String> names = members.stream()
			.collect(Collectors.toMap(TeamMember::cadreId, TeamMember::cadreName, (a, b) -> a));
		Set<Long> cadreIds = names.keySet();
		Map<Long, Map<LocalDate, GridDay>> byCadre = this.queries.gridDays(cadreIds, monday, sunday)
			.stream()
			.collect(Collectors.groupingBy(GridDay::cadreId, Collectors.toMap(GridDay::day, Function.identity())));
		SortedMap<LocalDate, String> holidayNames = this.holidays.namesBetween(monday, sunday);
		Set<LocalDate> makeUpWorkdays = this.holidays.makeUpWorkdaysBetween(monday, sunday);
		Optional<Confirmation> confirmation = teamWeek.confirmation();
		WeekRuleSettings settings = this.rules.of(week);
		boolean over = week.sunday().isBefore(today);
		boolean changed = false;
		List<WeekRow> rows = new ArrayList<>();
		for (Long cadreId : cadreIds.stream().sorted(Comparator.comparing(id -> names.getOrDefault(id, ""))).toList()) {
			Map<LocalDate, GridDay> days = byCadre.getOrDefault(cadreId, Map.of());
			List<WeekCell> cells = new ArrayList<>();
			Map<LocalDate, DayEntry> entries = new HashMap<>();
			for (LocalDate day : week.days()) {
				GridDay record = days.get(day);
				boolean member = members.stream()
					.anyMatch(m -> m.cadreId().equals(cadreId) && !m.joinedOn().isAfter(day)
							&& (m.leftOn() == null || !m.leftOn().isBefore(day)));
				String status = record != null ? record.status().name()
						: holidayNames.containsKey(day) ? DayStatus.HOLIDAY.name() : DayCell.NONE;
				boolean gap = record == null && member && !day.isAfter(today) && !holidayNames.containsKey(day);
				if (record != null) {
					entries.put(day, new DayEntry(record.status(), record.overnight()));
				}
				else if (holidayNames.containsKey(day)) {
					entries.put(day, DayEntry.of(DayStatus.HOLIDAY));
				}
				cells.add(new WeekCell(cadreId, day, status, record != null && record.overnight(), member, gap,
						record != null && record.source() == DaySource.LEADER, record != null && record.needsReview(),
						record == null ? null : record.distanceM()));
				if (record != null && confirmation.isPresent()
						&& record.modifiedAt().isAfter(confirmation.get().confirmedAt())) {
					changed = true;
				}
			}
			// judged once over the union of the cadre's memberships of the team in the week (DOMAIN §4)
			List<TeamMember> own = members.stream().filter(m -> m.cadreId().equals(cadreId)).toList();
			WeekResult result = WeeklyRule.judgeOver(week, entries,
					day -> own.stream()
						.anyMatch(m -> !m.joinedOn().isAfter(day) && (m.leftOn() == null || !m.leftOn().isBefore(day))),
					makeUpWorkdays, settings);
			rows.add(new WeekRow(cadreId, names.get(cadreId), cells, result, over));
		}
		return new WeekView(team.id(), team.villageName(), week, week.days(), rows,
				confirmation.map(Confirmation::confirmedBy).orElse(null),
				confirmation.map(Confirmation::confirmedAt).orElse(null), changed, leader);
	}
}
