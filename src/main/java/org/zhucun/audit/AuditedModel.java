package org.zhucun.audit;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.internal.entities.EntitiesConfigurations;
import org.hibernate.envers.internal.entities.EntityConfiguration;
import org.hibernate.envers.internal.entities.PropertyData;
import org.hibernate.envers.internal.entities.mapper.MultiPropertyMapper;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * The audited kinds of record and their audited properties, as Hibernate Envers maps them (so a module added later
 * is found without any list to keep), with each property's value type and a way to read it from an entity. Envers has
 * no public API for its audited properties, so this reads its internal configuration; {@code AuditLabelsIT} checks
 * the result after an upgrade.
 */
@Component
class AuditedModel {

	/** One audited kind of record: its name as {@code revision_change.entity_type} holds it, and its properties. */
	record Kind(String name, Class<?> javaType, List<Property> properties) {
	}

	/**
	 * One audited property.
	 * @param valueType the type of its value, or of the elements of a collection (e.g. an enum)
	 */
	record Property(String name, Class<?> valueType) {
	}

	private final Map<String, Kind> kinds;

	private final SessionFactoryImplementor sessionFactory;

	AuditedModel(EntityManagerFactory entityManagerFactory) {
		this.sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		EntitiesConfigurations envers = this.sessionFactory.getServiceRegistry()
			.requireService(EnversService.class)
			.getEntitiesConfigurations();
		Map<String, Kind> found = new HashMap<>();
		for (EntityType<?> type : entityManagerFactory.getMetamodel().getEntities()) {
			Class<?> javaType = type.getJavaType();
			String entityName = javaType == null ? null : javaType.getName();
			if (entityName == null || !envers.isVersioned(entityName)) {
				continue;
			}
			Kind kind = new Kind(javaType.getSimpleName(), javaType, properties(type, envers.get(entityName)));
			if (found.putIfAbsent(kind.name(), kind) != null) {
				throw new IllegalStateException("Two audited entities are called " + kind.name()
						+ "; the audit trail tells kinds of record apart by their simple name");
			}
		}
		this.kinds = Map.copyOf(found);
	}

	/** @return every audited kind of record */
	Collection<Kind> kinds() {
		return this.kinds.values();
	}

	/** @return the kind of record of that name, if it is still audited */
	Optional<Kind> kind(String name) {
		return Optional.ofNullable(name == null ? null : this.kinds.get(name));
	}

	/** @return the value of an audited property of an entity (as read from the audit tables) */
	Object read(Kind kind, Property property, Object entity) {
		EntityPersister persister = this.sessionFactory.getMappingMetamodel().getEntityDescriptor(kind.javaType());
		return persister.getPropertyValue(entity, property.name());
	}

	/** @return the type of the id of a kind of record */
	Class<?> idType(Kind kind) {
		return this.sessionFactory.getMetamodel().entity(kind.javaType()).getIdType().getJavaType();
	}

	private static List<Property> properties(EntityType<?> type, EntityConfiguration configuration) {
		if (!(configuration.getPropertyMapper() instanceof MultiPropertyMapper mapper)) {
			throw new IllegalStateException("Unexpected Envers mapping of " + type.getName());
		}
		List<String> declared = declaredFieldNames(type.getJavaType());
		List<Property> properties = new ArrayList<>();
		for (PropertyData data : mapper.getProperties().keySet()) {
			if (data.isSynthetic()) {
				continue;
			}
			Attribute<?, ?> attribute = type.getAttribute(data.getName());
			properties.add(new Property(data.getName(), valueType(attribute)));
		}
		properties.sort(Comparator.comparingInt((Property p) -> declared.indexOf(p.name())).thenComparing(Property::name));
		return List.copyOf(properties);
	}

	private static Class<?> valueType(Attribute<?, ?> attribute) {
		if (attribute instanceof PluralAttribute<?, ?, ?> plural) {
			return plural.getElementType().getJavaType();
		}
		if (Collection.class.isAssignableFrom(attribute.getJavaType())
				&& attribute.getJavaMember() instanceof Field field
				&& field.getGenericType() instanceof ParameterizedType generic) {
			Type element = generic.getActualTypeArguments()[0];
			if (element instanceof Class<?> elementClass) {
				return elementClass;
			}
		}
		return attribute.getJavaType();
	}

	/** @return the field names of the class, superclass fields first, in declaration order */
	private static List<String> declaredFieldNames(Class<?> javaType) {
		List<Class<?>> hierarchy = new ArrayList<>();
		for (Class<?> c = javaType; c != null && c != Object.class; c = c.getSuperclass()) {
			hierarchy.add(0, c);
		}
		List<String> names = new ArrayList<>();
		for (Class<?> c : hierarchy) {
			for (Field field : c.getDeclaredFields()) {
				names.add(field.getName());
			}
		}
		return names;
	}
}
