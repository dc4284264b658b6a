package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/** The home page offers each role the cards of its work, and no others. */
class HomePageIT extends IntegrationTest {

	@Test
	void officeAdministratorSeesTheDistrictsWorkAndLockedAccounts() {
		assertThat(this.mvc.get().uri("/").with(TestUsers.officeAdmin())).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("data-card=\"workteams.problems\"", "data-card=\"identity.locked\"", "被锁定的账号")
			.doesNotContain("data-card=\"attendance.today\"", "href=\"/attendance\"");
	}

	@Test
	void teamMemberSeesOwnWorkOnly() {
		assertThat(this.mvc.get().uri("/").with(TestUsers.member(1L, 1L))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("data-card=\"leave.mine\"")
			.doesNotContain("href=\"/admin/accounts", "data-card=\"workteams.problems\"");
	}
}
