package org.zhucun.identity;

import java.util.List;
import java.util.Optional;

/**
 * What the identity module needs to know of the organisation to bind accounts to a scope: the towns, aid units
 * and cadres to choose from and their names. The organisation module provides it, so identity does not depend
 * on organisation.
 */
public interface OrganizationDirectory {

	/** A choice in a drop-down: id and display name. */
	record Option(Long id, String name) {
	}

	List<Option> towns();

	List<Option> units();

	/** @return the active cadres of one unit */
	List<Option> cadresOf(Long unitId);

	/** @return the unit a cadre belongs to, when the cadre exists */
	Optional<Long> unitOfCadre(Long cadreId);

	Optional<String> townName(Long townId);

	Optional<String> unitName(Long unitId);

	Optional<String> cadreName(Long cadreId);
}
