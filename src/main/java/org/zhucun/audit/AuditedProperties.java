package org.zhucun.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * Finds the properties Envers keeps for an entity class, generically: the persistent fields declared in classes
 * marked {@link Audited} (or marked so themselves), without {@link NotAudited}, the id and the version.
 */
final class AuditedProperties {

	private final Map<Class<?>, List<Field>> cache = new ConcurrentHashMap<>();

	/** @return the audited fields of the class, superclass fields first, in declaration order */
	List<Field> of(Class<?> entityClass) {
		return this.cache.computeIfAbsent(entityClass, AuditedProperties::find);
	}

	private static List<Field> find(Class<?> entityClass) {
		List<Class<?>> hierarchy = new ArrayList<>();
		for (Class<?> c = entityClass; c != null && c != Object.class; c = c.getSuperclass()) {
			hierarchy.add(c);
		}
		Collections.reverse(hierarchy);
		List<Field> fields = new ArrayList<>();
		for (Class<?> c : hierarchy) {
			boolean classAudited = c.isAnnotationPresent(Audited.class);
			for (Field field : c.getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
						|| field.getName().contains("$") || field.isAnnotationPresent(Transient.class)
						|| field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(Id.class)
						|| field.isAnnotationPresent(Version.class)) {
					continue;
				}
				if (classAudited || field.isAnnotationPresent(Audited.class)) {
					field.setAccessible(true);
					fields.add(field);
				}
			}
		}
		return List.copyOf(fields);
	}
}
