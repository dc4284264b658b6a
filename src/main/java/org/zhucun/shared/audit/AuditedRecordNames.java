package org.zhucun.shared.audit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A module's names for one kind of its audited records, so that the audit trail shows "干部 吕雨涵 (#405)" rather than a
 * class name and an id. Each module declares one bean per audited entity it owns; the audit trail asks for all the
 * records of a page in one call per kind, after checking that the viewer may read the trail.
 */
public interface AuditedRecordNames {

	/** @return the audited entity class whose records this names */
	Class<?> entityClass();

	/**
	 * @param ids ids of records of this kind, never empty
	 * @return the display names of those records that exist or existed, by id (e.g. 吕雨涵 2026-11-02–2026-11-04);
	 * ids it does not know are left out
	 */
	Map<Long, String> names(Set<Long> ids, Locale locale);

	/**
	 * @return this entity's audited properties that hold the id of another audited record, with that record's kind
	 * (its entity's simple name), e.g. {@code cadreId} → {@code Cadre}, so that their values are shown with the
	 * record's name; a property that is itself an entity needs no entry
	 */
	default Map<String, String> references() {
		return Map.of();
	}

	/**
	 * @return the display text of a value of one of this entity's audited properties, where it means more than the
	 * value itself (e.g. a lock set by the administrator, stored as a far-future date); empty for the usual text
	 */
	default Optional<String> describe(String property, Object value, Locale locale) {
		return Optional.empty();
	}
}
