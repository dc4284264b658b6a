package org.zhucun.organization;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.domain.Town;
import org.zhucun.organization.domain.TownRepository;
import org.zhucun.organization.domain.VillageRepository;
import org.zhucun.shared.domain.DatabaseRules;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;

/** Towns (镇/街道): the office lists and maintains them; a town official sees their own town's page. */
@Service
@Transactional(readOnly = true)
public class TownService {

	private final TownRepository towns;

	private final VillageRepository villages;

	private final OrganizationAccess access;

	TownService(TownRepository towns, VillageRepository villages, OrganizationAccess access) {
		this.towns = towns;
		this.villages = villages;
		this.access = access;
	}

	/** @return whether the signed-in account may create, edit, deactivate and reactivate towns */
	public boolean canManage() {
		return this.access.reader().isOfficeAdmin();
	}

	/** Refuses anyone but the office administrator (the pages that change towns). */
	public void requireManage() {
		this.access.officeAdmin();
	}

	/** The office's list of towns, by name, with their active villages by category. */
	public Page<TownSummary> search(String name, int page) {
		this.access.office();
		Page<Town> found = this.towns.search(Queries.contains(name), Queries.page(page));
		Map<Long, VillageCounts> counts = counts(found.map(Town::getId).getContent());
		return found.map(t -> new TownSummary(t.getId(), t.getName(), t.getSortOrder(), t.isActive(),
				counts.getOrDefault(t.getId(), VillageCounts.NONE)));
	}

	public TownView get(Long id) {
		DataScope scope = this.access.readTown(id);
		Town town = find(id);
		return new TownView(town.getId(), town.getVersion(), town.getName(), town.getSortOrder(), town.isActive(),
				counts(List.of(id)).getOrDefault(id, VillageCounts.NONE), scope.isOfficeAdmin());
	}

	/** The town's villages, a page at a time. */
	public Page<VillageSummary> villages(Long townId, int page) {
		this.access.readTown(townId);
		return this.villages.search(null, townId, null, null, null, Queries.page(page));
	}

	/**
	 * Towns to filter or choose by: all active towns; only their own for a town official.
	 */
	public List<Choice> choices() {
		DataScope scope = this.access.reader();
		if (scope.isTown()) {
			return this.towns.nameOf(scope.townId()).map(n -> List.of(new Choice(scope.townId(), n))).orElse(List.of());
		}
		return this.towns.activeChoices();
	}

	@Transactional
	public Long create(TownCommand command) {
		this.access.officeAdmin();
		checkName(command.name(), null);
		Town town = new Town(command.name().strip(), command.sortOrder());
		return save(town).getId();
	}

	@Transactional
	public void update(Long id, TownCommand command) {
		this.access.officeAdmin();
		Town town = find(id);
		town.checkVersion(command.version());
		checkName(command.name(), id);
		town.update(command.name().strip(), command.sortOrder());
		save(town);
	}

	/**
	 * Deactivates a town; refused while it has active villages (they must be deactivated or moved first).
	 */
	@Transactional
	public void deactivate(Long id, long version) {
		this.access.officeAdmin();
		Town town = find(id);
		town.checkVersion(version);
		long active = this.villages.countByTownIdAndActiveTrue(id);
		if (active > 0) {
			throw BusinessRuleException.global("town.deactivate.has-active-villages", active);
		}
		town.deactivate();
		save(town);
	}

	@Transactional
	public void activate(Long id, long version) {
		this.access.officeAdmin();
		Town town = find(id);
		town.checkVersion(version);
		town.activate();
		save(town);
	}

	private void checkName(String name, Long exceptId) {
		if (this.towns.nameTaken(name.strip(), exceptId)) {
			throw new BusinessRuleException("name", "town.name.duplicate");
		}
	}

	private Town save(Town town) {
		try {
			return this.towns.saveAndFlush(town);
		}
		catch (DataIntegrityViolationException ex) {
			throw DatabaseRules.translate(ex, Constraints.RULES);
		}
	}

	private Town find(Long id) {
		return this.towns.findById(id).orElseThrow(() -> new NotFoundException("town", id));
	}

	private Map<Long, VillageCounts> counts(List<Long> townIds) {
		if (townIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Map<VillageCategory, Long>> byTown = new HashMap<>();
		for (Object[] row : this.villages.countActiveByCategory(townIds)) {
			byTown.computeIfAbsent((Long) row[0], k -> new EnumMap<>(VillageCategory.class))
				.put((VillageCategory) row[1], (Long) row[2]);
		}
		Map<Long, VillageCounts> counts = new HashMap<>();
		byTown.forEach((town, c) -> counts.put(town, VillageCounts.of(c)));
		return counts;
	}
}
