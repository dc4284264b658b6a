package org.zhucun.browser;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhucun.identity.Role;
import org.zhucun.support.TestClock;
import org.zhucun.support.TestUsers;
import org.zhucun.workteams.MemberCommand;
import org.zhucun.workteams.TeamCommand;
import org.zhucun.workteams.TeamRole;
import org.zhucun.workteams.TeamService;

/**
 * A team of its own for a browser test that changes records: a registered poor village in a new town, an aid unit,
 * and a member with a sign-in (user name {@link #memberUsername}, the demo accounts' password), serving since a year.
 */
record FieldTeam(long teamId, long memberId, String memberUsername) {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final String AUDIT = "created_at, created_by, modified_at, modified_by";

	private static final String NOW = "now(), 'test', now(), 'test'";

	static FieldTeam create(JdbcTemplate jdbc, TeamService teams) {
		String suffix = Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
		LocalDate today = TestClock.TODAY;
		long townId = id(jdbc, "insert into town (name, sort_order, " + AUDIT + ") values (?, 900, " + NOW
				+ ") returning id", "镇" + suffix);
		long villageId = id(jdbc, "insert into village (town_id, name, category, " + AUDIT + ") values (?, ?, "
				+ "'REGISTERED_POOR', " + NOW + ") returning id", townId, "村" + suffix);
		long unitId = id(jdbc, "insert into aid_unit (name, kind, " + AUDIT + ") values (?, 'GOVERNMENT', " + NOW
				+ ") returning id", "单位" + suffix);
		jdbc.update("insert into aid_unit_village (unit_id, village_id) values (?, ?)", unitId, villageId);
		long leaderId = cadre(jdbc, unitId, "队长" + suffix);
		long memberId = cadre(jdbc, unitId, "队员" + suffix);
		SecurityContextHolder.getContext()
			.setAuthentication(TestUsers.authentication(Role.OFFICE_ADMIN, null, null, null));
		long teamId;
		try {
			teamId = teams.create(new TeamCommand(villageId, unitId, today.minusYears(1), today.plusYears(1), null));
			teams.addMember(teamId, new MemberCommand(leaderId, TeamRole.FIRST_SECRETARY, today.minusYears(1), null));
			teams.addMember(teamId, new MemberCommand(memberId, TeamRole.MEMBER, today.minusYears(1), null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String username = "m" + suffix;
		jdbc.update("""
				insert into account (username, password_hash, display_name, role, unit_id, cadre_id, created_at,
				modified_at) select ?, password_hash, ?, 'TEAM_MEMBER', ?, ?, now(), now() from account
				where username = 'member'""", username, "队员" + suffix, unitId, memberId);
		return new FieldTeam(teamId, memberId, username);
	}

	private static long cadre(JdbcTemplate jdbc, long unitId, String name) {
		return id(jdbc, "insert into cadre (unit_id, name, gender, phone, position, " + AUDIT
				+ ") values (?, ?, 'MALE', '13912345678', '科员', " + NOW + ") returning id", unitId, name);
	}

	private static long id(JdbcTemplate jdbc, String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}
}
