package org.zhucun.identity;

import org.springframework.stereotype.Service;
import org.zhucun.identity.domain.LoginEvent;

/**
 * The security log (the sign-in log of /admin/audit/logins, with what else 等保 asks to be logged) for the other
 * modules: each entry names the signed-in account, the time on the application's clock and what was done. Sign-ins,
 * lockouts, refused requests (403) and exports are written by the identity module itself.
 */
@Service
public class SecurityLog {

	private final SignIns signIns;

	private final ScopeService scopes;

	SecurityLog(SignIns signIns, ScopeService scopes) {
		this.signIns = signIns;
		this.scopes = scopes;
	}

	/** The signed-in team leader confirmed a team's week ({@code detail}: which team and week), in the caller's transaction. */
	public void weekConfirmed(String detail) {
		this.signIns.record(this.scopes.current().username(), LoginEvent.Kind.WEEK_CONFIRMED, detail);
	}
}
