package org.zhucun.pairings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.organization.OrganizationRefs.UnitRef;
import org.zhucun.pairings.domain.MonitoringActor;
import org.zhucun.pairings.domain.MonitoringCase;
import org.zhucun.pairings.domain.MonitoringCaseRepository;
import org.zhucun.pairings.domain.MonitoringMeasure;
import org.zhucun.pairings.domain.MonitoringMeasureRepository;
import org.zhucun.pairings.domain.MonitoringSource;
import org.zhucun.pairings.domain.MonitoringState;
import org.zhucun.pairings.domain.MonitoringStep;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.shared.web.Paging;

/**
 * Monitoring for return to poverty within the signed-in account's scope: flagging a household, the steps of a case
 * each by the role that owns it (the paired cadre's unit verifies and adds, changes and removes the assistance
 * measures, the town publishes, reviews and clears, the office confirms), the list with the cases past their
 * deadline, and the village notice.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringService {

	/** What a step's form gives. */
	public record StepCommand(LocalDate date, boolean approve, String reason, long version) {
	}

	/** What the village notice shows: no income, health or other sensitive details. */
	public record Notice(String townName, String villageName, String headName, String code, LocalDate from,
			LocalDate until) {
	}

	private final MonitoringCaseRepository cases;

	private final MonitoringMeasureRepository measures;

	private final Organization organization;

	private final HouseholdQueries queries;

	private final HouseholdService households;

	private final ScopeService scopes;

	private final PolicySettings settings;

	private final Clock clock;

	MonitoringService(MonitoringCaseRepository cases, MonitoringMeasureRepository measures, Organization organization,
			HouseholdQueries queries, HouseholdService households, ScopeService scopes, PolicySettings settings,
			Clock clock) {
		this.cases = cases;
		this.measures = measures;
		this.organization = organization;
		this.queries = queries;
		this.households = households;
		this.scopes = scopes;
		this.settings = settings;
		this.clock = clock;
	}

	/** @return one page of the cases in scope */
	public Page<MonitoringRow> search(MonitoringState state, Boolean late, int page) {
		return this.queries.monitoring(this.scopes.current(), state, late, today(), Paging.page(page));
	}

	/** @return the days from a flag within which the district must confirm, as in force today (15) */
	public int deadlineDays() {
		return this.settings.intValue(PairingSettings.DEADLINE_DAYS, today());
	}

	/** @return the case's page; 404 when there is none, 403 outside the scope */
	public MonitoringDetail get(Long id) {
		MonitoringCase c = this.cases.findById(id).orElseThrow(() -> new NotFoundException("monitoring case", id));
		MonitoringRow row = this.queries.monitoringRow(this.scopes.current(), id, today())
			.orElseThrow(() -> new AccessDeniedException("Monitoring case outside the scope"));
		List<MeasureRow> measures = measureRows(this.measures.findByCaseIdOrderByStartDateAscIdAsc(id));
		return new MonitoringDetail(row, c, measures, steps(c, measures.size()));
	}

	private List<MeasureRow> measureRows(List<MonitoringMeasure> list) {
		Map<Long, String> units = this.organization
			.unitNames(list.stream().map(MonitoringMeasure::getUnitId).filter(Objects::nonNull).distinct().toList());
		return list.stream()
			.map(m -> new MeasureRow(m.getId(), m.getCaseId(), m.getKind(), m.getStartDate(), m.getEndDate(),
					m.getUnitId(), m.getUnitId() == null ? null : units.get(m.getUnitId()), m.getResult(),
					m.getVersion()))
			.toList();
	}

	/** @return the active aid units by name, to pick a measure's responsible unit from */
	public List<Choice> unitChoices() {
		return this.organization.unitChoices();
	}

	/** @return the unit of the signed-in account, the usual responsible unit of its measures, or {@code null} */
	public Long ownUnit() {
		return this.scopes.current().unitId();
	}

	/**
	 * Adds an assistance measure to a confirmed case, as the role that owns the measures step.
	 * @return the measure's id
	 */
	@Transactional
	public Long addMeasure(Long caseId, MonitoringMeasure.Data data, long caseVersion) {
		MonitoringCase c = caseForMeasures(caseId, caseVersion);
		checkUnit(data.unitId());
		return this.measures.saveAndFlush(new MonitoringMeasure(c, actor(c.getHouseholdId()), data, today())).getId();
	}

	/** Changes an assistance measure of a confirmed case, as the role that owns the measures step. */
	@Transactional
	public void changeMeasure(Long caseId, Long measureId, MonitoringMeasure.Data data, long version) {
		MonitoringCase c = caseForMeasures(caseId, null);
		MonitoringMeasure m = measureOf(caseId, measureId);
		m.checkVersion(version);
		checkUnit(data.unitId());
		m.change(c, actor(c.getHouseholdId()), data, today());
		this.measures.saveAndFlush(m);
	}

	/** Removes an assistance measure of a confirmed case, as the role that owns the measures step. */
	@Transactional
	public void removeMeasure(Long caseId, Long measureId, long version) {
		MonitoringCase c = caseForMeasures(caseId, null);
		MonitoringMeasure m = measureOf(caseId, measureId);
		m.checkVersion(version);
		m.checkRemove(c, actor(c.getHouseholdId()));
		this.measures.delete(m);
		this.measures.flush();
	}

	/** Refuses (403) a reader who may not change the case's measures now. */
	public void requireMeasures(MonitoringDetail detail) {
		this.scopes.require(detail.canMeasure());
	}

	/** @return the measure of the case for its edit form (the case's scope checked), 404 when there is none */
	public MeasureRow measure(Long caseId, Long measureId) {
		get(caseId);
		return measureRows(List.of(measureOf(caseId, measureId))).get(0);
	}

	private MonitoringCase caseForMeasures(Long caseId, Long caseVersion) {
		MonitoringCase c = this.cases.findById(caseId)
			.orElseThrow(() -> new NotFoundException("monitoring case", caseId));
		get(caseId);
		if (caseVersion != null) {
			c.checkVersion(caseVersion);
		}
		return c;
	}

	private MonitoringMeasure measureOf(Long caseId, Long measureId) {
		return this.measures.findById(measureId)
			.filter(m -> m.getCaseId() == caseId)
			.orElseThrow(() -> new NotFoundException("monitoring measure", measureId));
	}

	private void checkUnit(Long unitId) {
		if (unitId != null && this.organization.unit(unitId).filter(UnitRef::active).isEmpty()) {
			throw new BusinessRuleException("unitId", "pairings.measure.unit.unknown");
		}
	}

	/**
	 * @return whether the signed-in account may flag the household: every reader but the office's staff and the
	 * responsible cadres who are not stationed (whose unit flags what their visits find)
	 */
	public boolean canFlag(Long householdId) {
		DataScope scope = this.scopes.current();
		return (!scope.isOffice() || scope.isOfficeAdmin()) && !scope.isCadre();
	}

	/** Refuses (403) an account that may not flag the household. */
	public void requireFlag(Long householdId) {
		this.scopes.require(canFlag(householdId));
	}

	/**
	 * Flags a household the account may read.
	 * @return the case's id
	 */
	@Transactional
	public Long flag(Long householdId, LocalDate flaggedOn, MonitoringSource source, String reason, BigDecimal income) {
		this.households.get(householdId);
		this.scopes.require(canFlag(householdId));
		int days = this.settings.intValue(PairingSettings.DEADLINE_DAYS, flaggedOn);
		return this.cases.saveAndFlush(new MonitoringCase(householdId, flaggedOn, source, reason, income, days, today()))
			.getId();
	}

	/** Takes a step of the case, as the role that owns it. */
	@Transactional
	public void act(Long id, MonitoringStep step, StepCommand c) {
		MonitoringCase m = this.cases.findById(id).orElseThrow(() -> new NotFoundException("monitoring case", id));
		get(id);
		m.checkVersion(c.version());
		MonitoringActor actor = actor(m.getHouseholdId());
		LocalDate today = today();
		switch (step) {
			case VERIFY -> m.verify(actor, c.date(), today);
			case PUBLISH -> m.publish(actor, c.date(), today);
			case TOWN_REVIEW -> m.townReview(actor, c.approve(), c.reason(), c.date(),
					this.settings.intValue(PairingSettings.PUBLICITY_DAYS, c.date() == null ? today : c.date()), today);
			case CONFIRM -> m.confirm(actor, c.approve(), c.reason(), c.date(), today);
			case MEASURE -> throw new NotFoundException("monitoring step", step);
			case CLEAR -> m.clear(actor, c.date(), c.reason(), this.measures.countByCaseId(id), today);
		}
		this.cases.saveAndFlush(m);
	}

	/** @return the village notice of a case in publicity or later; 403 outside the scope */
	public Notice notice(Long id) {
		MonitoringDetail d = get(id);
		MonitoringCase c = d.monitoringCase();
		this.scopes.require(c.getPublicityFrom() != null);
		int days = this.settings.intValue(PairingSettings.PUBLICITY_DAYS, c.getPublicityFrom());
		return new Notice(d.row().townName(), d.row().villageName(), d.row().headName(), d.row().code(),
				c.getPublicityFrom(), c.getPublicityFrom().plusDays(days - 1));
	}

	private Set<MonitoringStep> steps(MonitoringCase c, int measures) {
		MonitoringActor actor = actor(c.getHouseholdId());
		Set<MonitoringStep> steps = EnumSet.noneOf(MonitoringStep.class);
		MonitoringStep next = switch (c.getState()) {
			case FLAGGED -> MonitoringStep.VERIFY;
			case VERIFIED -> MonitoringStep.PUBLISH;
			case IN_PUBLICITY -> MonitoringStep.TOWN_REVIEW;
			case TOWN_APPROVED -> MonitoringStep.CONFIRM;
			case CONFIRMED -> measures == 0 ? MonitoringStep.MEASURE : MonitoringStep.CLEAR;
			default -> null;
		};
		if (next != null && actor.owns(next)) {
			steps.add(next);
		}
		if (c.getState() == MonitoringState.CONFIRMED && actor.owns(MonitoringStep.MEASURE)) {
			steps.add(MonitoringStep.MEASURE);
		}
		return steps;
	}

	/** @return the part the signed-in account plays for the household's cases */
	private MonitoringActor actor(long householdId) {
		DataScope scope = this.scopes.current();
		if (scope.isOffice()) {
			return MonitoringActor.OFFICE;
		}
		if (scope.isTown() && scope.townId() != null && scope.townId().equals(this.queries.townOf(householdId))) {
			return MonitoringActor.TOWN;
		}
		if (scope.isUnit() && scope.unitId() != null && this.queries.unitReaches(scope.unitId(), householdId)) {
			return MonitoringActor.UNIT;
		}
		return MonitoringActor.OTHER;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** @return the household's cases (the caller has checked that the household may be read) */
	public java.util.List<MonitoringRow> ofHousehold(Long householdId) {
		return this.queries.monitoringOf(householdId, today());
	}
}
