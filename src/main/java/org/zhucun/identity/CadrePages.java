package org.zhucun.identity;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The pages a responsible cadre who is not stationed ({@link Role#CADRE}, DOMAIN §1) may open: the home page, the
 * households and pairings pages (whose services show only the cadre's own), the account's own pages, notifications and
 * attachments. Every other page refuses the role before any controller runs, so that no office, town, unit or team
 * page has to know about it.
 */
final class CadrePages {

	static final String[] PATHS = { "/", "/households", "/households/**", "/pairings", "/pairings/**", "/account/**",
			"/notifications", "/notifications/**", "/attachments/**", "/logout" };

	private CadrePages() {
	}

	/** @return granted unless the account is a responsible cadre (CADRE) */
	static AuthorizationManager<RequestAuthorizationContext> notCadre() {
		String cadre = Role.CADRE.authority();
		return (authentication, context) -> {
			var current = authentication.get();
			return new AuthorizationDecision(current == null
					|| current.getAuthorities().stream().noneMatch(a -> cadre.equals(a.getAuthority())));
		};
	}
}
