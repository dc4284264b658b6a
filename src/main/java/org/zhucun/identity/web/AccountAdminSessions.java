package org.zhucun.identity.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of an account after the administrator locked, deactivated or re-scoped it or reset its
 * password, so that the change takes effect at once on every instance, not when the session times out.
 */
@Component
class AccountAdminSessions {

	private static final Logger log = LoggerFactory.getLogger(AccountAdminSessions.class);

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	AccountAdminSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	void endSessionsOf(Long accountId, String username) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		var ids = repository.findByPrincipalName(username).keySet();
		ids.forEach(repository::deleteById);
		if (!ids.isEmpty()) {
			log.info("Ended {} session(s) of account {}", ids.size(), accountId);
		}
	}
}
