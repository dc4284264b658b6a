package org.zhucun.audit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.audit.AuditedModel.Kind;
import org.zhucun.audit.AuditedModel.Property;
import org.zhucun.audit.RecordNames.Ref;
import org.zhucun.identity.AccountNames;
import org.zhucun.identity.ScopeService;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.web.Formats;

/**
 * The office's search of the audit trail (tables {@code revision} and {@code revision_change}) and the detail of one
 * change, with each audited property before and after it, read with Hibernate Envers. Records, people and values are
 * shown as people know them: 干部 吕雨涵 (#405) by 王建华. Office only.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	/** Change types as Envers stores them. */
	public static final int ADDED = 0;

	public static final int MODIFIED = 1;

	public static final int DELETED = 2;

	private static final String FROM = " from revision_change c join revision r on r.id = c.revision_id";

	private static final String COLUMNS = "select c.id, c.revision_id, r.at, r.username, c.entity_type, c.entity_id, "
			+ "c.change_type";

	private static final int SAME_REVISION_LIMIT = 50;

	private final JdbcClient jdbc;

	private final ScopeService scopes;

	private final Formats formats;

	private final AuditedModel model;

	private final AuditLabels labels;

	private final RecordNames names;

	private final AccountNames accounts;

	@PersistenceContext
	private EntityManager entityManager;

	AuditTrail(JdbcClient jdbc, ScopeService scopes, Formats formats, AuditedModel model, AuditLabels labels,
			RecordNames names, AccountNames accounts) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.formats = formats;
		this.model = model;
		this.labels = labels;
		this.names = names;
		this.accounts = accounts;
	}

	/** @return the kinds of audited records (entity names), sorted by their label in the locale */
	public List<String> entityTypes(Locale locale) {
		this.scopes.requireOffice();
		return this.model.kinds()
			.stream()
			.map(Kind::name)
			.sorted(Comparator.comparing((String kind) -> entityLabel(kind, locale)))
			.toList();
	}

	/** @return the label of a kind of record in the locale, e.g. 账号 for {@code Account} */
	public String entityLabel(String entityType, Locale locale) {
		return this.labels.entity(entityType, locale);
	}

	/** @return the changes that match, newest first, with the names of their records and of who made them */
	public Page<AuditEntry> search(AuditSearch search, Pageable pageable, Locale locale) {
		this.scopes.requireOffice();
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new LinkedHashMap<>();
		if (search.username() != null && !search.username().isBlank()) {
			Set<String> usernames = new HashSet<>();
			usernames.add(search.username().strip().toLowerCase(Locale.ROOT));
			this.accounts.usernamesCalled(search.username())
				.forEach(username -> usernames.add(username.toLowerCase(Locale.ROOT)));
			where.append(" and lower(r.username) in (:usernames)");
			params.put("usernames", usernames);
		}
		if (search.entityType() != null && !search.entityType().isBlank()) {
			where.append(" and c.entity_type = :entityType");
			params.put("entityType", search.entityType().trim());
		}
		if (search.entityId() != null && !search.entityId().isBlank()) {
			where.append(" and c.entity_id = :entityId");
			params.put("entityId", search.entityId().trim());
		}
		if (search.from() != null) {
			where.append(" and r.at >= :from");
			params.put("from", OffsetDateTime.ofInstant(search.from(), ZoneOffset.UTC));
		}
		if (search.to() != null) {
			where.append(" and r.at < :to");
			params.put("to", OffsetDateTime.ofInstant(search.to(), ZoneOffset.UTC));
		}
		long total = this.jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<AuditEntry> entries = this.jdbc
			.sql(COLUMNS + FROM + where + " order by r.at desc, r.id desc, c.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(AuditTrail::entry)
			.list();
		return new PageImpl<>(described(entries, Set.of(), locale).entries(), pageable, total);
	}

	/**
	 * @return the change with the record's audited properties before and after it, labelled and formatted for the
	 * locale; empty when no change has the id
	 */
	public Optional<AuditChange> change(Long id, Locale locale) {
		this.scopes.requireOffice();
		Optional<AuditEntry> found = this.jdbc.sql(COLUMNS + FROM + " where c.id = :id")
			.param("id", id)
			.query(AuditTrail::entry)
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		AuditEntry raw = found.get();
		List<AuditEntry> sameRevision = this.jdbc
			.sql(COLUMNS + FROM + " where c.revision_id = :revision and c.id <> :id order by c.id limit :limit")
			.param("revision", raw.revisionId())
			.param("id", id)
			.param("limit", SAME_REVISION_LIMIT)
			.query(AuditTrail::entry)
			.list();
		Optional<Kind> kind = this.model.kind(raw.entityType());
		Object entityId = kind.map(k -> entityId(k, raw.entityId())).orElse(null);
		if (entityId == null) {
			Described described = described(prepend(raw, sameRevision), Set.of(), locale);
			return Optional.of(new AuditChange(described.entries().get(0), false, List.of(),
					described.entries().subList(1, described.entries().size())));
		}
		Object[] states = beforeAndAfter(kind.get().javaType(), entityId, raw);
		List<Object[]> values = new ArrayList<>();
		Set<Ref> referenced = new HashSet<>();
		for (Property property : kind.get().properties()) {
			Object before = states[0] == null ? null : this.model.read(kind.get(), property, states[0]);
			Object after = states[1] == null ? null : this.model.read(kind.get(), property, states[1]);
			collectRefs(kind.get().name(), property.name(), before, referenced);
			collectRefs(kind.get().name(), property.name(), after, referenced);
			values.add(new Object[] { property, before, after });
		}
		Described described = described(prepend(raw, sameRevision), referenced, locale);
		List<FieldDifference> fields = new ArrayList<>();
		for (Object[] value : values) {
			Property property = (Property) value[0];
			fields.add(new FieldDifference(property.name(), this.labels.field(kind.get().name(), property.name(), locale),
					format(kind.get().name(), property.name(), value[1], described.names(), locale),
					format(kind.get().name(), property.name(), value[2], described.names(), locale)));
		}
		return Optional.of(new AuditChange(described.entries().get(0), true, fields,
				described.entries().subList(1, described.entries().size())));
	}

	/** Entries with their texts, and the names of the records they and the given other records are about. */
	private record Described(List<AuditEntry> entries, Map<Ref, String> names) {
	}

	/**
	 * Gives the entries their actor, kind and record texts, with one look-up of the accounts and one per kind of
	 * record, for the entries and the other records given together.
	 */
	private Described described(List<AuditEntry> entries, Set<Ref> others, Locale locale) {
		Set<Ref> refs = new HashSet<>(others);
		Set<String> usernames = new HashSet<>();
		for (AuditEntry entry : entries) {
			ref(entry).ifPresent(refs::add);
			if (!entry.bySystem()) {
				usernames.add(entry.username());
			}
		}
		Map<Ref, String> recordNames = this.names.of(refs, locale);
		Map<String, String> actors = this.accounts.displayNames(usernames);
		String system = this.labels.message("audit.actor.system", locale);
		List<AuditEntry> described = new ArrayList<>();
		for (AuditEntry entry : entries) {
			String actor = entry.bySystem() ? system : actors.getOrDefault(entry.username(), entry.username());
			String record = ref(entry).map(ref -> named(ref, recordNames, locale))
				.orElseGet(() -> this.labels.message("audit.record.id", locale, entry.entityId()));
			described.add(entry.described(actor, entityLabel(entry.entityType(), locale), record));
		}
		return new Described(described, recordNames);
	}

	private static List<AuditEntry> prepend(AuditEntry first, List<AuditEntry> rest) {
		List<AuditEntry> all = new ArrayList<>(rest.size() + 1);
		all.add(first);
		all.addAll(rest);
		return all;
	}

	/** @return the record a change is about, where its id is a number (every entity's id is) */
	private static Optional<Ref> ref(AuditEntry entry) {
		try {
			return Optional.of(new Ref(entry.entityType(), Long.parseLong(entry.entityId())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** @return the record's name and id, e.g. 吕雨涵 (#405), or its id alone where no name is known */
	private String named(Ref ref, Map<Ref, String> names, Locale locale) {
		String name = names.get(ref);
		return name == null || name.isBlank() ? this.labels.message("audit.record.id", locale, String.valueOf(ref.id()))
				: this.labels.message("audit.record.named", locale, name, String.valueOf(ref.id()));
	}

	/** Adds the records a value refers to: an entity, an id in a property that holds ids, or collections of them. */
	private void collectRefs(String kind, String property, Object value, Set<Ref> refs) {
		if (value instanceof Collection<?> collection) {
			collection.forEach(element -> collectRefs(kind, property, element, refs));
		}
		else {
			refTo(kind, property, value).ifPresent(refs::add);
		}
	}

	private Optional<Ref> refTo(String kind, String property, Object value) {
		if (value instanceof BaseEntity entity && entity.getId() != null) {
			return Optional.of(new Ref(Hibernate.getClassLazy(entity).getSimpleName(), entity.getId()));
		}
		if (value instanceof Long || value instanceof Integer) {
			return this.names.referencedBy(kind, property).map(target -> new Ref(target, ((Number) value).longValue()));
		}
		return Optional.empty();
	}

	/**
	 * Reads the record as it was before the change (at its latest earlier revision) and after it (at this
	 * revision; for a deletion, the values kept at deletion); {@code null} where there is none.
	 */
	private Object[] beforeAndAfter(Class<?> entityClass, Object entityId, AuditEntry entry) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		Object atRevision = first(reader.createQuery()
			.forRevisionsOfEntity(entityClass, true, true)
			.add(AuditEntity.id().eq(entityId))
			.add(AuditEntity.revisionNumber().eq(entry.revisionId()))
			.getResultList());
		Object previous = first(reader.createQuery()
			.forRevisionsOfEntity(entityClass, true, true)
			.add(AuditEntity.id().eq(entityId))
			.add(AuditEntity.revisionNumber().lt(entry.revisionId()))
			.addOrder(AuditEntity.revisionNumber().desc())
			.setMaxResults(1)
			.getResultList());
		return switch (entry.changeType()) {
			case ADDED -> new Object[] { null, atRevision };
			case DELETED -> new Object[] { previous != null ? previous : atRevision, null };
			default -> new Object[] { previous, atRevision };
		};
	}

	private static Object first(List<?> results) {
		return results.isEmpty() ? null : results.get(0);
	}

	private String format(String kind, String property, Object value, Map<Ref, String> names, Locale locale) {
		if (value == null) {
			return "";
		}
		Optional<String> described = this.names.describe(kind, property, value, locale);
		if (described.isPresent()) {
			return described.get();
		}
		Optional<Ref> ref = refTo(kind, property, value);
		if (ref.isPresent()) {
			return named(ref.get(), names, locale);
		}
		if (value instanceof Boolean b) {
			return this.labels.message(b ? "yes" : "no", locale);
		}
		if (value instanceof Enum<?> e) {
			return this.labels.value(e, locale);
		}
		if (value instanceof Instant instant) {
			return this.formats.dateTime(instant);
		}
		if (value instanceof LocalDate date) {
			return this.formats.date(date);
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream()
				.sorted(Comparator.comparing(AuditTrail::sortKey))
				.map(v -> format(kind, property, v, names, locale))
				.reduce((a, b) -> a + ", " + b)
				.orElse("");
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map(en -> format(kind, property, en.getKey(), names, locale) + ": "
						+ format(kind, property, en.getValue(), names, locale))
				.sorted()
				.reduce((a, b) -> a + ", " + b)
				.orElse("");
		}
		return value.toString();
	}

	/** Orders ids numerically (2 before 10) and anything else by its text. */
	private static String sortKey(Object value) {
		Object key = value instanceof BaseEntity entity ? entity.getId() : value;
		if (key instanceof Number number) {
			return String.format("%020d", number.longValue());
		}
		return String.valueOf(key);
	}

	private Object entityId(Kind kind, String text) {
		Class<?> idType = this.model.idType(kind);
		try {
			if (idType == Long.class || idType == long.class) {
				return Long.valueOf(text);
			}
			if (idType == Integer.class || idType == int.class) {
				return Integer.valueOf(text);
			}
			if (idType == UUID.class) {
				return UUID.fromString(text);
			}
			if (idType == String.class) {
				return text;
			}
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return null;
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
		return new AuditEntry(rs.getLong("id"), rs.getLong("revision_id"), at == null ? null : at.toInstant(),
				rs.getString("username"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getShort("change_type"), null, null, null);
	}
}
