package org.zhucun.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhucun.shared.audit.AuditedRecordNames;

/**
 * The modules' names of their audited records ({@link AuditedRecordNames}), asked for many records at once: one call
 * per kind of record, however many records of that kind a page shows.
 */
@Component
class RecordNames {

	/** A record: its kind (the entity's simple name, as the audit trail stores it) and its id. */
	record Ref(String kind, long id) {
	}

	private final Map<String, AuditedRecordNames> byKind = new HashMap<>();

	RecordNames(List<AuditedRecordNames> contributions) {
		for (AuditedRecordNames names : contributions) {
			if (this.byKind.putIfAbsent(names.entityClass().getSimpleName(), names) != null) {
				throw new IllegalStateException("Two beans name the audited records of " + names.entityClass());
			}
		}
	}

	/** @return the kinds of record that a module names */
	Set<String> kinds() {
		return this.byKind.keySet();
	}

	/** @return the kind of record whose id a property of a kind holds (e.g. {@code Cadre} for {@code cadreId}) */
	Optional<String> referencedBy(String kind, String property) {
		AuditedRecordNames names = this.byKind.get(kind);
		return Optional.ofNullable(names == null ? null : names.references().get(property));
	}

	/** @return every property that refers to another kind by id, as kind → property → referenced kind */
	Map<String, Map<String, String>> references() {
		Map<String, Map<String, String>> all = new HashMap<>();
		this.byKind.forEach((kind, names) -> all.put(kind, names.references()));
		return all;
	}

	/** @return the names of the records that their modules know, one call per kind */
	Map<Ref, String> of(Collection<Ref> refs, Locale locale) {
		Map<String, Set<Long>> idsByKind = refs.stream()
			.filter(ref -> this.byKind.containsKey(ref.kind()))
			.collect(Collectors.groupingBy(Ref::kind, Collectors.mapping(Ref::id, Collectors.toCollection(HashSet::new))));
		Map<Ref, String> names = new HashMap<>();
		idsByKind.forEach((kind, ids) -> this.byKind.get(kind)
			.names(Set.copyOf(ids), locale)
			.forEach((id, name) -> names.put(new Ref(kind, id), name)));
		return names;
	}

	/** @return the module's text for a value of one of its properties, where it gives one */
	Optional<String> describe(String kind, String property, Object value, Locale locale) {
		AuditedRecordNames names = this.byKind.get(kind);
		return names == null ? Optional.empty() : names.describe(property, value, locale);
	}
}
