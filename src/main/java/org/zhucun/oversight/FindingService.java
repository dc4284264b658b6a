package org.zhucun.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhucun.attendance.Attendance;
import org.zhucun.attendance.SpotCheckDetail;
import org.zhucun.attendance.SpotCheckRow;
import org.zhucun.identity.CurrentAccount;
import org.zhucun.monthlyreports.MonthlyReports;
import org.zhucun.monthlyreports.MonthlyReports.ReturnedReport;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.organization.OrganizationRefs.CadreRef;
import org.zhucun.organization.OrganizationRefs.VillageRef;
import org.zhucun.oversight.domain.Actor;
import org.zhucun.oversight.domain.Fact;
import org.zhucun.oversight.domain.FactKind;
import org.zhucun.oversight.domain.Finding;
import org.zhucun.oversight.domain.FindingAction;
import org.zhucun.oversight.domain.FindingRepository;
import org.zhucun.oversight.domain.FindingRuleException;
import org.zhucun.oversight.domain.FindingSource;
import org.zhucun.oversight.domain.FindingState;
import org.zhucun.oversight.domain.Subject;
import org.zhucun.pairings.MonitoringPastDeadline;
import org.zhucun.pairings.OverdueHousehold;
import org.zhucun.pairings.Pairings;
import org.zhucun.shared.attachments.Attachments;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.shared.web.Paging;
import org.zhucun.unitduties.UnitDuties;
import org.zhucun.unitduties.UnitDutyShortfall;
import org.zhucun.workteams.ReductionLine;
import org.zhucun.workteams.TeamAssignment;
import org.zhucun.workteams.TeamReductions;
import org.zhucun.workteams.TeamFacts;
import org.zhucun.workteams.WorkTeams;

/**
 * Findings of supervision and their rectification (DOMAIN §10). The office records them, by hand or in one click from
 * a fact (a spot check's discrepancy, a team's reduction), and assigns, verifies, closes or sends them back; the aid
 * unit's liaison answers its unit's findings with files; a town official follows the findings kept under the town.
 * Everyone else is refused (403), and so is a read or write outside the account's unit or town.
 */
@Service
@Transactional(readOnly = true)
public class FindingService {

	/** Owner type of the files the office attaches to a finding. */
	public static final String FILES = "finding";

	/** Owner type of the files of the unit's answer. */
	public static final String ANSWER_FILES = "finding-answer";

	/** Form field of the files. */
	public static final String FILES_FIELD = "files";

	/** How many overdue households (by village and number) and late monitoring cases the facts page offers. */
	static final int FACTS_NOW = 50;

	private final FindingRepository findings;

	private final FindingQueries queries;

	private final ScopeService scopes;

	private final Organization organization;

	private final WorkTeams workTeams;

	private final TeamReductions reductions;

	private final Attendance attendance;

	private final MonthlyReports reports;

	private final UnitDuties unitDuties;

	private final Pairings pairings;

	private final Attachments attachments;

	private final PolicySettings settings;

	private final MessageSource messages;

	private final OversightNotifications notifications;

	private final Clock clock;

	FindingService(FindingRepository findings, FindingQueries queries, ScopeService scopes, Organization organization,
			WorkTeams workTeams, TeamReductions reductions, Attendance attendance, MonthlyReports reports,
			UnitDuties unitDuties, Pairings pairings,
			Attachments attachments, PolicySettings settings, MessageSource messages,
			OversightNotifications notifications, Clock clock) {
		this.findings = findings;
		this.queries = queries;
		this.scopes = scopes;
		this.organization = organization;
		this.workTeams = workTeams;
		this.reductions = reductions;
		this.attendance = attendance;
		this.reports = reports;
		this.unitDuties = unitDuties;
		this.pairings = pairings;
		this.attachments = attachments;
		this.settings = settings;
		this.messages = messages;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** @return today in the district */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** @return the findings in the account's scope matching the filter, newest first */
	public Page<FindingRow> search(FindingFilter filter, int page) {
		DataScope scope = requireReader();
		return this.queries.search(filter, scope.isUnit() ? scope.unitId() : null, scope.isTown() ? scope.townId() : null,
				today(), Paging.page(page));
	}

	/** @return one finding with what the signed-in user may do; 403 outside the account's unit or town */
	public FindingDetail get(Long id) {
		Finding finding = find(id);
		Actor actor = actor();
		this.scopes.require(finding.visibleTo(actor));
		FindingRow row = this.queries.row(id, today()).orElseThrow(() -> new NotFoundException("finding", id));
		String factHref = null;
		String factLabel = null;
		Optional<Fact> fact = finding.fact();
		if (fact.isPresent()) {
			factHref = opens(actor, fact.get()) ? href(fact.get()) : null;
			factLabel = "oversight.fact.kind." + fact.get().kind().name();
		}
		return new FindingDetail(row, finding.getVersion(), finding.answer().orElse(null),
				finding.answeredOn().orElse(null), finding.sendBackReason().orElse(null),
				finding.closedOn().orElse(null), factHref, factLabel, finding.steps(),
				this.attachments.list(FILES, id), this.attachments.list(ANSWER_FILES, id),
				finding.may(actor, FindingAction.ASSIGN), finding.may(actor, FindingAction.ANSWER),
				finding.may(actor, FindingAction.CLOSE));
	}

	/** @return the default deadline of a finding made today: the rectification days in force today */
	public LocalDate defaultDeadline() {
		LocalDate today = today();
		return today.plusDays(this.settings.forDate(today).intValue(OversightSettings.FINDING_DAYS));
	}

	/**
	 * The office records a finding by hand, with its files.
	 * @return the new finding's id
	 * @throws BusinessRuleException beside the field at fault; nothing is saved
	 */
	@Transactional
	public Long create(FindingCommand command, List<MultipartFile> files) {
		Actor actor = officeActor();
		this.attachments.check(FILES_FIELD, files, 0);
		Subject subject = subject(command);
		if (command.source() == null) {
			throw new BusinessRuleException("source", "oversight.finding.error.source-required");
		}
		Finding finding = Finding.open(actor, command.source(), subject, command.description(), command.deadline(), null,
				today(), this.clock.instant());
		Long id = this.findings.saveAndFlush(finding).getId();
		this.attachments.store(FILES, id, FILES_FIELD, files);
		return id;
	}

	/**
	 * The office makes a finding from a fact in one click, with the description written from the fact and the
	 * default deadline; a fact already made into a finding gives that finding.
	 * @param month the month of a month's fact (a reduction), or null
	 * @return the finding's id
	 */
	@Transactional
	public Long createFromFact(FactKind kind, Long factId, YearMonth month) {
		Actor actor = officeActor();
		if (kind.monthly() && month == null) {
			throw BusinessRuleException.global("oversight.fact.month-required");
		}
		Fact fact = new Fact(kind, factId, kind.monthly() ? month : null);
		Optional<Finding> existing = this.findings.findByFact(fact);
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		Finding finding = switch (kind) {
			case SPOT_CHECK -> fromSpotCheck(actor, factId);
			case REDUCTION -> fromReduction(actor, factId, month);
			case REPORT_RETURNED -> fromReturnedReport(actor, factId, month);
			case UNIT_SHORTFALL -> fromShortfall(actor, factId, month);
			case HOUSEHOLD_OVERDUE -> fromOverdueHousehold(actor, factId, month);
			case MONITORING_LATE -> fromLateMonitoring(actor, factId);
		};
		try {
			return this.findings.saveAndFlush(finding).getId();
		}
		catch (DataIntegrityViolationException ex) {
			// Two clicks at once: the other one made it.
			return this.findings.findByFact(fact).map(Finding::getId).orElseThrow(() -> ex);
		}
	}

	/** The office hands an open finding to the unit. */
	@Transactional
	public void assign(Long id, long version) {
		Finding finding = forChange(id, version);
		step(() -> finding.assign(actor(), this.clock.instant()));
		this.findings.flush();
		this.notifications.assigned(finding);
	}

	/** The unit answers what it did, with files; nothing is saved when the answer or a file is refused. */
	@Transactional
	public void answer(Long id, long version, String answer, List<MultipartFile> files) {
		Finding finding = forChange(id, version);
		Actor actor = actor();
		if (!finding.may(actor, FindingAction.ANSWER)) {
			step(() -> finding.answer(actor, answer, today(), this.clock.instant()));
		}
		this.attachments.check(FILES_FIELD, files, this.attachments.list(ANSWER_FILES, id).size());
		finding.answer(actor, answer, today(), this.clock.instant());
		this.findings.flush();
		this.attachments.store(ANSWER_FILES, id, FILES_FIELD, files);
		this.notifications.answered(finding);
	}

	/** The office sends the answer back with the reason. */
	@Transactional
	public void sendBack(Long id, long version, String reason) {
		Finding finding = forChange(id, version);
		step(() -> finding.sendBack(actor(), reason, this.clock.instant()));
		this.findings.flush();
		this.notifications.sentBack(finding);
	}

	/** The office verifies the answer and closes the finding. */
	@Transactional
	public void close(Long id, long version, String note) {
		Finding finding = forChange(id, version);
		step(() -> finding.close(actor(), note, today(), this.clock.instant()));
		this.findings.flush();
		this.notifications.closed(finding);
	}

	/** @return the facts of the month to make findings from, with the findings already made; the office only */
	public FactsView facts(YearMonth month, int page) {
		this.scopes.requireOffice();
		Page<SpotCheckRow> checks = this.attendance.discrepancies(month, Paging.page(page));
		List<ReductionLine> reduced = this.reductions.forMonth(month);
		List<ReturnedReport> returned = this.reports.returned(month);
		List<UnitDutyShortfall> shortfalls = this.unitDuties.shortfalls(month);
		Map<String, Long> made = this.queries.madeFrom(checks.getContent().stream().map(SpotCheckRow::id).toList(),
				month);
		Page<FactLine> discrepancies = checks.map(c -> new FactLine(FactKind.SPOT_CHECK, c.id(), null,
				c.checkedAt().atZone(org.zhucun.shared.web.Formats.ZONE).toLocalDate(), c.cadreName(),
				c.townName() == null ? null : c.townName() + " " + c.villageName(), null,
				href(new Fact(FactKind.SPOT_CHECK, c.id(), null)),
				made.get(FindingQueries.key(FactKind.SPOT_CHECK, c.id(), null))));
		List<FactLine> reductionLines = reduced.stream()
			.map(r -> new FactLine(FactKind.REDUCTION, r.teamId(), month,
					r.departures().isEmpty() ? null : r.departures().get(r.departures().size() - 1).leftOn(),
					r.villageName(), message("oversight.fact.reduction.detail", r.baseline(), r.countAfter()),
					r.unitName(), href(new Fact(FactKind.REDUCTION, r.teamId(), month)),
					made.get(FindingQueries.key(FactKind.REDUCTION, r.teamId(), month.toString()))))
			.toList();
		List<FactLine> returnedLines = returned.stream()
			.map(r -> new FactLine(FactKind.REPORT_RETURNED, r.reportId(), month,
					r.returnedAt() == null ? null : r.returnedAt().atZone(org.zhucun.shared.web.Formats.ZONE).toLocalDate(),
					r.unitName(), null, r.unitName(), href(new Fact(FactKind.REPORT_RETURNED, r.reportId(), month)),
					made.get(FindingQueries.key(FactKind.REPORT_RETURNED, r.reportId(), month.toString()))))
			.toList();
		List<FactLine> shortfallLines = shortfalls.stream()
			.map(s -> new FactLine(FactKind.UNIT_SHORTFALL, s.unitId(), month, null, s.unitName(), shortfall(s),
					s.unitName(), href(new Fact(FactKind.UNIT_SHORTFALL, s.unitId(), month)),
					made.get(FindingQueries.key(FactKind.UNIT_SHORTFALL, s.unitId(), month.toString()))))
			.toList();
		boolean now = month.equals(YearMonth.from(today()));
		List<FactLine> householdLines = !now ? List.of() : this.pairings.overdueHouseholds(null, null, FACTS_NOW)
			.stream()
			.map(h -> new FactLine(FactKind.HOUSEHOLD_OVERDUE, h.householdId(), month, h.lastContactOn(),
					h.headName() + "（" + h.code() + "）", h.townName() + " " + h.villageName(), h.unitName(),
					href(new Fact(FactKind.HOUSEHOLD_OVERDUE, h.householdId(), month)), null))
			.toList();
		List<FactLine> monitoringLines = !now ? List.of() : this.pairings.monitoringPastDeadline(today())
			.stream()
			.limit(FACTS_NOW)
			.map(m -> new FactLine(FactKind.MONITORING_LATE, m.caseId(), null, m.deadline(), m.headName(),
					m.townName() + " " + m.villageName(), null, href(new Fact(FactKind.MONITORING_LATE, m.caseId(), null)),
					null))
			.toList();
		Map<String, Long> madeNow = this.queries.madeFromNow(
				householdLines.stream().map(FactLine::id).toList(), monitoringLines.stream().map(FactLine::id).toList(),
				month);
		return new FactsView(month, discrepancies, reductionLines, returnedLines, shortfallLines,
				householdLines.stream().map(l -> l.withFinding(madeNow)).toList(),
				monitoringLines.stream().map(l -> l.withFinding(madeNow)).toList());
	}

	/** @return what waits for the signed-in unit's liaison */
	public UnitCounts unitCounts() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isUnit());
		return this.queries.unitCounts(scope.unitId(), today());
	}

	/** @return what waits for the office, or for a town official within the town */
	public OfficeCounts officeCounts() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || scope.isTown());
		return this.queries.officeCounts(scope.isTown() ? scope.townId() : null, today());
	}

	/** @return the count the navigation shows: answers to verify for the office, findings to answer for a unit */
	public long badgeCount() {
		DataScope scope = this.scopes.current();
		if (scope.isOffice()) {
			return this.queries.officeCounts(null, today()).toVerify();
		}
		return scope.isUnit() ? this.queries.unitCounts(scope.unitId(), today()).toAnswer() : 0;
	}

	/** @return the units for the form and the filter */
	public List<Choice> unitChoices() {
		return this.organization.unitChoices();
	}

	/** @return the active teams for the form: town, village and unit */
	public List<Choice> teamChoices() {
		return this.queries.teamChoices();
	}

	/** @return the unit's active cadres for the form */
	public List<Choice> cadreChoices(Long unitId) {
		return unitId == null ? List.of() : this.organization.cadreChoices(unitId);
	}

	/** @return the towns for the office's filter */
	public List<Choice> townChoices() {
		return this.organization.townChoices();
	}

	/** @return whether the signed-in user may open the finding's page (a page links to it only then) */
	public boolean canOpen(Long id) {
		return id != null && canRead(id);
	}

	/** @return whether the signed-in user may see the finding (for its files) */
	boolean canRead(long id) {
		return this.findings.findById(id).map(f -> f.visibleTo(actor())).orElse(false);
	}

	/** @return whether the signed-in user may change the office's files of the finding (office, before it closes) */
	boolean canWriteFiles(long id) {
		return this.findings.findById(id)
			.map(f -> actor().isOffice() && f.state() != FindingState.CLOSED)
			.orElse(false);
	}

	/** @return whether the signed-in user may change the answer's files (the unit, while it is to answer) */
	boolean canWriteAnswerFiles(long id) {
		return this.findings.findById(id).map(f -> f.may(actor(), FindingAction.ANSWER)).orElse(false);
	}

	private Finding fromSpotCheck(Actor actor, Long spotCheckId) {
		SpotCheckDetail check = this.attendance.spotCheck(spotCheckId)
			.orElseThrow(() -> new NotFoundException("spotCheck", spotCheckId));
		if (!check.isDiscrepancy()) {
			throw BusinessRuleException.global("oversight.fact.not-discrepancy");
		}
		CadreRef cadre = this.organization.cadre(check.cadreId())
			.orElseThrow(() -> new NotFoundException("cadre", check.cadreId()));
		Long townId = this.workTeams.activeTeamOf(check.cadreId(), check.day())
			.map(TeamAssignment::villageId)
			.flatMap(this.organization::village)
			.map(VillageRef::townId)
			.orElse(null);
		String description = message("oversight.fact.spot-check.description", check.cadreName(),
				check.villageName() == null ? "" : check.villageName(), check.day().toString(),
				message("oversight.fact.method." + check.method().name()));
		return Finding.open(actor, FindingSource.SPOT_CHECK,
				Subject.cadre(check.cadreId(), cadre.unitId(), check.teamId(), townId), description,
				defaultDeadline(), new Fact(FactKind.SPOT_CHECK, spotCheckId, null), today(), this.clock.instant());
	}

	private Finding fromReduction(Actor actor, Long teamId, YearMonth month) {
		ReductionLine line = this.reductions.forMonth(month)
			.stream()
			.filter(r -> r.teamId().equals(teamId))
			.findFirst()
			.orElseThrow(() -> BusinessRuleException.global("oversight.fact.not-reduced"));
		Long townId = this.organization.village(line.villageId()).map(VillageRef::townId).orElse(null);
		String departed = String.join("、", line.departures().stream().map(d -> d.cadreName()).toList());
		String description = message("oversight.fact.reduction.description", line.villageName(), month.toString(),
				line.baseline(), line.countAfter(), departed);
		return Finding.open(actor, FindingSource.REPORT_REVIEW, Subject.team(teamId, line.unitId(), townId),
				description, defaultDeadline(), new Fact(FactKind.REDUCTION, teamId, month), today(),
				this.clock.instant());
	}

	private Finding fromReturnedReport(Actor actor, Long reportId, YearMonth month) {
		ReturnedReport report = this.reports.returned(month)
			.stream()
			.filter(r -> r.reportId().equals(reportId))
			.findFirst()
			.orElseThrow(() -> BusinessRuleException.global("oversight.fact.not-returned"));
		String description = message("oversight.fact.report-returned.description", report.unitName(),
				month.toString());
		return Finding.open(actor, FindingSource.REPORT_REVIEW, Subject.unit(report.unitId()), description,
				defaultDeadline(), new Fact(FactKind.REPORT_RETURNED, reportId, month), today(), this.clock.instant());
	}

	private Finding fromShortfall(Actor actor, Long unitId, YearMonth month) {
		UnitDutyShortfall shortfall = this.unitDuties.shortfalls(month)
			.stream()
			.filter(s -> s.unitId().equals(unitId))
			.findFirst()
			.orElseThrow(() -> BusinessRuleException.global("oversight.fact.not-short"));
		String description = message("oversight.fact.shortfall.description", shortfall.unitName(), month.toString(),
				shortfall(shortfall));
		return Finding.open(actor, FindingSource.REPORT_REVIEW, Subject.unit(unitId), description, defaultDeadline(),
				new Fact(FactKind.UNIT_SHORTFALL, unitId, month), today(), this.clock.instant());
	}

	private Finding fromOverdueHousehold(Actor actor, Long householdId, YearMonth month) {
		if (!month.equals(YearMonth.from(today()))) {
			throw BusinessRuleException.global("oversight.fact.not-overdue");
		}
		OverdueHousehold household = this.pairings.overdueHousehold(householdId)
			.orElseThrow(() -> BusinessRuleException.global("oversight.fact.not-overdue"));
		CadreRef cadre = this.organization.cadre(household.cadreId())
			.orElseThrow(() -> new NotFoundException("cadre", household.cadreId()));
		Optional<TeamAssignment> team = this.workTeams.activeTeamOf(cadre.id(), today());
		Long townId = team.map(TeamAssignment::villageId)
			.flatMap(this.organization::village)
			.map(VillageRef::townId)
			.orElse(null);
		String description = message("oversight.fact.household.description", household.cadreName(),
				household.villageName(), household.headName(), household.code(),
				household.lastContactOn() == null ? "—" : household.lastContactOn().toString(),
				household.lastHomeVisitOn() == null ? "—" : household.lastHomeVisitOn().toString());
		return Finding.open(actor, FindingSource.REPORT_REVIEW,
				Subject.cadre(cadre.id(), cadre.unitId(), team.map(TeamAssignment::teamId).orElse(null), townId),
				description, defaultDeadline(), new Fact(FactKind.HOUSEHOLD_OVERDUE, householdId, month), today(),
				this.clock.instant());
	}

	private Finding fromLateMonitoring(Actor actor, Long caseId) {
		MonitoringPastDeadline late = this.pairings.monitoringPastDeadline(today())
			.stream()
			.filter(m -> m.caseId().equals(caseId))
			.findFirst()
			.orElseThrow(() -> BusinessRuleException.global("oversight.fact.not-late"));
		FindingQueries.VillageTeam team = this.pairings.villageOf(late.householdId())
			.flatMap(this.queries::activeTeamOfVillage)
			.orElseThrow(() -> BusinessRuleException.global("oversight.fact.no-team"));
		String description = message("oversight.fact.monitoring.description", late.townName(), late.villageName(),
				late.headName(), late.flaggedOn().toString(), late.deadline().toString());
		return Finding.open(actor, FindingSource.REPORT_REVIEW, Subject.team(team.teamId(), team.unitId(),
				team.townId()), description, defaultDeadline(), new Fact(FactKind.MONITORING_LATE, caseId, null),
				today(), this.clock.instant());
	}

	/** @return what the unit fell short of: the principal's visits and the other leaders' days, against the rule */
	private String shortfall(UnitDutyShortfall s) {
		return message("oversight.fact.shortfall.detail", s.principalVisits(), s.principalRequired(), s.othersDays(),
				s.othersRequired());
	}

	private Subject subject(FindingCommand command) {
		if (command.subjectKind() == null) {
			throw new BusinessRuleException("subjectKind", "oversight.finding.error.subject-required");
		}
		return switch (command.subjectKind()) {
			case UNIT -> {
				if (command.unitId() == null || this.organization.unit(command.unitId()).isEmpty()) {
					throw new BusinessRuleException("unitId", "oversight.finding.error.unit-required");
				}
				yield Subject.unit(command.unitId());
			}
			case TEAM -> {
				if (command.teamId() == null) {
					throw new BusinessRuleException("teamId", "oversight.finding.error.team-required");
				}
				TeamFacts team = this.workTeams.team(command.teamId())
					.orElseThrow(() -> new BusinessRuleException("teamId", "oversight.finding.error.team-required"));
				yield Subject.team(team.id(), team.unitId(), team.townId());
			}
			case CADRE -> {
				CadreRef cadre = command.cadreId() == null ? null
						: this.organization.cadre(command.cadreId()).orElse(null);
				if (cadre == null) {
					throw new BusinessRuleException("cadreId", "oversight.finding.error.cadre-required");
				}
				Optional<TeamAssignment> team = this.workTeams.activeTeamOf(cadre.id(), today());
				Long townId = team.map(TeamAssignment::villageId)
					.flatMap(this.organization::village)
					.map(VillageRef::townId)
					.orElse(null);
				yield Subject.cadre(cadre.id(), cadre.unitId(), team.map(TeamAssignment::teamId).orElse(null), townId);
			}
		};
	}

	private Finding forChange(Long id, long version) {
		Finding finding = find(id);
		this.scopes.require(finding.visibleTo(actor()));
		finding.checkVersion(version);
		return finding;
	}

	private Finding find(Long id) {
		return this.findings.findById(id).orElseThrow(() -> new NotFoundException("finding", id));
	}

	/** Takes a step of the flow, turning the domain's refusal into 403; other rule violations go to the page. */
	private static void step(Runnable step) {
		try {
			step.run();
		}
		catch (FindingRuleException ex) {
			throw ex.refused() ? new AccessDeniedException(ex.messageKey()) : ex;
		}
	}

	private DataScope requireReader() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || scope.isTown() || scope.isUnit());
		return scope;
	}

	private Actor officeActor() {
		Actor actor = actor();
		if (!actor.isOffice()) {
			throw new AccessDeniedException("Office only");
		}
		return actor;
	}

	private Actor actor() {
		DataScope scope = this.scopes.current();
		String name = currentName(scope);
		if (scope.isOffice()) {
			return Actor.office(name);
		}
		if (scope.isTown()) {
			return Actor.town(scope.townId(), name);
		}
		if (scope.isUnit()) {
			return Actor.unit(scope.unitId(), name);
		}
		return Actor.other(name);
	}

	private static String currentName(DataScope scope) {
		Object principal = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication()
			.getPrincipal();
		if (principal instanceof CurrentAccount account && account.displayName() != null) {
			return account.displayName();
		}
		return scope.username();
	}

	/**
	 * @return whether the reader may open the fact's page: a town official follows a finding about a cadre serving in
	 * the town, whose overdue household may lie in another town (then the fact is named, not linked)
	 */
	private boolean opens(Actor actor, Fact fact) {
		if (fact.kind() != FactKind.HOUSEHOLD_OVERDUE || actor.isOffice() || actor.townId() == null) {
			return true;
		}
		return this.pairings.villageOf(fact.id())
			.flatMap(this.organization::village)
			.map(v -> actor.townId().equals(v.townId()))
			.orElse(false);
	}

	/** @return the page of the fact */
	static String href(Fact fact) {
		return switch (fact.kind()) {
			case SPOT_CHECK -> "/attendance/spot-checks/" + fact.id();
			case REDUCTION -> "/teams/" + fact.id();
			case REPORT_RETURNED -> "/monthly-reports/" + fact.id();
			case UNIT_SHORTFALL -> "/unit-duties?month=" + fact.month();
			case HOUSEHOLD_OVERDUE -> "/households/" + fact.id();
			case MONITORING_LATE -> "/monitoring/" + fact.id();
		};
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
