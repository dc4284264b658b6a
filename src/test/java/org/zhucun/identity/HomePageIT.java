package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/** The home page offers each role the cards of its work, and no others. */
class HomePageIT extends IntegrationTest {

	@Test
	void officeAdministratorSeesMasterDataAndAccounts() {
		assertThat(this.mvc.get().uri("/").with(TestUsers.officeAdmin())).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("data-card=\"organization.villages\"", "data-card=\"identity.accounts\"", "各单位干部")
			.doesNotContain("data-card=\"attendance.mine\"", "href=\"/attendance\"");
	}

	@Test
	void teamMemberSeesOwnWorkOnly() {
		assertThat(this.mvc.get().uri("/").with(TestUsers.member(1L, 1L))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("data-card=\"attendance.mine\"", "data-card=\"leave.mine\"", "保护账号安全")
			.doesNotContain("href=\"/admin/accounts\"", "data-card=\"organization.villages\"");
	}
}
