package org.zhucun.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one data-scope service: gives the signed-in account's {@link DataScope} and refuses (HTTP 403) reads and
 * writes outside it. Modules call it in their services, so that a hidden link is never the only guard.
 */
@Service
public class ScopeService {

	/** @return the scope of the signed-in account */
	public DataScope current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CurrentAccount account) {
			return account.scope();
		}
		throw new AccessDeniedException("Not signed in");
	}

	/** Refuses anyone but the office administrator. */
	public DataScope requireOfficeAdmin() {
		DataScope scope = current();
		if (!scope.isOfficeAdmin()) {
			throw new AccessDeniedException("Office administrators only");
		}
		return scope;
	}

	/** Refuses anyone outside the office. */
	public DataScope requireOffice() {
		DataScope scope = current();
		if (!scope.isOffice()) {
			throw new AccessDeniedException("Office only");
		}
		return scope;
	}

	/** Refuses a town official of another town; the office passes; other roles are refused. */
	public DataScope requireTown(Long townId) {
		DataScope scope = current();
		if (scope.isOffice() || (scope.isTown() && java.util.Objects.equals(scope.townId(), townId) && townId != null)) {
			return scope;
		}
		throw new AccessDeniedException("Outside the account's town");
	}

	/** Refuses a unit administrator of another unit; the office passes; other roles are refused. */
	public DataScope requireUnit(Long unitId) {
		DataScope scope = current();
		if (scope.isOffice() || (scope.isUnit() && java.util.Objects.equals(scope.unitId(), unitId) && unitId != null)) {
			return scope;
		}
		throw new AccessDeniedException("Outside the account's unit");
	}

	/** Refuses when the condition does not hold; for scope rules a module computes itself. */
	public void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Outside the account's scope");
		}
	}
}
