package org.zhucun.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.domain.AidUnitRepository;
import org.zhucun.organization.domain.Town;
import org.zhucun.organization.domain.TownRepository;
import org.zhucun.organization.domain.Village;
import org.zhucun.organization.domain.VillagePick;
import org.zhucun.organization.domain.VillageRepository;
import org.zhucun.shared.domain.DatabaseRules;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;

/**
 * Villages (行政村): the office maintains all of them, a town official those of their town, a unit administrator
 * reads those linked to their unit.
 */
@Service
@Transactional(readOnly = true)
public class VillageService implements ActiveStatus {

	private final VillageRepository villages;

	private final TownRepository towns;

	private final AidUnitRepository units;

	private final OrganizationAccess access;

	VillageService(VillageRepository villages, TownRepository towns, AidUnitRepository units,
			OrganizationAccess access) {
		this.villages = villages;
		this.towns = towns;
		this.units = units;
		this.access = access;
	}

	/** The list, filtered as asked and narrowed to the signed-in account's scope. */
	public Page<VillageSummary> search(VillageFilter filter, int page) {
		Scoped s = scoped(filter);
		return this.villages.search(s.pattern, s.townId, filter.category(), filter.active(), s.unitId,
				Queries.page(page));
	}

	/** Hands every row of the (scoped) list to {@code rows}, streaming from the database; for exports. */
	public void forEach(VillageFilter filter, Consumer<Stream<VillageSummary>> rows) {
		Scoped s = scoped(filter);
		try (Stream<VillageSummary> stream = this.villages.stream(s.pattern, s.townId, filter.category(),
				filter.active(), s.unitId)) {
			rows.accept(stream);
		}
	}

	public VillageView get(Long id) {
		Village village = find(id);
		DataScope scope = this.access.readVillage(id, village.getTownId());
		// The office and the town's officials open every linked unit (all linked to the town); a unit's liaison their own.
		return view(village, this.access.canWriteVillage(scope, village.getTownId()), scope.isUnit() ? scope.unitId() : null);
	}

	/** The village for its edit form; refused to those who may not change it. */
	public VillageView getForEdit(Long id) {
		Village village = find(id);
		this.access.writeVillage(village.getTownId());
		return view(village, true, null);
	}

	/** @return whether the signed-in account may create villages (the office administrator, town officials) */
	public boolean canCreate() {
		DataScope scope = this.access.reader();
		return scope.isOfficeAdmin() || scope.isTown();
	}

	/** Refuses those who may not create villages (the pages that create them). */
	public void requireCreate() {
		DataScope scope = this.access.reader();
		if (!scope.isTown()) {
			this.access.officeAdmin();
		}
	}

	/** @return the town a new village of the signed-in town official goes to, or {@code null} for the office */
	public Long fixedTown() {
		DataScope scope = this.access.reader();
		return scope.isTown() ? scope.townId() : null;
	}

	@Transactional
	public Long create(VillageCommand command) {
		DataScope scope = this.access.reader();
		Long townId = scope.isTown() ? scope.townId() : command.townId();
		this.access.writeVillage(townId);
		check(command, townId, null, null);
		Village village = new Village(townId, command.name().strip(), command.category());
		apply(village, command, townId);
		return save(village).getId();
	}

	@Transactional
	public void update(Long id, VillageCommand command) {
		Village village = find(id);
		DataScope scope = this.access.writeVillage(village.getTownId());
		village.checkVersion(command.version());
		Long townId = scope.isTown() ? scope.townId() : command.townId();
		check(command, townId, id, village.getTownId());
		apply(village, command, townId);
		save(village);
	}

	@Transactional
	@Override
	public void deactivate(Long id, long version) {
		Village village = find(id);
		this.access.writeVillage(village.getTownId());
		village.checkVersion(version);
		village.deactivate();
		save(village);
	}

	/** Reactivates a village; refused while its town is inactive. */
	@Transactional
	@Override
	public void activate(Long id, long version) {
		Village village = find(id);
		this.access.writeVillage(village.getTownId());
		village.checkVersion(version);
		if (!this.towns.findById(village.getTownId()).map(Town::isActive).orElse(false)) {
			throw BusinessRuleException.global("village.activate.town-inactive");
		}
		village.activate();
		save(village);
	}

	/**
	 * The villages to choose a unit's links from, grouped by town: all active villages plus those already linked.
	 */
	public List<VillageGroup> choicesByTown(Collection<Long> alreadyLinked) {
		this.access.officeAdmin();
		List<Long> include = alreadyLinked.isEmpty() ? List.of(-1L) : List.copyOf(alreadyLinked);
		Map<Long, List<Choice>> byTown = new LinkedHashMap<>();
		Map<Long, String> townNames = new LinkedHashMap<>();
		for (VillagePick pick : this.villages.picks(include)) {
			byTown.computeIfAbsent(pick.townId(), k -> new ArrayList<>()).add(new Choice(pick.id(), pick.name()));
			townNames.put(pick.townId(), pick.townName());
		}
		List<VillageGroup> groups = new ArrayList<>();
		byTown.forEach((townId, list) -> groups.add(new VillageGroup(new Choice(townId, townNames.get(townId)), list)));
		return groups;
	}

	/** Checks the rules a form cannot: the town is there and active, the name is free in it, both or no coordinates. */
	private void check(VillageCommand command, Long townId, Long exceptId, Long currentTownId) {
		if (townId == null) {
			throw new BusinessRuleException("townId", "village.town.required");
		}
		Town town = this.towns.findById(townId).orElseThrow(() -> new BusinessRuleException("townId",
				"village.town.required"));
		if (!town.isActive() && !townId.equals(currentTownId)) {
			throw new BusinessRuleException("townId", "village.town.inactive");
		}
		if ((command.latitude() == null) != (command.longitude() == null)) {
			throw new BusinessRuleException(command.latitude() == null ? "latitude" : "longitude",
					"village.coordinates.both");
		}
		if (this.villages.nameTaken(townId, command.name().strip(), exceptId)) {
			throw new BusinessRuleException("name", "village.name.duplicate");
		}
	}

	private static void apply(Village village, VillageCommand command, Long townId) {
		village.update(townId, command.name().strip(), command.category(), command.latitude(), command.longitude(),
				command.radiusM(), command.population(), command.households());
	}

	private Village save(Village village) {
		try {
			return this.villages.saveAndFlush(village);
		}
		catch (DataIntegrityViolationException ex) {
			throw DatabaseRules.translate(ex, Constraints.RULES);
		}
	}

	private VillageView view(Village v, boolean editable, Long onlyUnitOpens) {
		String townName = this.towns.nameOf(v.getTownId()).orElse("");
		return new VillageView(v.getId(), v.getVersion(), v.getTownId(), townName, v.getName(), v.getCategory(),
				v.getLatitude(), v.getLongitude(), v.getRadiusM(), v.getPopulation(), v.getHouseholds(), v.isActive(),
				this.units.linkedTo(v.getId()), editable, onlyUnitOpens);
	}

	private Village find(Long id) {
		return this.villages.findById(id).orElseThrow(() -> new NotFoundException("village", id));
	}

	/** The list's filters narrowed to the scope: a town official's town, a unit administrator's villages. */
	private Scoped scoped(VillageFilter filter) {
		DataScope scope = this.access.reader();
		Long townId = scope.isTown() ? scope.townId() : filter.townId();
		Long unitId = scope.isUnit() ? scope.unitId() : null;
		return new Scoped(Queries.contains(filter.name()), townId, unitId);
	}

	private record Scoped(String pattern, Long townId, Long unitId) {
	}
}
