package org.zhucun.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.identity.CurrentAccount;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.Role;

/**
 * Signed-in users for MockMvc requests, with a role and scope but without an account row:
 * {@code mvc.get().uri("/villages/1").with(TestUsers.town(townId))}. Services see them through the
 * {@code ScopeService} exactly as they see a real sign-in.
 */
public final class TestUsers {

	private TestUsers() {
	}

	public static RequestPostProcessor officeAdmin() {
		return as(Role.OFFICE_ADMIN, null, null, null);
	}

	public static RequestPostProcessor officeStaff() {
		return as(Role.OFFICE_STAFF, null, null, null);
	}

	public static RequestPostProcessor town(Long townId) {
		return as(Role.TOWN_OFFICIAL, townId, null, null);
	}

	public static RequestPostProcessor unit(Long unitId) {
		return as(Role.UNIT_ADMIN, null, unitId, null);
	}

	public static RequestPostProcessor leader(Long unitId, Long cadreId) {
		return as(Role.TEAM_LEADER, null, unitId, cadreId);
	}

	public static RequestPostProcessor member(Long unitId, Long cadreId) {
		return as(Role.TEAM_MEMBER, null, unitId, cadreId);
	}

	public static RequestPostProcessor as(Role role, Long townId, Long unitId, Long cadreId) {
		return SecurityMockMvcRequestPostProcessors.authentication(authentication(role, townId, unitId, cadreId));
	}

	/** An authentication for calling services directly (set it on the SecurityContextHolder). */
	public static UsernamePasswordAuthenticationToken authentication(Role role, Long townId, Long unitId, Long cadreId) {
		String name = "test-" + role.name().toLowerCase();
		CurrentAccount account = new CurrentAccount(new DataScope(-1L, name, role, townId, unitId, cadreId), name, null,
				true, false, false);
		return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
	}
}
