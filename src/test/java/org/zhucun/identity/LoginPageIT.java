package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

class LoginPageIT extends IntegrationTest {

	@Test
	void loginPageIsPublicAndChineseByDefault() {
		assertThat(this.mvc.get().uri("/login")).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("用户名", "密码", "登录");
	}

	@Test
	void englishOnRequest() {
		assertThat(this.mvc.get().uri("/login?lang=en")).hasStatus(HttpStatus.OK).bodyText().contains("User name");
	}

	@Test
	void pagesNeedSignIn() {
		assertThat(this.mvc.get().uri("/")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	void adminPagesRefuseTeamMembers() {
		// MockMvc does not follow the forward to the 403 page; the browser tests see the page itself.
		assertThat(this.mvc.get().uri("/admin/accounts").with(TestUsers.member(1L, 1L))).hasStatus(HttpStatus.FORBIDDEN)
			.hasForwardedUrl("/access-denied");
	}
}
