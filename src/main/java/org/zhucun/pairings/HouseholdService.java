package org.zhucun.pairings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Organization;
import org.zhucun.organization.OrganizationRefs.VillageRef;
import org.zhucun.pairings.domain.ContactRule;
import org.zhucun.pairings.domain.Household;
import org.zhucun.pairings.domain.HouseholdMember;
import org.zhucun.pairings.domain.HouseholdRepository;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.shared.web.Paging;

/**
 * The household register within the signed-in account's scope: lists, the household's page, registration and
 * changes (the office administrator and the town's officials), with the category checked against the history.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdService {

	private final HouseholdRepository households;

	private final HouseholdQueries queries;

	private final ScopeService scopes;

	private final Organization organization;

	private final PolicySettings settings;

	private final Clock clock;

	HouseholdService(HouseholdRepository households, HouseholdQueries queries, ScopeService scopes,
			Organization organization, PolicySettings settings, Clock clock) {
		this.households = households;
		this.queries = queries;
		this.scopes = scopes;
		this.organization = organization;
		this.settings = settings;
		this.clock = clock;
	}

	/** @return one page of the households in scope */
	public Page<HouseholdRow> search(HouseholdFilter filter, int page) {
		return this.queries.search(this.scopes.current(), filter, dates(), Paging.page(page));
	}

	/** @return one page of the households in scope, whose number the caller has counted already ({@link #counts}) */
	public Page<HouseholdRow> search(HouseholdFilter filter, int page, HouseholdCounts counted) {
		return this.queries.search(this.scopes.current(), filter, dates(), Paging.page(page), counted.households());
	}

	/** Streams the households in scope, for an export. */
	public void forEach(HouseholdFilter filter, Consumer<HouseholdRow> each) {
		this.queries.forEach(this.scopes.current(), filter, dates(), each);
	}

	/** @return the household's page; 404 when there is none, 403 outside the scope */
	public HouseholdDetail get(Long id) {
		Household h = this.households.findById(id).orElseThrow(() -> new NotFoundException("household", id));
		DataScope scope = this.scopes.current();
		HouseholdRow row = this.queries.row(scope, id, dates())
			.orElseThrow(() -> new AccessDeniedException("Household outside the scope"));
		return new HouseholdDetail(row, h.getHeadPhone(), h.getIncomeSources(), List.copyOf(h.getRiskTags()),
				h.getMembers(), h.getCategories(), h.getIncomes(), this.queries.pairingsOf(id), h.getVersion(),
				canEdit(scope, id), canPair(scope, id));
	}

	/** @return whether the signed-in account may register households */
	public boolean canCreate() {
		DataScope scope = this.scopes.current();
		return scope.isOfficeAdmin() || scope.isTown();
	}

	/** @return the town a town official registers in, or {@code null} */
	public Long fixedTown() {
		return this.scopes.current().townFilter();
	}

	/** Refuses (403) anyone who may not register households. */
	public void requireCreate() {
		this.scopes.require(canCreate());
	}

	/** @return the household for its edit form; 403 unless the account may change it */
	public HouseholdDetail getForEdit(Long id) {
		HouseholdDetail detail = get(id);
		this.scopes.require(detail.canEdit());
		return detail;
	}

	/** Registers a household. */
	@Transactional
	public Long create(HouseholdCommand c) {
		requireCreate();
		VillageRef village = village(c.villageId());
		LocalDate today = LocalDate.now(this.clock);
		checkCode(c.code(), null);
		Household h = new Household(c.code(), village.id(), c.headName(), c.headPhone(), c.category(),
				c.monitoredKind(), c.categoryFrom() == null ? today : c.categoryFrom());
		describe(h, c, village);
		return save(h).getId();
	}

	/** Changes a household: its facts, its category (if the history allows it) and a year's income. */
	@Transactional
	public void update(Long id, HouseholdCommand c) {
		Household h = this.households.findById(id).orElseThrow(() -> new NotFoundException("household", id));
		this.scopes.require(canEdit(this.scopes.current(), id));
		h.checkVersion(c.version());
		VillageRef village = village(c.villageId());
		checkCode(c.code(), id);
		h.changeCategory(c.category(), c.monitoredKind(),
				c.categoryFrom() == null ? LocalDate.now(this.clock) : c.categoryFrom(), c.categoryReason());
		describe(h, c, village);
		save(h);
	}

	/** @return the contact rule in force on the day */
	public ContactRule rule(LocalDate on) {
		PolicySettings.Snapshot s = this.settings.forDate(on);
		return new ContactRule(s.intValue(PairingSettings.CONTACT_MONTHS), s.intValue(PairingSettings.HOME_VISIT_MONTHS));
	}

	HouseholdQueries.Dates dates() {
		LocalDate today = LocalDate.now(this.clock);
		PolicySettings.Snapshot s = this.settings.forDate(today);
		BigDecimal threshold = s.moneyValue(PairingSettings.INCOME_THRESHOLD).orElse(null);
		return HouseholdQueries.Dates.of(rule(today), today, threshold);
	}

	private void describe(Household h, HouseholdCommand c, VillageRef village) {
		List<HouseholdMember> members = c.members() == null ? List.of()
				: c.members().stream().map(m -> new HouseholdMember(m.name(), m.relation(), m.birthYear(), m.notes())).toList();
		Set<org.zhucun.pairings.domain.RiskTag> risks = c.risks() == null || c.risks().isEmpty()
				? EnumSet.noneOf(org.zhucun.pairings.domain.RiskTag.class) : EnumSet.copyOf(c.risks());
		h.describe(c.code(), village.id(), c.headName(), c.headPhone(), risks, c.incomeSources(), members);
		if (c.incomeYear() != null && c.income() != null) {
			int thisYear = LocalDate.now(this.clock).getYear();
			if (c.incomeYear() > thisYear || c.incomeYear() < 2000) {
				throw new BusinessRuleException("incomeYear", "pairings.household.income-year.range", thisYear);
			}
			h.recordIncome(c.incomeYear(), c.income());
		}
	}

	private Household save(Household h) {
		try {
			return this.households.saveAndFlush(h);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMessage()).contains("household_code_ux")) {
				throw new BusinessRuleException("code", "pairings.household.code.taken");
			}
			throw ex;
		}
	}

	private void checkCode(String code, Long id) {
		this.households.findByCode(code).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new BusinessRuleException("code", "pairings.household.code.taken");
		});
	}

	/** @return the active village; an unknown one is a field message, another town's a 403 for a town official */
	private VillageRef village(Long villageId) {
		VillageRef village = villageId == null ? null : this.organization.village(villageId).orElse(null);
		if (village == null || !village.active()) {
			throw new BusinessRuleException("villageId", "pairings.household.village.unknown");
		}
		DataScope scope = this.scopes.current();
		if (scope.isTown() && !village.townId().equals(scope.townId())) {
			throw new AccessDeniedException("Village of another town");
		}
		return village;
	}

	boolean canEdit(DataScope scope, Long householdId) {
		return scope.isOfficeAdmin() || (scope.isTown() && scope.townId() != null
				&& scope.townId().equals(this.queries.townOf(householdId)));
	}

	boolean canPair(DataScope scope, Long householdId) {
		return scope.isOfficeAdmin() || (scope.isUnit() && scope.unitId() != null
				&& this.queries.unitReaches(scope.unitId(), householdId));
	}

	/** @return the villages the account may register households in (a town official: the town's) */
	public List<org.zhucun.organization.Choice> villageChoices() {
		return this.queries.villageChoices(this.scopes.current().townFilter());
	}

	/** @return the villages of the town for the list's filter, none until a town is chosen (a town official: theirs) */
	public List<org.zhucun.organization.Choice> villageFilterChoices(Long townId) {
		Long town = this.scopes.current().isTown() ? this.scopes.current().townId() : townId;
		return town == null ? List.of() : this.queries.villageChoices(town);
	}

	/** @return the towns for the list's filter; none for a town official (their own) */
	public List<org.zhucun.organization.Choice> townFilterChoices() {
		DataScope scope = this.scopes.current();
		return scope.isTown() ? List.of() : this.organization.townChoices();
	}

	/** @return the counts of the list in scope: households, overdue (contact, home visit, either) and to do */
	public HouseholdCounts counts(HouseholdFilter filter) {
		HouseholdQueries.Counts c = this.queries.counts(this.scopes.current(), filter, dates());
		return new HouseholdCounts(c.households(), c.contactOverdue(), c.visitOverdue(), c.overdue(), c.toDo());
	}

	/** @return the households paired with the signed-in cadre now, the overdue first (at most a page) */
	public List<HouseholdRow> mine() {
		DataScope scope = this.scopes.current();
		if (scope.cadreId() == null) {
			return List.of();
		}
		HouseholdFilter mine = new HouseholdFilter(null, null, null, null, null, true, null, null, scope.cadreId());
		return this.queries.search(scope, mine, dates(), Paging.page(0, 50, org.springframework.data.domain.Sort.unsorted()))
			.getContent()
			.stream()
			.sorted(java.util.Comparator.comparing((HouseholdRow h) -> !h.overdue())
				.thenComparing(h -> !(h.contactDue() || h.homeVisitDue())))
			.toList();
	}

	/** @return the counts of the signed-in cadre's households (to do this period, overdue), in one query */
	public HouseholdCounts myCounts() {
		DataScope scope = this.scopes.current();
		if (scope.cadreId() == null) {
			return new HouseholdCounts(0, 0, 0, 0, 0);
		}
		return counts(new HouseholdFilter(null, null, null, null, null, true, null, null, scope.cadreId()));
	}
}
