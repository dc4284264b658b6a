package org.zhucun.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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

	/**
	 * Names of several towns at once, for a page of records. The default asks one by one; the implementation
	 * should override it with one query.
	 * @return name by id for the ids that exist
	 */
	default Map<Long, String> townNames(Collection<Long> townIds) {
		return namesOneByOne(townIds, this::townName);
	}

	/** Names of several aid units at once; see {@link #townNames(Collection)}. */
	default Map<Long, String> unitNames(Collection<Long> unitIds) {
		return namesOneByOne(unitIds, this::unitName);
	}

	/** Names of several cadres at once; see {@link #townNames(Collection)}. */
	default Map<Long, String> cadreNames(Collection<Long> cadreIds) {
		return namesOneByOne(cadreIds, this::cadreName);
	}

	private static Map<Long, String> namesOneByOne(Collection<Long> ids, Function<Long, Optional<String>> name) {
		Map<Long, String> names = new HashMap<>();
		ids.stream()
			.filter(Objects::nonNull)
			.distinct()
			.forEach(id -> name.apply(id).ifPresent(n -> names.put(id, n)));
		return names;
	}
}
