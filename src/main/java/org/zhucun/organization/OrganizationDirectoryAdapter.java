package org.zhucun.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.OrganizationDirectory;
import org.zhucun.organization.domain.AidUnitRepository;
import org.zhucun.organization.domain.CadreRepository;
import org.zhucun.organization.domain.TownRepository;

/**
 * Gives the identity module the towns, units and cadres that accounts are bound to; every answer is one query that
 * reads only the ids and names it needs.
 */
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
		return options(this.towns.activeChoices());
	}

	@Override
	public List<Option> units() {
		return options(this.units.activeChoices());
	}

	@Override
	public List<Option> cadresOf(Long unitId) {
		return unitId == null ? List.of() : options(this.cadres.activeChoicesOf(unitId));
	}

	@Override
	public Optional<Long> unitOfCadre(Long cadreId) {
		return cadreId == null ? Optional.empty() : this.cadres.unitIdOf(cadreId);
	}

	@Override
	public Optional<String> townName(Long townId) {
		return townId == null ? Optional.empty() : this.towns.nameOf(townId);
	}

	@Override
	public Optional<String> unitName(Long unitId) {
		return unitId == null ? Optional.empty() : this.units.nameOf(unitId);
	}

	@Override
	public Optional<String> cadreName(Long cadreId) {
		return cadreId == null ? Optional.empty() : this.cadres.nameOf(cadreId);
	}

	private static List<Option> options(List<Choice> choices) {
		return choices.stream().map(c -> new Option(c.id(), c.name())).toList();
	}
}
