package org.zhucun.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.OrganizationDirectory;
import org.zhucun.organization.domain.AidUnit;
import org.zhucun.organization.domain.AidUnitRepository;
import org.zhucun.organization.domain.Cadre;
import org.zhucun.organization.domain.CadreRepository;
import org.zhucun.organization.domain.Town;
import org.zhucun.organization.domain.TownRepository;

/** Gives the identity module the towns, units and cadres that accounts are bound to. */
@Component
@Transactional(readOnly = true)
class OrganizationDirectoryAdapter implements OrganizationDirectory {

	private final TownRepository towns;

	private final AidUnitRepository units;

	private final CadreRepository cadres;

	OrganizationDirectoryAdapter(TownRepository towns, AidUnitRepository units, CadreRepository cadres) {
		this.towns = towns;
		this.units = units;
		this.cadres = cadres;
	}

	@Override
	public List<Option> towns() {
		return this.towns.findAll(Sort.by("sortOrder", "name"))
			.stream()
			.filter(Town::isActive)
			.map(t -> new Option(t.getId(), t.getName()))
			.toList();
	}

	@Override
	public List<Option> units() {
		return this.units.findAll(Sort.by("name"))
			.stream()
			.filter(AidUnit::isActive)
			.map(u -> new Option(u.getId(), u.getName()))
			.toList();
	}

	@Override
	public List<Option> cadresOf(Long unitId) {
		return this.cadres.findByUnitIdAndActiveTrueOrderByName(unitId)
			.stream()
			.map(c -> new Option(c.getId(), c.getName()))
			.toList();
	}

	@Override
	public Optional<Long> unitOfCadre(Long cadreId) {
		return cadreId == null ? Optional.empty() : this.cadres.findById(cadreId).map(Cadre::getUnitId);
	}

	@Override
	public Optional<String> townName(Long townId) {
		return townId == null ? Optional.empty() : this.towns.findById(townId).map(Town::getName);
	}

	@Override
	public Optional<String> unitName(Long unitId) {
		return unitId == null ? Optional.empty() : this.units.findById(unitId).map(AidUnit::getName);
	}

	@Override
	public Optional<String> cadreName(Long cadreId) {
		return cadreId == null ? Optional.empty() : this.cadres.findById(cadreId).map(Cadre::getName);
	}
}
