package org.zhucun.audit;

import java.lang.reflect.Field;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;

import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.ScopeService;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.web.Formats;

/**
 * The office's search of the audit trail (tables {@code revision} and {@code revision_change}) and the detail of one
 * change, with each audited property before and after it, read with Hibernate Envers. Office only.
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

	private final MessageSource messages;

	private final Formats formats;

	private final AuditedProperties properties = new AuditedProperties();

	/** The audited entity classes by their simple name, as {@code revision_change.entity_type} holds them. */
	private final Map<String, Class<?>> entityClasses;

	@PersistenceContext
	private EntityManager entityManager;

	AuditTrail(JdbcClient jdbc, ScopeService scopes, MessageSource messages, Formats formats,
			EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.messages = messages;
		this.formats = formats;
		Map<String, Class<?>> classes = new HashMap<>();
		for (EntityType<?> type : entityManagerFactory.getMetamodel().getEntities()) {
			Class<?> javaType = type.getJavaType();
			if (javaType != null && isAudited(javaType)) {
				classes.putIfAbsent(javaType.getSimpleName(), javaType);
			}
		}
		this.entityClasses = Map.copyOf(classes);
	}

	/** @return the kinds of audited records (entity names), sorted by their label in the locale */
	public List<String> entityTypes(Locale locale) {
		this.scopes.requireOffice();
		return this.entityClasses.keySet()
			.stream()
			.sorted((a, b) -> entityLabel(a, locale).compareTo(entityLabel(b, locale)))
			.toList();
	}

	/** @return the label of a kind of record in the locale, e.g. 账号 for {@code Account} */
	public String entityLabel(String entityType, Locale locale) {
		return this.messages.getMessage("audit.entity." + entityType, null, entityType, locale);
	}

	/** @return the changes that match, newest first */
	public Page<AuditEntry> search(AuditSearch search, Pageable pageable) {
		this.scopes.requireOffice();
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new LinkedHashMap<>();
		if (search.username() != null && !search.username().isBlank()) {
			where.append(" and lower(r.username) = lower(:username)");
			params.put("username", search.username().trim());
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
		return new PageImpl<>(entries, pageable, total);
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
		AuditEntry entry = found.get();
		List<AuditEntry> sameRevision = this.jdbc
			.sql(COLUMNS + FROM + " where c.revision_id = :revision and c.id <> :id order by c.id limit :limit")
			.param("revision", entry.revisionId())
			.param("id", id)
			.param("limit", SAME_REVISION_LIMIT)
			.query(AuditTrail::entry)
			.list();
		Class<?> entityClass = this.entityClasses.get(entry.entityType());
		Object entityId = entityClass == null ? null : entityId(entityClass, entry.entityId());
		if (entityId == null) {
			return Optional.of(new AuditChange(entry, false, List.of(), sameRevision));
		}
		Object[] states = beforeAndAfter(entityClass, entityId, entry);
		List<FieldDifference> fields = new ArrayList<>();
		for (Field field : this.properties.of(entityClass)) {
			fields.add(new FieldDifference(field.getName(), fieldLabel(entry.entityType(), field.getName(), locale),
					format(read(field, states[0]), locale), format(read(field, states[1]), locale)));
		}
		return Optional.of(new AuditChange(entry, true, fields, sameRevision));
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

	private static Object read(Field field, Object entity) {
		if (entity == null) {
			return null;
		}
		try {
			return field.get(entity);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Cannot read " + field, ex);
		}
	}

	private String format(Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean b) {
			return this.messages.getMessage(b ? "yes" : "no", null, locale);
		}
		if (value instanceof Enum<?> e) {
			String type = e.getDeclaringClass().getSimpleName();
			String camel = Character.toLowerCase(type.charAt(0)) + type.substring(1);
			String kebab = type.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
			return this.messages.getMessage(new DefaultMessageSourceResolvable(
					new String[] { "audit.value." + type + "." + e.name(), camel + "." + e.name(),
							kebab + "." + e.name() },
					e.name()), locale);
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
		if (value instanceof BaseEntity entity) {
			return "#" + entity.getId();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream()
				.sorted(Comparator.comparing(AuditTrail::sortKey))
				.map(v -> format(v, locale))
				.reduce((a, b) -> a + ", " + b)
				.orElse("");
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map(en -> format(en.getKey(), locale) + ": " + format(en.getValue(), locale))
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

	private String fieldLabel(String entityType, String property, Locale locale) {
		return this.messages.getMessage(new DefaultMessageSourceResolvable(
				new String[] { "audit.field." + entityType + "." + property, "audit.field." + property }, property),
				locale);
	}

	private Object entityId(Class<?> entityClass, String text) {
		Class<?> idType = this.entityManager.getMetamodel().entity(entityClass).getIdType().getJavaType();
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

	private static boolean isAudited(Class<?> type) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			if (c.isAnnotationPresent(Audited.class)) {
				return true;
			}
			for (Field field : c.getDeclaredFields()) {
				if (field.isAnnotationPresent(Audited.class)) {
					return true;
				}
			}
		}
		return false;
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
		return new AuditEntry(rs.getLong("id"), rs.getLong("revision_id"), at == null ? null : at.toInstant(),
				rs.getString("username"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getShort("change_type"));
	}
}
