package org.zhucun.oversight;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhucun.identity.Role;
import org.zhucun.shared.web.Formats;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;
import org.zhucun.workteams.MemberCommand;
import org.zhucun.workteams.TeamCommand;
import org.zhucun.workteams.TeamRole;
import org.zhucun.workteams.TeamService;

/** Fixtures of the oversight tests: a town with a village, a unit and a team of their own, with unique names. */
abstract class OversightIT extends IntegrationTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final String AUDIT = "created_at, created_by, modified_at, modified_by";

	private static final String NOW = "now(), 'test', now(), 'test'";

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected TeamService teams;

	/** A team in a village of its own town, with a leader and two members, serving since a year ago. */
	protected record Team(long townId, long villageId, long unitId, long teamId, long leaderId, long memberId,
			long member2Id) {
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	protected static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
	}

	protected Team team() {
		long townId = insert("insert into town (name, sort_order, " + AUDIT + ") values (?, 900, " + NOW
				+ ") returning id", unique("镇"));
		long villageId = insert("insert into village (town_id, name, category, " + AUDIT + ") values (?, ?, "
				+ "'REGISTERED_POOR', " + NOW + ") returning id", townId, unique("村"));
		long unitId = insert("insert into aid_unit (name, kind, " + AUDIT + ") values (?, 'GOVERNMENT', " + NOW
				+ ") returning id", unique("单位"));
		this.jdbc.update("insert into aid_unit_village (unit_id, village_id) values (?, ?)", unitId, villageId);
		long leaderId = cadre(unitId);
		long memberId = cadre(unitId);
		long member2Id = cadre(unitId);
		long teamId = asAdmin(() -> this.teams
			.create(new TeamCommand(villageId, unitId, TODAY.minusYears(1), TODAY.plusYears(1), null)));
		asAdmin(() -> this.teams
			.addMember(teamId, new MemberCommand(leaderId, TeamRole.FIRST_SECRETARY, TODAY.minusYears(1), null)));
		asAdmin(() -> this.teams
			.addMember(teamId, new MemberCommand(memberId, TeamRole.MEMBER, TODAY.minusYears(1), null)));
		asAdmin(() -> this.teams
			.addMember(teamId, new MemberCommand(member2Id, TeamRole.MEMBER, TODAY.minusYears(1), null)));
		return new Team(townId, villageId, unitId, teamId, leaderId, memberId, member2Id);
	}

	/** A cadre of a unit, first secretary of its team in a new village of a town since a year ago. */
	protected record Stationed(long teamId, long cadreId) {
	}

	/** @return a new cadre of the unit stationed in a new village of the town (whatever villages the unit is linked to) */
	protected Stationed stationedIn(long townId, long unitId) {
		long village = insert("insert into village (town_id, name, category, " + AUDIT + ") values (?, ?, "
				+ "'REGISTERED_POOR', " + NOW + ") returning id", townId, unique("村"));
		long teamId = asAdmin(() -> this.teams
			.create(new TeamCommand(village, unitId, TODAY.minusYears(1), TODAY.plusYears(1), null)));
		long cadre = cadre(unitId);
		asAdmin(() -> this.teams
			.addMember(teamId, new MemberCommand(cadre, TeamRole.FIRST_SECRETARY, TODAY.minusYears(1), null)));
		return new Stationed(teamId, cadre);
	}

	protected long cadre(long unitId) {
		return insert("insert into cadre (unit_id, name, gender, phone, position, " + AUDIT
				+ ") values (?, ?, 'MALE', '13912345678', '科员', " + NOW + ") returning id", unitId, unique("干部"));
	}

	/** @return a spot check that found the cadre away on a day they declared in the village (a discrepancy) */
	protected long discrepancy(Team team, long cadreId, LocalDate day) {
		this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source, " + AUDIT
				+ ") values (?, ?, ?, 'IN_VILLAGE', true, 'SELF', " + NOW + ")", cadreId, team.teamId(), day);
		Timestamp at = Timestamp.from(day.atTime(10, 30).atZone(Formats.ZONE).toInstant());
		return insert("insert into spot_check (cadre_id, team_id, town_id, checked_at, day, method, found_present, "
				+ "checked_by, checked_by_username, " + AUDIT + ") values (?, ?, ?, ?, ?, 'VISIT', false, -1, 'town', "
				+ NOW + ") returning id", cadreId, team.teamId(), team.townId(), at, day);
	}

	/** Runs the action signed in as the office administrator (for services called directly). */
	protected <T> T asAdmin(Supplier<T> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(TestUsers.authentication(Role.OFFICE_ADMIN, null, null, null));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	protected long insert(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}
}
