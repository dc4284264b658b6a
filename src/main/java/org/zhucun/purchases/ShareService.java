package org.zhucun.purchases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.Organization;
import org.zhucun.purchases.domain.Pace;
import org.zhucun.purchases.domain.ReservedShare;
import org.zhucun.purchases.domain.ReservedShareRepository;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;

/**
 * Reserved shares (预留份额): the office sets each unit a yearly target or marks it exempt; progress is the counted
 * amount over the target, judged against the share of the year gone.
 */
@Service
@Transactional
public class ShareService {

	private final ReservedShareRepository shares;

	private final PurchaseQueries queries;

	private final PurchaseAccess access;

	private final Organization organization;

	private final Clock clock;

	ShareService(ReservedShareRepository shares, PurchaseQueries queries, PurchaseAccess access,
			Organization organization, Clock clock) {
		this.shares = shares;
		this.queries = queries;
		this.access = access;
		this.organization = organization;
		this.clock = clock;
	}

	/** @return the day a year is judged on: today in the current year, its last day for a past one */
	public LocalDate judgedOn(int year) {
		LocalDate today = LocalDate.now(this.clock);
		return year >= today.getYear() ? (year == today.getYear() ? today : LocalDate.of(year, 1, 1))
				: LocalDate.of(year, 12, 31);
	}

	/** @return the progress of the units in scope (office: all; town: units of its villages; unit: its own) */
	@Transactional(readOnly = true)
	public List<UnitProgress> progress(int year) {
		DataScope scope = this.access.reader();
		return this.queries.progress(year, judgedOn(year), scope.isUnit() ? scope.unitId() : null,
				scope.isTown() ? scope.townId() : null);
	}

	/** @return the signed-in unit administrator's progress this year */
	@Transactional(readOnly = true)
	public UnitProgress ownProgress() {
		DataScope scope = this.access.reader();
		this.access.write(scope.unitId());
		int year = LocalDate.now(this.clock).getYear();
		return this.queries.progress(year, judgedOn(year), scope.unitId(), null).stream().findFirst().orElseThrow();
	}

	/** @return the signed-in unit administrator's card: this year's progress and what waits for payment */
	@Transactional(readOnly = true)
	public UnitCard unitCard() {
		DataScope scope = this.access.current();
		this.access.write(scope.unitId());
		return this.queries.unitCard(scope.unitId(), LocalDate.now(this.clock));
	}

	/** @return how many units are behind their pace today (the office) */
	@Transactional(readOnly = true)
	public long behindCount() {
		this.access.office();
		return this.queries.behindCount(LocalDate.now(this.clock));
	}

	/** @return the share of the year gone on the day the year is judged */
	public BigDecimal yearGone(int year) {
		return Pace.yearGone(judgedOn(year));
	}

	/** @return whether the signed-in account may set shares */
	@Transactional(readOnly = true)
	public boolean canEdit() {
		return this.access.current().isOfficeAdmin();
	}

	/** @return the unit's share of the year, for the form (not yet stored: a new one) */
	@Transactional(readOnly = true)
	public ReservedShare forEdit(Long unitId, int year) {
		this.access.officeAdmin();
		this.organization.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
		return this.shares.findByUnitIdAndYear(unitId, year).orElseGet(() -> new ReservedShare(unitId, year));
	}

	/**
	 * Sets the unit's target for the year, or marks it exempt.
	 * @param version the version the form was built on, or null for a new share
	 */
	public void set(Long unitId, int year, Long version, BigDecimal target, boolean exempt) {
		this.access.officeAdmin();
		this.organization.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
		if (year < 2000 || year > 2100) {
			throw new BusinessRuleException("year", "purchase.share.error.year");
		}
		ReservedShare share = this.shares.findByUnitIdAndYear(unitId, year).orElse(null);
		if (share == null) {
			share = new ReservedShare(unitId, year);
		}
		else if (version != null) {
			share.checkVersion(version);
		}
		share.set(target, exempt);
		try {
			this.shares.saveAndFlush(share);
		}
		catch (DataIntegrityViolationException ex) {
			throw BusinessRuleException.global("purchase.share.error.concurrent");
		}
	}

	/** @return the unit's name */
	@Transactional(readOnly = true)
	public String unitName(Long unitId) {
		return this.organization.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId)).name();
	}
}
