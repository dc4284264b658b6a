package org.zhucun.monthlyreports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.CurrentAccount;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.monthlyreports.ReportContent.Texts;
import org.zhucun.monthlyreports.domain.MonthlyReport;
import org.zhucun.monthlyreports.domain.MonthlyReportRepository;
import org.zhucun.monthlyreports.domain.ReportAction;
import org.zhucun.monthlyreports.domain.ReportActor;
import org.zhucun.monthlyreports.domain.ReportLog;
import org.zhucun.monthlyreports.domain.ReportRules;
import org.zhucun.monthlyreports.ReportState;
import org.zhucun.notifications.Notifications;
import org.zhucun.organization.Organization;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.settings.PolicySettings;

import tools.jackson.databind.json.JsonMapper;

/**
 * The monthly reports (DOMAIN §9): the unit drafts its month's report pre-filled from the records, writes its sections,
 * refreshes the figures and submits; the office accepts, returns with a comment or reopens an accepted report with a
 * reason. Reads and writes are checked against the signed-in account's scope: the unit its own reports, a town the
 * units serving its villages (read only), the office all. Every transition is logged; the unit is told of a return
 * or an acceptance.
 */
@Service
public class ReportService {

	/** Form field of the return's or the reopening's reason. */
	public static final String COMMENT_FIELD = "comment";

	private final MonthlyReportRepository reports;

	private final ReportLog log;

	private final ReportFacts facts;

	private final ScopeService scopes;

	private final Organization organization;

	private final PolicySettings settings;

	private final Notifications notifications;

	private final Clock clock;

	private final JsonMapper json;

	ReportService(MonthlyReportRepository reports, ReportLog log, ReportFacts facts, ScopeService scopes,
			Organization organization, PolicySettings settings, Notifications notifications, Clock clock,
			JsonMapper json) {
		this.reports = reports;
		this.log = log;
		this.facts = facts;
		this.scopes = scopes;
		this.organization = organization;
		this.settings = settings;
		this.notifications = notifications;
		this.clock = clock;
		this.json = json;
	}

	/** @return the month of today in the district */
	public YearMonth currentMonth() {
		return YearMonth.now(this.clock);
	}

	/** @return today in the district */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** @return the due date of the month's reports, by the due day in force in that month */
	public LocalDate dueDate(YearMonth month) {
		return ReportSettings.dueDate(this.settings, month);
	}

	/**
	 * Starts the signed-in unit's report of the month (or finds the one started), pre-filled from the records.
	 * @return the report
	 */
	@Transactional
	public long start(YearMonth month) {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isUnit() && scope.unitId() != null);
		if (month.isAfter(currentMonth()) || month.isBefore(currentMonth().minusMonths(12))) {
			throw BusinessRuleException.global("monthlyreports.error.month-out-of-range");
		}
		return this.reports.findByUnitAndMonth(scope.unitId(), month.atDay(1)).map(MonthlyReport::getId).orElseGet(() -> {
			Instant now = this.clock.instant();
			MonthlyReport report = new MonthlyReport(ReportActor.UNIT, scope.unitId(), month, dueDate(month),
					toJson(this.facts.of(scope.unitId(), month)), now);
			this.reports.saveAndFlush(report);
			event(report, ReportAction.DRAFT, null, null, now);
			return report.getId();
		});
	}

	/** @return the report as the signed-in user may see it */
	@Transactional(readOnly = true)
	public ReportView show(long id) {
		MonthlyReport report = find(id);
		ReportActor actor = readableBy(report);
		return view(report, actor);
	}

	/** @return the signed-in unit's report of the month, if started */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> ownReport(YearMonth month) {
		DataScope scope = this.scopes.current();
		if (!scope.isUnit() || scope.unitId() == null) {
			return java.util.Optional.empty();
		}
		return this.reports.findByUnitAndMonth(scope.unitId(), month.atDay(1)).map(MonthlyReport::getId);
	}

	/** @return the signed-in unit's months, from the current one back a year, with their reports */
	@Transactional(readOnly = true)
	public List<UnitMonth> unitMonths() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isUnit() && scope.unitId() != null);
		YearMonth current = currentMonth();
		Map<YearMonth, MonthlyReport> byMonth = new java.util.HashMap<>();
		this.reports.findByUnitSince(scope.unitId(), current.minusMonths(12).atDay(1))
			.forEach(r -> byMonth.put(r.getMonth(), r));
		List<UnitMonth> months = new java.util.ArrayList<>();
		for (int i = 0; i <= 12; i++) {
			YearMonth m = current.minusMonths(i);
			MonthlyReport r = byMonth.get(m);
			months.add(r == null ? new UnitMonth(m, dueDate(m), null, null, false, null)
					: new UnitMonth(m, r.getDueDate(), r.getId(), r.getState(), r.isLate(), r.getSubmittedAt()));
		}
		return months;
	}

	/** Saves the unit's written sections. */
	@Transactional
	public void write(long id, long version, Texts texts) {
		MonthlyReport report = edit(id, version);
		report.write(ReportActor.UNIT, texts.workDone(), texts.problems(), texts.helpNeeded(), texts.nextPlan());
	}

	/** Pre-fills the figures again from the records (draft or returned only), keeping the written sections. */
	@Transactional
	public void refresh(long id, long version, Texts texts) {
		MonthlyReport report = edit(id, version);
		report.write(ReportActor.UNIT, texts.workDone(), texts.problems(), texts.helpNeeded(), texts.nextPlan());
		report.refresh(ReportActor.UNIT, toJson(this.facts.of(report.getUnitId(), report.getMonth())),
				this.clock.instant());
	}

	/**
	 * Saves the sections and submits: the content the unit saw is frozen as the submission's snapshot.
	 * @return the number of the submission
	 */
	@Transactional
	public int submit(long id, long version, Texts texts) {
		MonthlyReport report = edit(id, version);
		report.write(ReportActor.UNIT, texts.workDone(), texts.problems(), texts.helpNeeded(), texts.nextPlan());
		ReportState from = report.getState();
		Instant now = this.clock.instant();
		int number = report.submit(ReportActor.UNIT, now);
		ReportContent content = draftContent(report);
		this.log.submission(report.getId(), number, toJson(content), now, this.scopes.current().username(),
				ReportRules.late(now, report.getDueDate()));
		event(report, ReportAction.SUBMIT, from, null, now);
		return number;
	}

	/** The office accepts the submitted report, with optional comments per section; the unit is told. */
	@Transactional
	public void accept(long id, long version, Map<Section, String> comments) {
		MonthlyReport report = review(id, version);
		Instant now = this.clock.instant();
		report.accept(ReportActor.OFFICE, now);
		comments(report, comments, now);
		event(report, ReportAction.ACCEPT, ReportState.SUBMITTED, null, now);
		this.notifications.sendToUnit(report.getUnitId(), "monthlyreports.accepted", "monthlyreports.notice.accepted",
				new Object[] { report.getMonth().toString() }, "/monthly-reports/" + report.getId(),
				"monthlyreports.accepted." + report.getId() + "." + report.getSubmissions());
	}

	/**
	 * The office returns the submitted report with a comment (required) and comments per section; the unit is told.
	 * @throws BusinessRuleException on {@link #COMMENT_FIELD} when the comment is blank
	 */
	@Transactional
	public void sendBack(long id, long version, String comment, Map<Section, String> comments) {
		String reason = required(comment);
		MonthlyReport report = review(id, version);
		Instant now = this.clock.instant();
		report.sendBack(ReportActor.OFFICE, now);
		this.log.comment(report.getId(), report.getSubmissions(), Section.GENERAL.name(), reason,
				this.scopes.current().username(), actorName(), now);
		comments(report, comments, now);
		event(report, ReportAction.RETURN, ReportState.SUBMITTED, reason, now);
		this.notifications.sendToUnit(report.getUnitId(), "monthlyreports.returned", "monthlyreports.notice.returned",
				new Object[] { report.getMonth().toString() }, "/monthly-reports/" + report.getId(),
				"monthlyreports.returned." + report.getId() + "." + report.getSubmissions());
	}

	/**
	 * The office reopens an accepted report with a reason (required); it goes back to the unit as returned.
	 * @throws BusinessRuleException on {@link #COMMENT_FIELD} when the reason is blank
	 */
	@Transactional
	public void reopen(long id, long version, String reason) {
		String why = required(reason);
		MonthlyReport report = find(id);
		this.scopes.requireOffice();
		report.checkVersion(version);
		Instant now = this.clock.instant();
		report.reopen(ReportActor.OFFICE, now);
		this.log.comment(report.getId(), report.getSubmissions(), Section.GENERAL.name(), why,
				this.scopes.current().username(), actorName(), now);
		event(report, ReportAction.REOPEN, ReportState.ACCEPTED, why, now);
		this.notifications.sendToUnit(report.getUnitId(), "monthlyreports.reopened", "monthlyreports.notice.reopened",
				new Object[] { report.getMonth().toString() }, "/monthly-reports/" + report.getId(), null);
	}

	private MonthlyReport find(long id) {
		return this.reports.findById(id).orElseThrow(() -> new NotFoundException("monthly report", id));
	}

	private MonthlyReport edit(long id, long version) {
		MonthlyReport report = find(id);
		if (actor(report) != ReportActor.UNIT) {
			throw new AccessDeniedException("Not the report's unit");
		}
		report.checkVersion(version);
		return report;
	}

	private MonthlyReport review(long id, long version) {
		MonthlyReport report = find(id);
		this.scopes.requireOffice();
		report.checkVersion(version);
		return report;
	}

	/** @return the actor the signed-in account is for the report: the unit's own liaison, the office, or another */
	private ReportActor actor(MonthlyReport report) {
		DataScope scope = this.scopes.current();
		if (scope.isOffice()) {
			return ReportActor.OFFICE;
		}
		if (scope.isUnit() && Objects.equals(scope.unitId(), report.getUnitId())) {
			return ReportActor.UNIT;
		}
		return ReportActor.OTHER;
	}

	/** Refuses anyone who may not read the report: another unit, a town the unit does not serve, team roles. */
	private ReportActor readableBy(MonthlyReport report) {
		ReportActor actor = actor(report);
		if (actor == ReportActor.OTHER) {
			DataScope scope = this.scopes.current();
			this.scopes.require(scope.isTown()
					&& this.organization.unitsLinkedToTown(scope.townId()).contains(report.getUnitId()));
		}
		return actor;
	}

	private ReportView view(MonthlyReport report, ReportActor actor) {
		int n = report.getSubmissions();
		ReportContent latest = n == 0 ? null : fromJson(this.log.submission(report.getId(), n).orElseThrow().content());
		ReportContent content = report.getState().editable() ? draftContent(report) : latest;
		ReportContent previous;
		if (report.getState().editable()) {
			previous = latest;
		}
		else {
			previous = n < 2 ? null : fromJson(this.log.submission(report.getId(), n - 1).orElseThrow().content());
		}
		Set<String> changed = ReportDiff.between(previous, content);
		int cadresNotShown = 0;
		DataScope scope = this.scopes.current();
		if (scope.isTown() && content != null) {
			// A town official reads the attendance of the town's cadres only (DOMAIN §1, TownCadres): one query.
			org.zhucun.identity.CadreSight sight = this.scopes.cadreSight(scope);
			int all = content.attendance().size();
			content = content.attendanceOf(cadre -> sight.sees(cadre, null));
			previous = previous == null ? null : previous.attendanceOf(cadre -> sight.sees(cadre, null));
			cadresNotShown = all - content.attendance().size();
		}
		String unitName = this.organization.unitNames(List.of(report.getUnitId())).get(report.getUnitId());
		return new ReportView(report.getId(), report.getVersion(), report.getUnitId(), unitName, report.getMonth(),
				report.getState(), report.getDueDate(), report.isLate(), n, report.getSubmittedAt(),
				report.getFactsAt(), content, previous, changed, this.log.comments(report.getId()),
				this.log.events(report.getId()),
				ReportRules.allows(actor, ReportAction.SUBMIT, report.getState()),
				ReportRules.allows(actor, ReportAction.ACCEPT, report.getState()),
				ReportRules.allows(actor, ReportAction.REOPEN, report.getState()), cadresNotShown);
	}

	private ReportContent draftContent(MonthlyReport report) {
		return fromJson(report.getFacts()).with(new Texts(report.getWorkDone(), report.getProblems(),
				report.getHelpNeeded(), report.getNextPlan()));
	}

	private void comments(MonthlyReport report, Map<Section, String> comments, Instant now) {
		if (comments == null) {
			return;
		}
		comments.forEach((section, text) -> {
			if (section != Section.GENERAL && text != null && !text.isBlank()) {
				this.log.comment(report.getId(), report.getSubmissions(), section.name(), text.strip(),
						this.scopes.current().username(), actorName(), now);
			}
		});
	}

	private void event(MonthlyReport report, ReportAction action, ReportState from, String reason, Instant at) {
		this.log.event(report.getId(), action, from, report.getState(), this.scopes.current().username(), actorName(),
				reason, at);
	}

	private static String required(String comment) {
		if (comment == null || comment.isBlank()) {
			throw new BusinessRuleException(COMMENT_FIELD, "monthlyreports.error.comment-required");
		}
		return comment.strip();
	}

	private String actorName() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof CurrentAccount account ? account.displayName()
				: this.scopes.current().username();
	}

	String toJson(ReportContent content) {
		return this.json.writeValueAsString(content);
	}

	ReportContent fromJson(String text) {
		return this.json.readValue(text, ReportContent.class);
	}
}
