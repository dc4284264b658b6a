package org.zhucun.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The pages' expressions are compiled to bytecode once evaluated a hundred times
 * ({@code spring.thymeleaf.enable-spring-el-compiler}): the main pages of every role, rendered from the demo district
 * past that threshold, are the same as at their first rendering, when every expression was interpreted.
 */
class CompiledExpressionsIT extends IntegrationTest {

	/** Spring's SpEL compiles an expression in its mixed mode after a hundred interpreted evaluations. */
	private static final int PAST_THE_THRESHOLD = 105;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SpringTemplateEngine templates;

	@Test
	void mainPagesAreTheSameOnceTheirExpressionsAreCompiled() {
		assertThat(this.templates.getEnableSpringELCompiler()).isTrue();
		Map<String, Object> leader = account(DemoAccounts.LEADER);
		Map<String, Object> member = account(DemoAccounts.MEMBER);
		Long townId = (Long) account(DemoAccounts.TOWN).get("town_id");
		Long unitId = (Long) account(DemoAccounts.UNIT).get("unit_id");
		Long teamId = this.jdbc.queryForObject("select team_id from team_membership where cadre_id = ? and left_on is null",
				Long.class, leader.get("cadre_id"));
		RequestPostProcessor asLeader = TestUsers.leader((Long) leader.get("unit_id"), (Long) leader.get("cadre_id"));
		Map<String, RequestPostProcessor> pages = new LinkedHashMap<>();
		pages.put("/attendance/week?week=2026-W48", asLeader);
		pages.put("/attendance/sheets/teams/" + teamId + "?month=2026-11", asLeader);
		pages.put("/attendance", TestUsers.member((Long) member.get("unit_id"), (Long) member.get("cadre_id")));
		pages.put("/attendance/overview?month=2026-10", TestUsers.officeAdmin());
		pages.put("/attendance/overview?month=2026-10&town=" + townId, TestUsers.town(townId));
		pages.put("/attendance/sheets/units/" + unitId + "?month=2026-10", TestUsers.unit(unitId));
		pages.put("/purchases/overview", TestUsers.officeStaff());
		pages.put("/pairings/overdue", TestUsers.officeStaff());
		pages.put("/monthly-reports?month=2026-10", TestUsers.officeStaff());

		Map<String, String> first = new LinkedHashMap<>();
		pages.forEach((uri, user) -> first.put(uri, page(uri, user)));
		for (int i = 1; i < PAST_THE_THRESHOLD; i++) {
			pages.forEach(this::page);
		}
		pages.forEach((uri, user) -> assertThat(page(uri, user)).as(uri).isEqualTo(first.get(uri)));
	}

	/** The page's HTML without its CSRF tokens, which differ from one rendering to the next. */
	private String page(String uri, RequestPostProcessor user) {
		var result = this.mvc.get().uri(uri).with(user).exchange();
		assertThat(result).as(uri).hasStatusOk();
		try {
			return result.getResponse()
				.getContentAsString(StandardCharsets.UTF_8)
				.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
				.replaceAll("name=\"_csrf\" content=\"[^\"]*\"", "");
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> account(String username) {
		return this.jdbc.queryForMap("select * from account where username = ?", username);
	}
}
