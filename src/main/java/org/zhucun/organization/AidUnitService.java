package org.zhucun.organization;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.domain.AidUnit;
import org.zhucun.organization.domain.AidUnitRepository;
import org.zhucun.organization.domain.CadreRepository;
import org.zhucun.organization.domain.UnitLeader;
import org.zhucun.organization.domain.VillageRepository;
import org.zhucun.shared.domain.DatabaseRules;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.Formats;

/**
 * Aid units (帮扶单位) with their leadership members and linked villages. The office maintains all of them; a unit
 * administrator edits their own unit's details and leaders; a town official reads the units linked to their town.
 * Every active unit keeps at least one active leader and exactly one principal among them.
 */
@Service
@Transactional(readOnly = true)
public class AidUnitService implements ActiveStatus {

	private final AidUnitRepository units;

	private final CadreRepository cadres;

	private final VillageRepository villages;

	private final OrganizationAccess access;

	private final EntityManager entityManager;

	AidUnitService(AidUnitRepository units, CadreRepository cadres, VillageRepository villages,
			OrganizationAccess access, EntityManager entityManager) {
		this.units = units;
		this.cadres = cadres;
		this.villages = villages;
		this.access = access;
		this.entityManager = entityManager;
	}

	/** The list, filtered as asked and narrowed to the signed-in account's scope. */
	public Page<UnitSummary> search(UnitFilter filter, int page) {
		Scoped s = scoped(filter);
		return this.units.search(s.pattern, filter.kind(), filter.active(), s.unitId, s.townId, s.cadreTown,
				Queries.page(page));
	}

	/** Hands every row of the (scoped) list to {@code rows}, streaming from the database; for exports. */
	public void forEach(UnitFilter filter, Consumer<Stream<UnitSummary>> rows) {
		Scoped s = scoped(filter);
		try (Stream<UnitSummary> stream = this.units.stream(s.pattern, filter.kind(), filter.active(), s.unitId,
				s.townId, s.cadreTown)) {
			rows.accept(stream);
		}
	}

	public UnitView get(Long id) {
		DataScope scope = this.access.readUnit(id);
		return view(find(id), scope);
	}

	/** The unit for its edit form; refused to those who may not change it. */
	public UnitView getForEdit(Long id) {
		DataScope scope = this.access.writeUnit(id);
		return view(find(id), scope);
	}

	/** @return whether the signed-in account may create, import, deactivate units and link villages (the office) */
	public boolean canManage() {
		return this.access.reader().isOfficeAdmin();
	}

	/** Refuses anyone but the office administrator (creating, importing units). */
	public void requireManage() {
		this.access.officeAdmin();
	}

	/** Units to filter the cadre list by: all for the office, those of the town's cadres, or one's own unit. */
	public List<Choice> choices() {
		DataScope scope = this.access.reader();
		if (scope.isTown()) {
			return this.cadres.unitChoicesOfTownCadres(scope.townId());
		}
		if (scope.isUnit()) {
			return this.units.nameOf(scope.unitId()).map(n -> List.of(new Choice(scope.unitId(), n))).orElse(List.of());
		}
		return this.units.allChoices();
	}

	/** Units a cadre may be put in by the signed-in account: the active units for the office, else its own. */
	public List<Choice> cadreUnitChoices() {
		DataScope scope = this.access.reader();
		if (scope.isOfficeAdmin()) {
			return this.units.activeChoices();
		}
		if (scope.isUnit()) {
			return this.units.nameOf(scope.unitId()).map(n -> List.of(new Choice(scope.unitId(), n))).orElse(List.of());
		}
		return List.of();
	}

	@Transactional
	public Long create(UnitCommand command) {
		this.access.officeAdmin();
		checkName(command.name(), null);
		checkLeaders(command.leaders(), null);
		checkVillages(command.villageIds());
		AidUnit unit = new AidUnit(command.name().strip(), command.kind());
		unit.update(command.name().strip(), command.kind(), command.phone(), command.address());
		for (LeaderCommand row : command.leaders()) {
			UnitLeader leader = unit.addLeader(row.name().strip(), row.gender(), row.position().strip(), row.phone(),
					row.principal());
			if (!row.active()) {
				leader.deactivate();
			}
		}
		unit.linkVillages(command.villageIds());
		try {
			return this.units.saveAndFlush(unit).getId();
		}
		catch (DataIntegrityViolationException ex) {
			throw DatabaseRules.translate(ex, Constraints.RULES);
		}
	}

	/**
	 * Saves the unit and all its leaders as one change; the office also sets the linked villages (a unit
	 * administrator's villages stay as the office set them).
	 */
	@Transactional
	public void update(Long id, UnitCommand command) {
		DataScope scope = this.access.writeUnit(id);
		AidUnit unit = find(id);
		unit.checkVersion(command.version());
		checkName(command.name(), id);
		checkLeaders(command.leaders(), unit);
		if (scope.isOfficeAdmin()) {
			checkVillages(command.villageIds());
		}
		// The unit's version stands for the whole form, leaders included.
		this.entityManager.lock(unit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		try {
			unit.update(command.name().strip(), command.kind(), command.phone(), command.address());
			// First take the principal's role from whoever loses it, so that the one-principal index never sees two.
			boolean revoked = false;
			for (LeaderCommand row : command.leaders()) {
				if (row.id() != null) {
					UnitLeader leader = unit.leader(row.id()).orElseThrow();
					if (leader.isPrincipal() && !(row.principal() && row.active())) {
						leader.revokePrincipal();
						revoked = true;
					}
				}
			}
			if (revoked) {
				this.units.flush();
			}
			int order = 0;
			for (LeaderCommand row : command.leaders()) {
				UnitLeader leader;
				if (row.id() == null) {
					leader = unit.addLeader(row.name().strip(), row.gender(), row.position().strip(), row.phone(),
							row.principal());
				}
				else {
					leader = unit.leader(row.id()).orElseThrow();
					leader.update(row.name().strip(), row.gender(), row.position().strip(), row.phone(),
							row.principal(), order);
				}
				if (row.active()) {
					leader.activate();
				}
				else {
					leader.deactivate();
				}
				order++;
			}
			if (scope.isOfficeAdmin() && !unit.getVillageIds().equals(command.villageIds())) {
				unit.linkVillages(command.villageIds());
			}
			this.units.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw DatabaseRules.translate(ex, Constraints.RULES);
		}
	}

	/** Deactivates a unit; refused while it has active cadres. */
	@Transactional
	@Override
	public void deactivate(Long id, long version) {
		this.access.officeAdmin();
		AidUnit unit = find(id);
		unit.checkVersion(version);
		long active = this.cadres.countByUnitIdAndActiveTrue(id);
		if (active > 0) {
			throw BusinessRuleException.global("unit.deactivate.has-active-cadres", active);
		}
		unit.deactivate();
		this.units.flush();
	}

	@Transactional
	@Override
	public void activate(Long id, long version) {
		this.access.officeAdmin();
		AidUnit unit = find(id);
		unit.checkVersion(version);
		unit.activate();
		this.units.flush();
	}

	/**
	 * Checks the leaders as the unit will have them: at least one active member, exactly one principal among the
	 * active ones, no inactive principal. Rows with an id must be the unit's own members.
	 */
	private void checkLeaders(List<LeaderCommand> rows, AidUnit unit) {
		Map<Long, LeaderCommand> byId = new HashMap<>();
		for (LeaderCommand row : rows) {
			if (row.id() != null) {
				if (unit == null || unit.leader(row.id()).isEmpty() || byId.put(row.id(), row) != null) {
					throw new NotFoundException("unit leader", row.id());
				}
			}
			if (row.principal() && !row.active()) {
				throw new BusinessRuleException("leaders", "unit.leaders.inactive-principal");
			}
		}
		long active = rows.stream().filter(LeaderCommand::active).count();
		long principals = rows.stream().filter(r -> r.active() && r.principal()).count();
		if (unit != null) {
			for (UnitLeader leader : unit.getLeaders()) {
				if (!byId.containsKey(leader.getId()) && leader.isActive()) {
					active++;
					principals += leader.isPrincipal() ? 1 : 0;
				}
			}
		}
		if (active == 0) {
			throw new BusinessRuleException("leaders", "unit.leaders.none");
		}
		if (principals != 1) {
			throw new BusinessRuleException("leaders", "unit.leaders.one-principal");
		}
	}

	private void checkName(String name, Long exceptId) {
		if (this.units.nameTaken(name.strip(), exceptId)) {
			throw new BusinessRuleException("name", "unit.name.duplicate");
		}
	}

	private void checkVillages(Set<Long> villageIds) {
		if (!villageIds.isEmpty() && this.villages.countByIdIn(villageIds) != villageIds.size()) {
			throw new NotFoundException("village", villageIds);
		}
	}

	private UnitView view(AidUnit unit, DataScope scope) {
		Predicate<Long> visible = this.access.phoneVisibleForUnits(scope);
		boolean full = visible.test(unit.getId());
		List<LeaderView> leaders = unit.getLeaders()
			.stream()
			.map(l -> new LeaderView(l.getId(), l.getName(), l.getGender(), l.getPosition(),
					full ? l.getPhone() : Formats.maskPhone(l.getPhone()), l.isPrincipal(), l.isActive()))
			.toList();
		Set<Long> villageIds = new HashSet<>(unit.getVillageIds());
		List<VillageSummary> linked = villageIds.isEmpty() ? List.of() : this.villages.summaries(villageIds);
		return new UnitView(unit.getId(), unit.getVersion(), unit.getName(), unit.getKind(), unit.getPhone(),
				unit.getAddress(), unit.isActive(), leaders, linked, activeCadres(unit.getId(), scope),
				scope.isTown() ? scope.townId() : null,
				this.access.canWriteUnit(scope, unit.getId()), scope.isOfficeAdmin());
	}

	/**
	 * @return the unit's active cadres the page counts: for a town official those of the town's cadres
	 * ({@link org.zhucun.identity.TownCadres}), the ones the cadre list filtered by the unit shows; else all
	 */
	private long activeCadres(Long unitId, DataScope scope) {
		return scope.isTown() ? this.cadres.countActiveOfUnitInTown(unitId, scope.townId())
				: this.cadres.countByUnitIdAndActiveTrue(unitId);
	}

	private AidUnit find(Long id) {
		return this.units.findWithLeaders(id).orElseThrow(() -> new NotFoundException("unit", id));
	}

	private Scoped scoped(UnitFilter filter) {
		DataScope scope = this.access.reader();
		Long townId = scope.isTown() ? scope.townId() : filter.townId();
		Long unitId = scope.isUnit() ? scope.unitId() : null;
		return new Scoped(Queries.contains(filter.name()), townId, unitId, scope.isTown() ? scope.townId() : null);
	}

	/** @param cadreTown the town whose cadres are counted (a town official's), or null to count all active cadres */
	private record Scoped(String pattern, Long townId, Long unitId, Long cadreTown) {
	}
}
