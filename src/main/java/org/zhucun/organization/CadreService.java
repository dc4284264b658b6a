package org.zhucun.organization;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.CadreSight;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.domain.AidUnit;
import org.zhucun.organization.domain.AidUnitRepository;
import org.zhucun.organization.domain.Cadre;
import org.zhucun.organization.domain.CadreRepository;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.Formats;

/**
 * Cadres (干部) of the aid units. The office and each unit's administrator maintain them; a town official reads
 * the town's cadres, those serving or having served in its villages' teams ({@link org.zhucun.identity.TownCadres}).
 * Phone numbers are masked outside the cadre's unit, town and office.
 */
@Service
@Transactional(readOnly = true)
public class CadreService implements ActiveStatus {

	private final CadreRepository cadres;

	private final AidUnitRepository units;

	private final OrganizationAccess access;

	CadreService(CadreRepository cadres, AidUnitRepository units, OrganizationAccess access) {
		this.cadres = cadres;
		this.units = units;
		this.access = access;
	}

	/** The list, filtered as asked and narrowed to the signed-in account's scope. */
	public Page<CadreSummary> search(CadreFilter filter, int page) {
		DataScope scope = this.access.reader();
		Scoped s = scoped(scope, filter);
		CadreSight sight = this.access.cadreSight(scope);
		return this.cadres.search(s.pattern, s.unitId, filter.active(), s.townId, Queries.page(page))
			.map(c -> sight.sees(c.id(), c.unitId()) ? c : c.withPhone(Formats.maskPhone(c.phone())));
	}

	/** Hands every row of the (scoped) list to {@code rows}, streaming from the database; for exports. */
	public void forEach(CadreFilter filter, Consumer<Stream<CadreSummary>> rows) {
		DataScope scope = this.access.reader();
		Scoped s = scoped(scope, filter);
		CadreSight sight = this.access.cadreSight(scope);
		try (Stream<CadreSummary> stream = this.cadres.stream(s.pattern, s.unitId, filter.active(), s.townId)) {
			rows.accept(stream.map(c -> sight.sees(c.id(), c.unitId()) ? c : c.withPhone(Formats.maskPhone(c.phone()))));
		}
	}

	public CadreView get(Long id) {
		Cadre cadre = find(id);
		// Whoever may open the page sees the phone in full: the office, the cadre's unit, the towns they serve(d) in.
		DataScope scope = this.access.readCadre(cadre.getId(), cadre.getUnitId());
		return view(cadre, cadre.getPhone(), this.access.canWriteUnit(scope, cadre.getUnitId()),
				this.access.canReadUnit(scope, cadre.getUnitId()));
	}

	/** The cadre for its edit form; refused to those who may not change them. */
	public CadreView getForEdit(Long id) {
		Cadre cadre = find(id);
		this.access.writeUnit(cadre.getUnitId());
		return view(cadre, cadre.getPhone(), true, true);
	}

	/** @return whether the signed-in account may create and import cadres (the office administrator, unit admins) */
	public boolean canCreate() {
		DataScope scope = this.access.reader();
		return scope.isOfficeAdmin() || scope.isUnit();
	}

	/** Refuses those who may not create cadres (the pages that create them). */
	public void requireCreate() {
		DataScope scope = this.access.reader();
		if (!scope.isUnit()) {
			this.access.officeAdmin();
		}
	}

	/** @return the unit new cadres of the signed-in unit administrator go to, or {@code null} for the office */
	public Long fixedUnit() {
		DataScope scope = this.access.reader();
		return scope.isUnit() ? scope.unitId() : null;
	}

	@Transactional
	public Long create(CadreCommand command) {
		DataScope scope = this.access.reader();
		Long unitId = scope.isUnit() ? scope.unitId() : command.unitId();
		this.access.writeUnit(unitId);
		checkUnit(unitId, null);
		Cadre cadre = new Cadre(unitId, command.name().strip(), command.gender(), command.phone(),
				clean(command.position()));
		return this.cadres.saveAndFlush(cadre).getId();
	}

	@Transactional
	public void update(Long id, CadreCommand command) {
		Cadre cadre = find(id);
		DataScope scope = this.access.writeUnit(cadre.getUnitId());
		cadre.checkVersion(command.version());
		Long unitId = scope.isUnit() ? scope.unitId() : command.unitId();
		checkUnit(unitId, cadre.getUnitId());
		cadre.update(unitId, command.name().strip(), command.gender(), command.phone(), clean(command.position()));
		this.cadres.flush();
	}

	@Transactional
	@Override
	public void deactivate(Long id, long version) {
		Cadre cadre = find(id);
		this.access.writeUnit(cadre.getUnitId());
		cadre.checkVersion(version);
		cadre.deactivate();
		this.cadres.flush();
	}

	/** Reactivates a cadre; refused while their unit is inactive. */
	@Transactional
	@Override
	public void activate(Long id, long version) {
		Cadre cadre = find(id);
		this.access.writeUnit(cadre.getUnitId());
		cadre.checkVersion(version);
		if (!this.units.findById(cadre.getUnitId()).map(AidUnit::isActive).orElse(false)) {
			throw BusinessRuleException.global("cadre.activate.unit-inactive");
		}
		cadre.activate();
		this.cadres.flush();
	}

	/** The unit must exist, and be active unless the cadre stays in it. */
	private void checkUnit(Long unitId, Long currentUnitId) {
		if (unitId == null) {
			throw new BusinessRuleException("unitId", "cadre.unit.required");
		}
		AidUnit unit = this.units.findById(unitId)
			.orElseThrow(() -> new BusinessRuleException("unitId", "cadre.unit.required"));
		if (!unit.isActive() && !unitId.equals(currentUnitId)) {
			throw new BusinessRuleException("unitId", "cadre.unit.inactive");
		}
	}

	private CadreView view(Cadre c, String phone, boolean editable, boolean unitOpens) {
		String unitName = this.units.nameOf(c.getUnitId()).orElse("");
		return new CadreView(c.getId(), c.getVersion(), c.getUnitId(), unitName, c.getName(), c.getGender(),
				c.getPosition(), phone, c.isActive(), editable, unitOpens);
	}

	private Cadre find(Long id) {
		return this.cadres.findById(id).orElseThrow(() -> new NotFoundException("cadre", id));
	}

	private static String clean(String text) {
		return Queries.clean(text);
	}

	private Scoped scoped(DataScope scope, CadreFilter filter) {
		Long unitId = scope.isUnit() ? scope.unitId() : filter.unitId();
		Long townId = scope.isTown() ? scope.townId() : null;
		return new Scoped(Queries.contains(filter.name()), unitId, townId);
	}

	private record Scoped(String pattern, Long unitId, Long townId) {
	}
}
