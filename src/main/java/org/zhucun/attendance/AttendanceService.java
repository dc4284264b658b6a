package org.zhucun.attendance;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.AttendanceAccess.Subject;
import org.zhucun.attendance.AttendanceQueries.CadreRef;
import org.zhucun.attendance.AttendanceQueries.GridDay;
import org.zhucun.attendance.AttendanceQueries.VillageRef;
import org.zhucun.attendance.domain.DayRecord;
import org.zhucun.attendance.domain.DayRecordRepository;
import org.zhucun.attendance.domain.Evidence;
import org.zhucun.attendance.domain.GeoDistance;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.HolidayCalendar;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.domain.StaleEditException;
import org.zhucun.workteams.TeamAssignment;
import org.zhucun.workteams.WorkTeams;

/**
 * A cadre's day records for the attendance pages: the month with statutory holidays shown where no record exists,
 * and the member's own declaration of today and of the last days the setting allows. Checks the signed-in account's scope on every read and write.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

	/** What a member declares for their own day; absence is recorded by others, leave and holidays elsewhere. */
	private static final Set<DayStatus> MEMBER_STATUSES = EnumSet.of(DayStatus.IN_VILLAGE,
			DayStatus.OFFICIAL_BUSINESS, DayStatus.REST);

	private final DayRecordRepository records;

	private final AttendanceQueries queries;

	private final AttendanceAccess access;

	private final WorkTeams workTeams;

	private final HolidayCalendar holidays;

	private final PolicySettings settings;

	private final MonthCompliance compliance;

	private final Clock clock;

	AttendanceService(DayRecordRepository records, AttendanceQueries queries, AttendanceAccess access,
			WorkTeams workTeams, HolidayCalendar holidays, PolicySettings settings, MonthCompliance compliance,
			Clock clock) {
		this.settings = settings;
		this.compliance = compliance;
		this.records = records;
		this.queries = queries;
		this.access = access;
		this.workTeams = workTeams;
		this.holidays = holidays;
		this.clock = clock;
	}

	/** @return today in the district */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * @return the signed-in team leader's or member's own page: the month asked for and today's one-tap form, read in
	 * one transaction (today's record and team come with the current month's)
	 */
	public OwnMonthPage ownPage(YearMonth month) {
		DataScope scope = this.access.ownCadre();
		CadreRef cadre = this.queries.cadre(scope.cadreId())
			.orElseThrow(() -> new NotFoundException("cadre", scope.cadreId()));
		LocalDate today = today();
		Optional<TeamAssignment> teamToday = this.workTeams.activeTeamOf(cadre.id(), today);
		Optional<TeamAssignment> team = teamDay(month).equals(today) ? teamToday : teamOf(cadre.id(), month);
		Optional<VillageRef> village = team.flatMap(t -> this.queries.village(t.villageId()));
		Map<LocalDate, GridDay> days = days(cadre.id(), month);
		Optional<GridDay> record = YearMonth.from(today).equals(month) ? Optional.ofNullable(days.get(today))
				: this.queries.gridDays(List.of(cadre.id()), today, today).stream().findFirst();
		String locked = lockOf(record.map(GridDay::status).orElse(null), today, teamToday::isPresent);
		TodayView todayView = record
			.map(r -> new TodayView(today, r.status(), r.overnight(), r.version(), locked))
			.orElseGet(() -> new TodayView(today, null, false, null, locked));
		return new OwnMonthPage(month(cadre, village, month, days, true), todayView);
	}

	/** @return the first day a member may still fill in or correct themself (setting in force today) */
	public LocalDate earliestOwnDay() {
		LocalDate today = today();
		return today.minusDays(this.settings.intValue(AttendanceSettings.MEMBER_EDIT_DAYS, today));
	}

	/** @return another cadre's month, for those allowed to read it ({@link AttendanceAccess}) */
	public MonthView cadreMonth(Long cadreId, YearMonth month) {
		CadreRef cadre = this.queries.cadre(cadreId).orElseThrow(() -> new NotFoundException("cadre", cadreId));
		Optional<TeamAssignment> team = teamOf(cadreId, month);
		Optional<VillageRef> village = team.flatMap(t -> this.queries.village(t.villageId()));
		Subject subject = new Subject(cadreId, cadre.unitId(), team.map(TeamAssignment::teamId).orElse(null),
				village.map(VillageRef::townId).orElse(null));
		DataScope scope = this.access.read(subject);
		return month(cadre, village, month, days(cadreId, month), cadreId.equals(scope.cadreId()));
	}

	/**
	 * @return the signed-in cadre's day for the small form of a past day; it is locked ({@code TOO_OLD},
	 * {@code FUTURE}) outside the days the member may fill in
	 */
	public TodayView ownDay(LocalDate day) {
		DataScope scope = this.access.ownCadre();
		Optional<DayRecord> record = this.records.findByCadreIdAndDay(scope.cadreId(), day);
		String locked = lockOf(record.map(DayRecord::getStatus).orElse(null), day,
				() -> this.workTeams.activeTeamOf(scope.cadreId(), day).isPresent());
		return record.map(r -> new TodayView(day, r.getStatus(), r.isOvernight(), r.getVersion(), locked))
			.orElseGet(() -> new TodayView(day, null, false, null, locked));
	}

	/**
	 * Records what the signed-in cadre did today (one tap on a phone). A position, when given, is kept as evidence
	 * with its distance to the village centre; outside the village's radius the record is marked for review, never
	 * refused.
	 * @throws BusinessRuleException when today is leave or a holiday, the cadre serves in no team, or the status is
	 * not one a member declares
	 */
	@Transactional
	public void declareToday(DayCommand command) {
		declare(today(), command, "attendance.today.locked.");
	}

	/**
	 * Records what the signed-in cadre did on one of the last days the setting allows, or corrects it.
	 * @throws BusinessRuleException when the day is older than allowed, in the future, leave or a holiday, the cadre
	 * served in no team that day, or the status is not one a member declares
	 */
	@Transactional
	public void declareDay(LocalDate day, DayCommand command) {
		declare(day, command, "attendance.day.locked.");
	}

	private void declare(LocalDate day, DayCommand command, String lockKey) {
		DataScope scope = this.access.ownCadre();
		if (!MEMBER_STATUSES.contains(command.status())) {
			throw new BusinessRuleException("status", "attendance.day.not-declarable");
		}
		Optional<DayRecord> existing = this.records.findByCadreIdAndDay(scope.cadreId(), day);
		// The team is read once, for the lock (NO_TEAM) and for the record.
		Optional<TeamAssignment> serving = this.workTeams.activeTeamOf(scope.cadreId(), day);
		String locked = lockOf(existing.map(DayRecord::getStatus).orElse(null), day, serving::isPresent);
		if (locked != null) {
			throw new BusinessRuleException("status", lockKey + locked);
		}
		TeamAssignment team = serving.orElseThrow();
		Evidence evidence = command.hasPosition() ? evidence(command, this.queries.village(team.villageId()))
				: Evidence.NONE;
		if (existing.isPresent()) {
			DayRecord record = existing.get();
			if (!Objects.equals(command.version(), record.getVersion()) && holds(record, command)) {
				// The same choice sent again (a double tap, a retry, a reload of the POST): it is saved already.
				return;
			}
			record.checkVersion(command.version() == null ? -1 : command.version());
			record.declare(DaySource.SELF, command.status(), command.overnight(), evidence);
		}
		else {
			if (command.version() != null) {
				throw new StaleEditException();
			}
			this.records.save(DayRecord.declared(scope.cadreId(), team.teamId(), day, DaySource.SELF,
					command.status(), command.overnight(), evidence));
		}
	}

	/**
	 * @return whether the signed-in cadre's record of the day already says what the command says; a save that lost a
	 * race with the same save from another tap ends as saved when it does
	 */
	public boolean ownDayHolds(LocalDate day, DayCommand command) {
		DataScope scope = this.access.ownCadre();
		return this.records.findByCadreIdAndDay(scope.cadreId(), day)
			.filter(r -> holds(r, command))
			.isPresent();
	}

	private static boolean holds(DayRecord record, DayCommand command) {
		return record.holds(command.status(), command.overnight(), command.latitude(), command.longitude(),
				command.accuracyM());
	}

	/**
	 * @return why the cadre cannot declare the day ({@code LEAVE}, {@code HOLIDAY}, {@code FUTURE}, {@code TOO_OLD},
	 * {@code NO_TEAM}), or null
	 */
	private String lockOf(DayStatus status, LocalDate day, BooleanSupplier inTeam) {
		if (status == DayStatus.LEAVE || status == DayStatus.HOLIDAY) {
			return status.name();
		}
		if (day.isAfter(today())) {
			return "FUTURE";
		}
		if (day.isBefore(earliestOwnDay())) {
			return "TOO_OLD";
		}
		// A statutory holiday without a record can be declared: work on a holiday counts as a day (and night) in the
		// village (DOMAIN §4); left empty, it counts as a holiday.
		return inTeam.getAsBoolean() ? null : "NO_TEAM";
	}

	/** The evidence of a command that gives a position: the position with its distance to the village's centre. */
	private static Evidence evidence(DayCommand command, Optional<VillageRef> village) {
		Integer distance = village.filter(VillageRef::hasCentre)
			.map(v -> GeoDistance.metres(command.latitude(), command.longitude(), v.latitude(), v.longitude()))
			.orElse(null);
		boolean outside = distance != null && distance > village.get().radiusM();
		return new Evidence(command.latitude(), command.longitude(), command.accuracyM(), distance, outside);
	}

	/** The cadre's team in the month: on its last day, or today for the current and later months. */
	private Optional<TeamAssignment> teamOf(Long cadreId, YearMonth month) {
		return this.workTeams.activeTeamOf(cadreId, teamDay(month));
	}

	/** The day a month's team is read on: its last day, or today for the current and later months. */
	private LocalDate teamDay(YearMonth month) {
		LocalDate today = today();
		return month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
	}

	/** @return the cadre's day records of the month by day */
	private Map<LocalDate, GridDay> days(Long cadreId, YearMonth month) {
		return this.queries.gridDays(List.of(cadreId), month.atDay(1), month.atEndOfMonth())
			.stream()
			.collect(Collectors.toMap(GridDay::day, Function.identity()));
	}

	private MonthView month(CadreRef cadre, Optional<VillageRef> village, YearMonth month,
			Map<LocalDate, GridDay> byDay, boolean own) {
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		LocalDate today = today();
		SortedMap<LocalDate, String> holidayNames = this.holidays.namesBetween(first, last);
		List<DayCell> cells = new ArrayList<>();
		for (int i = 1; i < first.getDayOfWeek().getValue(); i++) {
			cells.add(DayCell.blank());
		}
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			GridDay record = byDay.get(day);
			String holiday = holidayNames.get(day);
			String status = record != null ? record.status().name()
					: holiday != null ? DayStatus.HOLIDAY.name() : DayCell.NONE;
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			cells.add(new DayCell(day, status, record != null && record.overnight(), holiday, day.equals(today),
					weekend, record != null && record.needsReview()));
		}
		return new MonthView(cadre.id(), cadre.name(), village.map(VillageRef::name).orElse(null), own, month, cells,
				own ? earliestOwnDay() : null, own ? today : null, this.compliance.ofCadre(cadre.id(), month));
	}
}
