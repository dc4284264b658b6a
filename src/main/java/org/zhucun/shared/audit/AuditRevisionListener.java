package org.zhucun.shared.audit;

import java.time.Instant;

import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the time and the signed-in user, and records which records it touched. */
public class AuditRevisionListener implements EntityTrackingRevisionListener {

	/** The name recorded for changes made by the application itself (start-up, demo data, jobs). */
	public static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revisionEntity) {
		((AuditRevision) revisionEntity).stamp(Instant.now(), currentUsername());
	}

	@Override
	public void entityChanged(Class entityClass, String entityName, Object entityId, RevisionType revisionType,
			Object revisionEntity) {
		((AuditRevision) revisionEntity).addChange(new RevisionChange(entityClass.getSimpleName(),
				String.valueOf(entityId), revisionType.getRepresentation().shortValue()));
	}

	public static String currentUsername() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) ? SYSTEM
				: auth.getName();
	}
}
