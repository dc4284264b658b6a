package org.zhucun.shared.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.envers.AuditReaderFactory;
import org.springframework.stereotype.Component;

/**
 * Background work done on behalf of a user (an event listener writing the days of the leave an approver granted):
 * its revision of the audit trail names that user instead of {@value AuditRevisionListener#SYSTEM}.
 */
@Component
public class AuditRevisions {

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * Runs the work in the caller's transaction and makes the transaction's revision while the user is set, so that
	 * the revision (made once per transaction) names them.
	 * @param username the user, or {@code null} to keep the usual name
	 */
	public void actingFor(String username, Runnable work) {
		AuditRevisionListener.actingFor(username, () -> {
			work.run();
			if (username != null) {
				this.entityManager.flush();
				AuditReaderFactory.get(this.entityManager).getCurrentRevision(AuditRevision.class, true);
			}
		});
	}
}
