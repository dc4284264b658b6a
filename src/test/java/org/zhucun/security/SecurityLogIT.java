package org.zhucun.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.support.FormClient;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The security log's new entries: a refused request (403) with what was asked, an export of personal data with its
 * filter; both shown to the office on the sign-in log page.
 */
class SecurityLogIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRefusedRequestIsLoggedWithItsMethodAndPath() throws Exception {
		FormClient member = new FormClient(this.port);
		member.signIn("member", "demo1234");
		int before = count("member", "ACCESS_DENIED", "POST /towns");
		assertThat(member.postWithToken("/attendance", "/towns", Map.of("name", "x")).statusCode()).isEqualTo(403);
		assertThat(member.get("/admin/accounts").statusCode()).isEqualTo(403);
		assertThat(count("member", "ACCESS_DENIED", "POST /towns")).isEqualTo(before + 1);
		assertThat(count("member", "ACCESS_DENIED", "GET /admin/accounts")).isPositive();
		assertThat(this.mvc.get().uri("/admin/audit/logins?username=member&kind=ACCESS_DENIED")
			.with(TestUsers.officeStaff())).hasStatusOk().bodyText().contains("拒绝访问（403）", "POST /towns");
	}

	@Test
	void anExportOfPersonalDataIsLoggedWithItsFilter() throws Exception {
		FormClient office = new FormClient(this.port);
		office.signIn("office", "demo1234");
		int before = count("office", "EXPORT", "/cadres/export?name=%E6%9D%8E");
		assertThat(office.get("/cadres/export?name=%E6%9D%8E").statusCode()).isEqualTo(200);
		assertThat(count("office", "EXPORT", "/cadres/export?name=%E6%9D%8E")).isEqualTo(before + 1);
		assertThat(this.mvc.get().uri("/admin/audit/logins?username=office&kind=EXPORT").with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains("导出数据", "/cadres/export");
	}

	private int count(String username, String kind, String detail) {
		return this.jdbc.sql("select count(*) from login_event where username = :u and kind = :k and detail = :d")
			.param("u", username)
			.param("k", kind)
			.param("d", detail)
			.query(Integer.class)
			.single();
	}
}
