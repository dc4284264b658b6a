package org.zhucun.unitduties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.Paging;
import org.zhucun.unitduties.domain.CareKind;

/**
 * Backing the stationed cadres (DOMAIN §6): supplies provided, the yearly health check and visits to the cadres'
 * families, recorded per cadre by the unit's administrator or the office's administrator; read like the unit's other
 * duties; and the district's or town's lists of stationed cadres without a health check or a family visit this year.
 */
@Service
@Transactional
public class BackingService {

	private final CareQueries care;

	private final UnitDutyAccess access;

	private final Organization organization;

	private final Clock clock;

	BackingService(CareQueries care, UnitDutyAccess access, Organization organization, Clock clock) {
		this.care = care;
		this.access = access;
		this.organization = organization;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** @return the unit's care for its stationed cadres in the year; refuses a unit outside the account's scope */
	@Transactional(readOnly = true)
	public BackingPage page(Long unitId, int year) {
		DataScope scope = this.access.readUnit(unitId);
		String name = this.organization.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId)).name();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		Long town = scope.isTown() ? scope.townId() : null;
		List<CadreCare> cadres = this.care.cadres(unitId, town, from, to);
		return new BackingPage(unitId, name, year, cadres, this.care.entries(unitId, town, from, to),
				cadres.stream().map(c -> new Choice(c.cadreId(), c.cadreName())).toList(),
				this.access.canWrite(scope, unitId), today(), town != null);
	}

	/**
	 * Records care for one of the unit's stationed cadres.
	 * @throws BusinessRuleException beside the field: a cadre who is not stationed by the unit, a day in the future,
	 * an empty description or, for a family visit, no visitor
	 */
	public void record(CareCommand command, String user) {
		this.access.writeUnit(command.unitId());
		if (command.cadreId() == null || !this.care.stationedIn(command.cadreId(), command.unitId())) {
			throw new BusinessRuleException("cadreId", "unitduties.care.cadre-not-stationed");
		}
		if (command.day().isAfter(today())) {
			throw new BusinessRuleException("day", "unitduties.care.future", today().toString());
		}
		if (command.kind() != CareKind.HEALTH_CHECK && blank(command.what())) {
			throw new BusinessRuleException("what", "unitduties.care.what-required");
		}
		if (command.kind() == CareKind.FAMILY_VISIT && blank(command.by())) {
			throw new BusinessRuleException("by", "unitduties.care.by-required");
		}
		this.care.insert(new CareCommand(command.unitId(), command.kind(), command.cadreId(), command.day(),
				blank(command.what()) ? null : command.what().strip(),
				command.kind() == CareKind.FAMILY_VISIT ? command.by().strip() : null), user);
	}

	/** Removes a record of care entered by mistake. */
	public void delete(CareKind kind, Long id) {
		Long unitId = this.care.unitOf(kind, id);
		if (unitId == null) {
			throw new NotFoundException("care", id);
		}
		this.access.writeUnit(unitId);
		this.care.delete(kind, id);
	}

	/**
	 * @return one page of the stationed cadres in scope without a health check (or a family visit) in the year: the
	 * district for the office, the town's cadres ({@link org.zhucun.identity.TownCadres}) among the cadres of the units
	 * serving the town for a town official (so that every row's unit page opens), the own unit for a unit's
	 * administrator
	 */
	@Transactional(readOnly = true)
	public Page<MissingCare> missing(CareKind kind, int year, int page) {
		if (kind == CareKind.SUPPLY) {
			throw new IllegalArgumentException("Only health checks and family visits are listed as missing");
		}
		DataScope scope = this.access.current();
		Long town = scope.isTown() ? scope.townId() : null;
		Set<Long> units = this.access.readableUnits();
		Pageable pageable = Paging.page(page);
		if (units != null && units.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, 0);
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		return new PageImpl<>(this.care.missing(kind, units, town, from, to, (int) pageable.getOffset(),
				pageable.getPageSize()), pageable, this.care.missingCount(kind, units, town, from, to));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
