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

	/** The user a background task acts for (e.g. the approver of the leave whose days an event listener writes). */
	private static final ThreadLocal<String> ACTING_FOR = new ThreadLocal<>();

	/**
	 * Runs work done in the background on behalf of a user, so that its revisions name that user instead of
	 * {@value #SYSTEM}; the revision must be made before it returns ({@link AuditRevisions#actingFor} sees to that).
	 * @param username the user, or {@code null} to keep the usual name
	 */
	static void actingFor(String username, Runnable work) {
		String previous = ACTING_FOR.get();
		ACTING_FOR.set(username);
		try {
			work.run();
		}
		finally {
			if (previous == null) {
				ACTING_FOR.remove();
			}
			else {
				ACTING_FOR.set(previous);
			}
		}
	}

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
		String actingFor = ACTING_FOR.get();
		if (actingFor != null) {
			return actingFor;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) ? SYSTEM
				: auth.getName();
	}
}
