package org.zhucun.identity;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
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

	/** @return signed in (as {@code authenticated()}), but not as a cadre */
	static AuthorizationManager<RequestAuthorizationContext> signedInExceptCadre() {
		AuthenticatedAuthorizationManager<RequestAuthorizationContext> signedIn = AuthenticatedAuthorizationManager
			.authenticated();
		String cadre = Role.CADRE.authority();
		return new AuthorizationManager<>() {
			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					RequestAuthorizationContext context) {
				Authentication current = authentication.get();
				if (current != null && current.getAuthorities().stream().anyMatch(a -> cadre.equals(a.getAuthority()))) {
					return new AuthorizationDecision(false);
				}
				return signedIn.authorize(authentication, context);
			}
		};
	}
}
