package org.zhucun.pairings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.organization.OrganizationRefs.CadreRef;
import org.zhucun.pairings.domain.Household;
import org.zhucun.pairings.domain.HouseholdRepository;
import org.zhucun.pairings.domain.Pairing;
import org.zhucun.pairings.domain.PairingRepository;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.shared.web.Paging;

/**
 * Pairings of cadres (帮扶责任人) with households: the list in scope, pairing within the limit of households per cadre,
 * handing a household to another cadre (the history stays) and ending a pairing. Unit administrators pair their own
 * cadres with the households their unit reaches; the office administrator pairs anyone; towns and the office read.
 */
@Service
@Transactional(readOnly = true)
public class PairingService {

	/** Form field of the cadre. */
	public static final String CADRE_FIELD = "cadreId";

	/** Form field of the first day. */
	public static final String FROM_FIELD = "fromDate";

	private final PairingRepository pairings;

	private final HouseholdRepository households;

	private final HouseholdQueries queries;

	private final HouseholdService householdService;

	private final ScopeService scopes;

	private final Organization organization;

	private final PolicySettings settings;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PairingService(PairingRepository pairings, HouseholdRepository households, HouseholdQueries queries,
			HouseholdService householdService, ScopeService scopes, Organization organization, PolicySettings settings,
			JdbcTemplate jdbc, Clock clock) {
		this.pairings = pairings;
		this.households = households;
		this.queries = queries;
		this.householdService = householdService;
		this.scopes = scopes;
		this.organization = organization;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return one page of the pairings in scope */
	public Page<PairingRow> search(PairingFilter filter, int page) {
		return this.queries.pairings(this.scopes.current(), filter, Paging.page(page));
	}

	/** @return the pairing; 404 when there is none, 403 outside the scope */
	public PairingRow get(Long id) {
		this.pairings.findById(id).orElseThrow(() -> new NotFoundException("pairing", id));
		return this.queries.pairing(this.scopes.current(), id)
			.orElseThrow(() -> new AccessDeniedException("Pairing outside the scope"));
	}

	/** @return whether the signed-in account may pair the household */
	public boolean canPair(Long householdId) {
		return this.householdService.canPair(this.scopes.current(), householdId);
	}

	/**
	 * @return the cadres the account may pair: a unit's own, or the chosen unit's for the office administrator; none
	 * for those who do not pair (towns, office staff), whatever unit the address asks for
	 */
	public List<Choice> cadreChoices(Long unitId) {
		DataScope scope = this.scopes.current();
		if (!scope.isOfficeAdmin() && !scope.isUnit()) {
			return List.of();
		}
		Long unit = scope.isUnit() ? scope.unitId() : unitId;
		return unit == null ? List.of() : this.organization.cadreChoices(unit);
	}

	/** @return the units to choose a cadre from: none for a unit administrator (their own), all for the office */
	public List<Choice> unitChoices() {
		return this.scopes.current().isUnit() ? List.of() : this.organization.unitChoices();
	}

	/**
	 * Pairs a cadre with a household that has no cadre now, within the limit of households per cadre.
	 * @return the pairing's id
	 */
	@Transactional
	public Long pair(Long householdId, Long cadreId, LocalDate from) {
		Household h = this.households.findForUpdate(householdId).orElseThrow(() -> new NotFoundException("household", householdId));
		requirePair(householdId);
		CadreRef cadre = cadre(cadreId);
		checkFrom(from, null);
		this.pairings.findOpen(householdId).ifPresent(open -> {
			throw new BusinessRuleException(CADRE_FIELD, "pairings.pairing.household-paired",
					this.organization.cadre(open.getCadreId()).map(CadreRef::name).orElse(""));
		});
		checkLimit(cadre);
		Pairing pairing = this.pairings.saveAndFlush(new Pairing(householdId, cadre.id(), from));
		h.pairedWith(cadre.id(), from);
		return pairing.getId();
	}

	/**
	 * Hands the household of a running pairing to another cadre from a day: the old pairing ends the day before,
	 * the household stays paired without a break.
	 * @return the new pairing's id
	 */
	@Transactional
	public Long handOver(Long pairingId, long version, Long cadreId, LocalDate from) {
		Pairing old = this.pairings.findById(pairingId).orElseThrow(() -> new NotFoundException("pairing", pairingId));
		Household h = this.households.findForUpdate(old.getHouseholdId()).orElseThrow(() -> new NotFoundException("household", old.getHouseholdId()));
		get(pairingId);
		requirePair(old.getHouseholdId());
		old.checkVersion(version);
		CadreRef cadre = cadre(cadreId);
		if (cadre.id().equals(old.getCadreId())) {
			throw new BusinessRuleException(CADRE_FIELD, "pairings.pairing.same-cadre");
		}
		checkFrom(from, old.getFromDate());
		checkLimit(cadre);
		old.end(from.minusDays(1), Pairing.EndReason.HANDOVER, FROM_FIELD);
		this.pairings.saveAndFlush(old);
		Pairing next = this.pairings.saveAndFlush(new Pairing(old.getHouseholdId(), cadre.id(), from));
		h.pairedWith(cadre.id(), from);
		return next.getId();
	}

	/** Ends a running pairing on its last day; the household has no cadre any more. */
	@Transactional
	public void end(Long pairingId, long version, LocalDate lastDay) {
		Pairing p = this.pairings.findById(pairingId).orElseThrow(() -> new NotFoundException("pairing", pairingId));
		Household h = this.households.findForUpdate(p.getHouseholdId()).orElseThrow(() -> new NotFoundException("household", p.getHouseholdId()));
		get(pairingId);
		requirePair(p.getHouseholdId());
		p.checkVersion(version);
		if (lastDay == null || lastDay.isAfter(LocalDate.now(this.clock))) {
			throw new BusinessRuleException("lastDay", "pairings.pairing.end-future");
		}
		p.end(lastDay, Pairing.EndReason.ENDED, "lastDay");
		this.pairings.saveAndFlush(p);
		h.unpaired();
	}

	private void requirePair(Long householdId) {
		DataScope scope = this.scopes.current();
		this.scopes.require(this.householdService.canPair(scope, householdId));
	}

	/** @return the active cadre; a unit administrator may only pair the unit's own (others: 403) */
	private CadreRef cadre(Long cadreId) {
		CadreRef cadre = cadreId == null ? null : this.organization.cadre(cadreId).orElse(null);
		if (cadre == null || !cadre.active()) {
			throw new BusinessRuleException(CADRE_FIELD, "pairings.pairing.cadre.unknown");
		}
		DataScope scope = this.scopes.current();
		if (scope.isUnit() && !cadre.unitId().equals(scope.unitId())) {
			throw new AccessDeniedException("Cadre of another unit");
		}
		return cadre;
	}

	private void checkFrom(LocalDate from, LocalDate afterDay) {
		if (from == null) {
			throw new BusinessRuleException(FROM_FIELD, "pairings.pairing.from.required");
		}
		if (from.isAfter(LocalDate.now(this.clock))) {
			throw new BusinessRuleException(FROM_FIELD, "pairings.pairing.from.future");
		}
		if (afterDay != null && !from.isAfter(afterDay)) {
			throw new BusinessRuleException(FROM_FIELD, "pairings.pairing.handover.before-start", afterDay);
		}
	}

	/**
	 * Refuses a cadre who has as many households as the limit in force allows, naming them; two pairings of one
	 * cadre at once wait for each other, so that the limit holds.
	 */
	private void checkLimit(CadreRef cadre) {
		this.jdbc.execute("select pg_advisory_xact_lock(90, " + Math.toIntExact(cadre.id() % Integer.MAX_VALUE) + ")");
		int max = this.settings.intValue(PairingSettings.MAX_HOUSEHOLDS, LocalDate.now(this.clock));
		List<String> current = this.queries.openHouseholdsOf(cadre.id());
		if (current.size() >= max) {
			throw new BusinessRuleException(CADRE_FIELD, "pairings.pairing.limit", cadre.name(), max,
					String.join("、", current));
		}
	}

	/** Refuses (403) an account that may not pair the household. */
	public void requireCanPair(Long householdId) {
		requirePair(householdId);
	}

	/** @return the pairing's version, for its forms */
	public long version(Long id) {
		return this.pairings.findById(id).orElseThrow(() -> new NotFoundException("pairing", id)).getVersion();
	}
}
