package org.zhucun.leave;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.CurrentAccount;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.leave.domain.ApprovalStep;
import org.zhucun.leave.domain.Decision;
import org.zhucun.leave.domain.EarlyReturn;
import org.zhucun.leave.domain.LeavePeriod;
import org.zhucun.leave.domain.LeavePolicy;
import org.zhucun.leave.domain.LeaveRequest;
import org.zhucun.leave.domain.LeaveRequestRepository;
import org.zhucun.leave.domain.LeaveRequestRepository.Place;
import org.zhucun.leave.domain.LeaveRequestRepository.Row;
import org.zhucun.leave.domain.LeaveRequestRepository.TotalRow;
import org.zhucun.leave.domain.LeaveRuleException;
import org.zhucun.leave.domain.LeaveState;
import org.zhucun.leave.domain.LeaveType;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.workteams.TeamAssignment;
import org.zhucun.workteams.WorkTeams;

/**
 * Leave requests (DOMAIN §5): submission with the chain the settings on the first day choose, approval step by step
 * within scope, cancellation, the return from leave, the lists and the yearly totals. Decisions that change the
 * cadre's leave days publish {@link LeaveDaysGranted} or {@link LeaveDaysWithdrawn} inside the transaction.
 */
@Service
@Transactional
public class LeaveService {

	private static final int PAGE_SIZE = 20;

	/** Cadres read at a time for the export of the totals. */
	private static final int EXPORT_PAGE = 500;

	/** The refusals of a return date, shown beside the date field. */
	private static final java.util.Set<String> RETURN_DATE_KEYS = java.util.Set.of("leave.error.return-before-start",
			"leave.error.return-after-end");

	/** Form field of the cadre the office records leave for. */
	public static final String CADRE_FIELD = "cadreId";

	/** Form field of the actual return date. */
	public static final String RETURN_FIELD = "actualReturn";

	private final LeaveRequestRepository requests;

	private final ScopeService scopes;

	private final PolicySettings settings;

	private final WorkTeams workTeams;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeaveService(LeaveRequestRepository requests, ScopeService scopes, PolicySettings settings, WorkTeams workTeams,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.scopes = scopes;
		this.settings = settings;
		this.workTeams = workTeams;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return whether the signed-in account may ask for leave (team members and leaders) or record it on a cadre's
	 * behalf (the office administrator; office staff read and review, DOMAIN §1)
	 */
	@Transactional(readOnly = true)
	public boolean canSubmit() {
		DataScope scope = this.scopes.current();
		return scope.isOfficeAdmin() || (scope.isTeam() && scope.cadreId() != null);
	}

	/** A stationed cadre the office administrator can record leave for. */
	public record CadreChoice(Long id, String name, String unitName, String villageName, String townName) {
	}

	/** How many cadres the office's search offers at once. */
	public static final int CADRE_CHOICES = 20;

	/**
	 * @param text part of a cadre's name, unit or village (empty: the first cadres by name)
	 * @param chosen the cadre already chosen, offered first whatever the text, or null
	 * @return up to {@value #CADRE_CHOICES} stationed cadres for the office administrator's leave form
	 */
	@Transactional(readOnly = true)
	public List<CadreChoice> cadreChoices(String text, Long chosen) {
		this.scopes.requireOfficeAdmin();
		String clean = text == null ? "" : text.strip();
		String pattern = "%" + clean.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.requests.stationedCadres(clean, pattern, chosen == null ? -1L : chosen, CADRE_CHOICES)
			.stream()
			.map(r -> new CadreChoice(r.getId(), r.getName(), r.getUnitName(), r.getVillageName(), r.getTownName()))
			.toList();
	}

	/**
	 * Submits a request for the signed-in cadre, or records one for any cadre when the office does so.
	 * @return the new request's id
	 * @throws LeaveRuleException beside the field at fault
	 */
	public Long submit(LeaveCommand command) {
		DataScope scope = this.scopes.current();
		this.scopes.require(canSubmit());
		boolean office = scope.isOfficeAdmin();
		Long cadreId = office ? command.cadreId() : scope.cadreId();
		if (cadreId == null) {
			throw LeaveRuleException.onField(CADRE_FIELD, "leave.error.cadre-required");
		}
		if (office && this.requests.unitOfCadre(cadreId).isEmpty()) {
			throw LeaveRuleException.onField(CADRE_FIELD, "leave.error.cadre-unknown");
		}
		if (command.type() == null) {
			throw LeaveRuleException.onField("type", "leave.error.type-required");
		}
		if (command.firstDay() == null) {
			throw LeaveRuleException.onField(LeaveRequest.FIRST_DAY_FIELD, "leave.error.first-day-required");
		}
		if (command.lastDay() == null) {
			throw LeaveRuleException.onField(LeavePeriod.LAST_DAY_FIELD, "leave.error.last-day-required");
		}
		LocalDate today = LocalDate.now(this.clock);
		Optional<TeamAssignment> team = this.workTeams.activeTeamOf(cadreId, today)
			.or(() -> this.workTeams.activeTeamOf(cadreId, command.firstDay()));
		if (team.isEmpty()) {
			throw LeaveRuleException.onField(office ? CADRE_FIELD : null, "leave.error.no-team");
		}
		Long teamId = team.get().teamId();
		boolean leads = this.workTeams.leads(cadreId, teamId);
		PolicySettings.Snapshot values = this.settings.forDate(command.firstDay());
		LeavePolicy policy = new LeavePolicy(values.intValue(LeaveSettings.TEAM_MAX_DAYS),
				values.intValue(LeaveSettings.TOWN_MAX_DAYS), values.intValue(LeaveSettings.MAX_REQUEST_DAYS),
				values.intValue(LeaveSettings.BACKDATE_DAYS));
		LeaveRequest request = LeaveRequest.submit(cadreId, teamId, scope.accountId(), command.type(),
				command.firstDay(), command.lastDay(), command.reason(), command.contactPhone(), leads, office, policy,
				today);
		this.requests.lockCadre(cadreId);
		if (this.requests.overlaps(cadreId, command.firstDay(), command.lastDay())) {
			throw LeaveRuleException.onField(LeaveRequest.FIRST_DAY_FIELD, "leave.error.overlap");
		}
		return this.requests.save(request).getId();
	}

	/**
	 * The signed-in approver approves the step they act for.
	 * @param version the version of the request the approver saw
	 * @throws LeaveRuleException when someone else acted first ({@link LeaveRuleException#isStale()}) or the request
	 * no longer waits for this step
	 */
	public void approve(Long id, long version, String comment) {
		LeaveRequest request = load(id);
		ApprovalStep step = actingStepOrDeny(request, version);
		request.approve(step, this.scopes.current().accountId(), displayName(), Instant.now(this.clock));
		if (request.state() == LeaveState.APPROVED) {
			this.events.publishEvent(new LeaveDaysGranted(request.getId(), request.cadreId(), days(request.period()),
					this.scopes.current().username()));
		}
	}

	/** The signed-in approver rejects the step they act for, with a reason. */
	public void reject(Long id, long version, String reason) {
		LeaveRequest request = load(id);
		ApprovalStep step = actingStepOrDeny(request, version);
		request.reject(step, this.scopes.current().accountId(), displayName(), reason, Instant.now(this.clock));
	}

	/** The requester withdraws the request; withdrawn approved leave frees its days. */
	public void cancel(Long id, long version) {
		LeaveRequest request = load(id);
		this.scopes.require(isRequester(this.scopes.current(), request));
		requireVersion(request, version);
		boolean wasApproved = request.state() == LeaveState.APPROVED;
		request.cancel(request.cadreId(), LocalDate.now(this.clock));
		if (wasApproved) {
			this.events.publishEvent(new LeaveDaysWithdrawn(request.getId(), request.cadreId(), days(request.period()),
					this.scopes.current().username()));
		}
	}

	/** The requester or their team leader reports the return from leave (销假); an early return frees the rest. */
	public void returnFrom(Long id, long version, LocalDate actualReturn) {
		LeaveRequest request = load(id);
		DataScope scope = this.scopes.current();
		this.scopes.require(isRequester(scope, request) || leadsTeamOf(scope, request));
		requireVersion(request, version);
		if (actualReturn == null) {
			throw LeaveRuleException.onField(RETURN_FIELD, "leave.error.return-required");
		}
		EarlyReturn split;
		try {
			split = request.returnFrom(actualReturn);
		}
		catch (LeaveRuleException ex) {
			throw ex.field() == null && RETURN_DATE_KEYS.contains(ex.messageKey())
					? LeaveRuleException.onField(RETURN_FIELD, ex.messageKey()) : ex;
		}
		split.freed()
			.ifPresent(freed -> this.events
				.publishEvent(new LeaveDaysWithdrawn(request.getId(), request.cadreId(), days(freed),
					scope.username())));
	}

	/** @return the request's page as the signed-in account may see it */
	@Transactional(readOnly = true)
	public LeaveDetail get(Long id) {
		LeaveRequest request = load(id);
		Place place = this.requests.placeOf(id).orElseThrow(() -> new NotFoundException("leave request", id));
		DataScope scope = this.scopes.current();
		this.scopes.require(mayRead(scope, request, place));
		List<LeaveDetail.StepView> steps = new ArrayList<>();
		List<ApprovalStep> chain = request.chain().steps();
		for (int i = 0; i < chain.size(); i++) {
			ApprovalStep step = chain.get(i);
			Decision decision = request.decisions().stream().filter(d -> d.step() == step).findFirst().orElse(null);
			steps.add(new LeaveDetail.StepView(step, decision, request.isWaitingFor(step)));
		}
		ApprovalStep acting = request.currentStep().filter(step -> mayAct(scope, request, step)).orElse(null);
		LocalDate today = LocalDate.now(this.clock);
		boolean requester = isRequester(scope, request);
		boolean canCancel = requester && (request.state() == LeaveState.PENDING
				|| (request.state() == LeaveState.APPROVED && today.isBefore(request.period().first())));
		boolean canReturn = (requester || leadsTeamOf(scope, request)) && request.state() == LeaveState.APPROVED
				&& !today.isBefore(request.period().first());
		LeavePeriod period = request.period();
		java.time.Year year = java.time.Year.from(period.first());
		LocalDate yearEnd = year.atMonth(12).atEndOfMonth();
		int approvedThisYear = this.requests
			.totals(year.atDay(1), yearEnd, request.cadreId(), null, null, null, PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.map(t -> t.getTotal() == null ? 0 : t.getTotal())
			.orElse(0);
		int yearLimit = this.settings.intValue(LeaveSettings.YEAR_LIMIT_DAYS, yearEnd);
		return new LeaveDetail(request.getId(), request.getVersion(), request.cadreId(), place.getCadreName(),
				place.getUnitName(), place.getVillageName(), place.getTownName(), request.type(), period.first(),
				period.last(), period.days(), request.reason(), request.contactPhone().orElse(null), request.state(),
				steps, request.actualReturnDate().orElse(null), request.recordedByOffice(), request.daysTaken(), acting,
				canCancel, canReturn, year.getValue(), approvedThisYear, yearLimit);
	}

	/** @return the signed-in cadre's own requests, latest first */
	@Transactional(readOnly = true)
	public Page<LeaveRow> mine(int page) {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isTeam() && scope.cadreId() != null);
		return rows(this.requests.search(scope.cadreId(), null, null, null, null, null, null, null, null,
				PageRequest.of(Math.max(0, page), PAGE_SIZE)));
	}

	/** @return whether the signed-in account approves some step (team leaders, town officials, the office) */
	@Transactional(readOnly = true)
	public boolean isApprover() {
		DataScope scope = this.scopes.current();
		return scope.isOffice() || scope.isTown() || scope.role() == org.zhucun.identity.Role.TEAM_LEADER;
	}

	/** @return the pending requests waiting for the signed-in approver */
	@Transactional(readOnly = true)
	public Page<LeaveRow> inbox(int page) {
		DataScope scope = this.scopes.current();
		this.scopes.require(isApprover());
		PageRequest pageable = PageRequest.of(Math.max(0, page), PAGE_SIZE);
		if (scope.isOffice()) {
			return rows(this.requests.search(null, null, null, null, null, null, null, null, ApprovalStep.OFFICE.name(),
					pageable));
		}
		if (scope.isTown()) {
			return rows(this.requests.search(null, null, scope.townId(), null, null, null, null, null,
					ApprovalStep.TOWN.name(), pageable));
		}
		Long teamId = ledTeam(scope).orElse(-1L);
		return rows(this.requests.search(null, teamId, null, null, null, null, null, null,
				ApprovalStep.TEAM_LEADER.name(), pageable));
	}

	/** @return the number of requests waiting for the signed-in approver; 0 for other roles */
	@Transactional(readOnly = true)
	public long pendingCount() {
		DataScope scope = this.scopes.current();
		if (scope.isOffice()) {
			return this.requests.countWaiting(ApprovalStep.OFFICE.name(), null);
		}
		if (scope.isTown()) {
			return scope.townId() == null ? 0 : this.requests.countWaiting(ApprovalStep.TOWN.name(), scope.townId());
		}
		if (scope.isTeam() && scope.cadreId() != null) {
			return this.requests.countWaitingForLeader(scope.cadreId());
		}
		return 0;
	}

	/** @return the requests in the signed-in account's scope matching the filter, latest first */
	@Transactional(readOnly = true)
	public Page<LeaveRow> search(LeaveFilter filter, int page) {
		Bounds bounds = bounds(filter.townId(), filter.unitId());
		LocalDate from = filter.month() == null ? null : filter.month().atDay(1);
		LocalDate to = filter.month() == null ? null : filter.month().atEndOfMonth();
		return rows(this.requests.search(null, bounds.teamId, bounds.townId, bounds.unitId,
				filter.state() == null ? null : filter.state().name(), filter.type() == null ? null : filter.type().name(),
				from, to, null, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
	}

	/**
	 * @return the approved days per cadre in the year, most first, in the signed-in account's scope; on the office's
	 * and the town's lists cadres above {@code leave.year-limit-days} are flagged for recall review
	 */
	@Transactional(readOnly = true)
	public Page<LeaveTotalRow> totals(Year year, Long townId, Long unitId, int page) {
		return totals(year, townId, unitId, PageRequest.of(Math.max(0, page), PAGE_SIZE));
	}

	/**
	 * Every row of the yearly totals as the page filters them (for the export and the print view), read
	 * {@value #EXPORT_PAGE} cadres at a time; the same scope and flags as {@link #totals(Year, Long, Long, int)}.
	 */
	@Transactional(readOnly = true)
	public List<LeaveTotalRow> allTotals(Year year, Long townId, Long unitId) {
		Page<LeaveTotalRow> first = totals(year, townId, unitId, PageRequest.of(0, EXPORT_PAGE));
		List<LeaveTotalRow> rows = new ArrayList<>(first.getContent());
		for (int page = 1; page < first.getTotalPages(); page++) {
			rows.addAll(totals(year, townId, unitId, PageRequest.of(page, EXPORT_PAGE)).getContent());
		}
		return rows;
	}

	private Page<LeaveTotalRow> totals(Year year, Long townId, Long unitId, PageRequest pageRequest) {
		DataScope scope = this.scopes.current();
		Bounds bounds = bounds(townId, unitId);
		int limit = this.settings.intValue(LeaveSettings.YEAR_LIMIT_DAYS, year.atMonth(12).atEndOfMonth());
		boolean flags = scope.isOffice() || scope.isTown();
		Page<TotalRow> totals = this.requests.totals(year.atDay(1), year.atMonth(12).atEndOfMonth(), null, bounds.teamId,
				bounds.townId, bounds.unitId, pageRequest);
		return totals.map(t -> {
			Map<LeaveType, Integer> byType = new EnumMap<>(LeaveType.class);
			byType.put(LeaveType.PERSONAL, t.getPersonal());
			byType.put(LeaveType.SICK, t.getSick());
			byType.put(LeaveType.ANNUAL, t.getAnnual());
			byType.put(LeaveType.MARRIAGE_FUNERAL, t.getMarriageFuneral());
			byType.put(LeaveType.FAMILY_VISIT, t.getFamilyVisit());
			byType.put(LeaveType.OTHER, t.getOther());
			return new LeaveTotalRow(t.getCadreId(), t.getCadreName(), t.getUnitName(), byType, t.getTotal(),
					flags && t.getTotal() > limit);
		});
	}

	/**
	 * @return how many cadres in the signed-in office's or town's scope are above {@code leave.year-limit-days} this
	 * year, with one count (the ones the totals page flags for recall review)
	 */
	@Transactional(readOnly = true)
	public long overLimitCount(Year year) {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || scope.isTown());
		Bounds bounds = bounds(null, null);
		int limit = this.settings.intValue(LeaveSettings.YEAR_LIMIT_DAYS, year.atMonth(12).atEndOfMonth());
		return this.requests.countOverLimit(year.atDay(1), year.atMonth(12).atEndOfMonth(), null, bounds.teamId,
				bounds.townId, bounds.unitId, limit);
	}

	/** @return whether the signed-in account sees the list of all requests in a scope (everyone but team members) */
	@Transactional(readOnly = true)
	public boolean canList() {
		DataScope scope = this.scopes.current();
		return !scope.isTeam() || ledTeam(scope).isPresent();
	}

	private record Bounds(Long teamId, Long townId, Long unitId) {
	}

	/** The list filters narrowed to the signed-in account's scope; members who lead no team are refused. */
	private Bounds bounds(Long townId, Long unitId) {
		DataScope scope = this.scopes.current();
		if (scope.isOffice()) {
			return new Bounds(null, townId, unitId);
		}
		if (scope.isTown()) {
			this.scopes.require(scope.townId() != null);
			return new Bounds(null, scope.townId(), unitId);
		}
		if (scope.isUnit()) {
			this.scopes.require(scope.unitId() != null);
			return new Bounds(null, townId, scope.unitId());
		}
		Optional<Long> team = ledTeam(scope);
		this.scopes.require(team.isPresent());
		return new Bounds(team.get(), townId, unitId);
	}

	private Optional<Long> ledTeam(DataScope scope) {
		if (!scope.isTeam() || scope.cadreId() == null) {
			return Optional.empty();
		}
		return this.workTeams.activeTeamOf(scope.cadreId(), LocalDate.now(this.clock))
			.map(TeamAssignment::teamId)
			.filter(teamId -> this.workTeams.leads(scope.cadreId(), teamId));
	}

	/**
	 * The step of the chain the signed-in account approves, refusing (403) anyone who approves no step of it or whose
	 * step has not come yet, and telling a stale action apart from a refusal.
	 */
	private ApprovalStep actingStepOrDeny(LeaveRequest request, long version) {
		DataScope scope = this.scopes.current();
		List<ApprovalStep> chain = request.chain().steps();
		int index = -1;
		for (int i = 0; i < chain.size(); i++) {
			if (mayAct(scope, request, chain.get(i))) {
				index = i;
				break;
			}
		}
		this.scopes.require(index >= 0);
		this.scopes.require(request.state() != LeaveState.PENDING || index <= request.currentStepIndex());
		if (request.getVersion() != version) {
			throw new LeaveRuleException(LeaveRuleException.ALREADY_DECIDED);
		}
		return chain.get(index);
	}

	private boolean mayAct(DataScope scope, LeaveRequest request, ApprovalStep step) {
		return switch (step) {
			case TEAM_LEADER -> leadsTeamOf(scope, request) && !Objects.equals(scope.cadreId(), request.cadreId());
			case TOWN -> scope.isTown() && scope.townId() != null && request.teamId() != null
					&& scope.townId().equals(this.requests.townOfTeam(request.teamId()).orElse(null));
			case OFFICE -> scope.isOffice();
		};
	}

	private boolean mayRead(DataScope scope, LeaveRequest request, Place place) {
		if (scope.isOffice()) {
			return true;
		}
		if (scope.isTown()) {
			return scope.townId() != null && scope.townId().equals(place.getTownId());
		}
		if (scope.isUnit()) {
			return scope.unitId() != null && scope.unitId().equals(place.getUnitId());
		}
		return isRequester(scope, request) || leadsTeamOf(scope, request);
	}

	private static boolean isRequester(DataScope scope, LeaveRequest request) {
		return scope.isTeam() && scope.cadreId() != null && scope.cadreId() == request.cadreId();
	}

	private boolean leadsTeamOf(DataScope scope, LeaveRequest request) {
		return scope.isTeam() && scope.cadreId() != null && request.teamId() != null
				&& this.workTeams.leads(scope.cadreId(), request.teamId());
	}

	private static void requireVersion(LeaveRequest request, long version) {
		if (request.getVersion() != version) {
			throw new LeaveRuleException(LeaveRuleException.ALREADY_DECIDED);
		}
	}

	private LeaveRequest load(Long id) {
		return this.requests.findById(id).orElseThrow(() -> new NotFoundException("leave request", id));
	}

	private static List<LocalDate> days(LeavePeriod period) {
		return period.first().datesUntil(period.last().plusDays(1)).toList();
	}

	private static String displayName() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CurrentAccount account) {
			String name = account.displayName();
			return name == null || name.length() <= 50 ? name : name.substring(0, 50);
		}
		return null;
	}

	private static Page<LeaveRow> rows(Page<Row> rows) {
		return rows.map(r -> {
			LeaveState state = LeaveState.valueOf(r.getState());
			ApprovalStep waiting = null;
			if (state == LeaveState.PENDING) {
				String[] steps = r.getChain().split(",");
				waiting = r.getStepIndex() < steps.length ? ApprovalStep.valueOf(steps[r.getStepIndex()]) : null;
			}
			return new LeaveRow(r.getId(), r.getCadreId(), r.getCadreName(), r.getUnitName(), r.getVillageName(),
					r.getTownName(), LeaveType.valueOf(r.getType()), r.getFirstDay(), r.getLastDay(),
					(int) (r.getLastDay().toEpochDay() - r.getFirstDay().toEpochDay()) + 1, state, waiting);
		});
	}
}
