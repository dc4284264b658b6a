package org.zhucun.workteams;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;


import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.identity.Role;
import org.zhucun.organization.VillageCategory;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Base of the work teams' integration tests: fixture towns, villages, units and cadres with unique names (written
 * straight into the organisation's tables), teams and members made through the module's own service.
 */
abstract class TeamsIT extends IntegrationTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** A term that started a year ago and ends in a year. */
	protected static final LocalDate TERM_START = TODAY.minusYears(1);

	protected static final LocalDate TERM_END = TODAY.plusYears(1);

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected TeamService teams;

	/** Ids of a small fixture: a town with a registered poor village and a unit with cadres. */
	protected record Place(long townId, String townName, long villageId, String villageName, long unitId,
			String unitName) {
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	/** @return a name that no other test uses */
	protected static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
	}

	protected static RequestPostProcessor csrf() {
		return SecurityMockMvcRequestPostProcessors.csrf();
	}

	protected long town(String name) {
		return insert("insert into town (name, sort_order, " + AUDIT + ") values (?, 900, " + NOW + ") returning id",
				name);
	}

	protected long village(long townId, String name, VillageCategory category) {
		return insert("insert into village (town_id, name, category, " + AUDIT + ") values (?, ?, ?, " + NOW
				+ ") returning id", townId, name, category.name());
	}

	protected long unit(String name) {
		return insert("insert into aid_unit (name, kind, " + AUDIT + ") values (?, 'GOVERNMENT', " + NOW
				+ ") returning id", name);
	}

	protected long cadre(long unitId, String name, String phone) {
		return insert("insert into cadre (unit_id, name, gender, phone, position, " + AUDIT
				+ ") values (?, ?, 'MALE', ?, '科员', " + NOW + ") returning id", unitId, name, phone);
	}

	protected long cadre(long unitId) {
		return cadre(unitId, unique("干部"), "13912345678");
	}

	protected void linkUnit(long unitId, long villageId) {
		this.jdbc.update("insert into aid_unit_village (unit_id, village_id) values (?, ?)", unitId, villageId);
	}

	/** A new town with a registered poor village and a unit linked to it. */
	protected Place place() {
		return place(VillageCategory.REGISTERED_POOR);
	}

	protected Place place(VillageCategory category) {
		String townName = unique("镇");
		long townId = town(townName);
		String villageName = unique("村");
		long villageId = village(townId, villageName, category);
		String unitName = unique("单位");
		long unitId = unit(unitName);
		linkUnit(unitId, villageId);
		return new Place(townId, townName, villageId, villageName, unitId, unitName);
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

	protected long dispatch(Place place) {
		return dispatch(place.villageId(), place.unitId(), TERM_START, TERM_END);
	}

	protected long dispatch(long villageId, long unitId, LocalDate start, LocalDate end) {
		return asAdmin(() -> this.teams.create(new TeamCommand(villageId, unitId, start, end, null)));
	}

	protected long addMember(long teamId, long cadreId, TeamRole role, LocalDate joinedOn) {
		return asAdmin(() -> this.teams.addMember(teamId, new MemberCommand(cadreId, role, joinedOn, null)));
	}

	/** A team of the place, led by a first secretary, with {@code members} members in all, from the term's start. */
	protected long staffedTeam(Place place, int members) {
		long teamId = dispatch(place);
		for (int i = 0; i < members; i++) {
			addMember(teamId, cadre(place.unitId()), i == 0 ? TeamRole.FIRST_SECRETARY : TeamRole.MEMBER, TERM_START);
		}
		return teamId;
	}

	protected long membershipOf(long teamId, long cadreId) {
		return this.jdbc.queryForObject("select id from team_membership where team_id = ? and cadre_id = ? "
				+ "order by joined_on desc limit 1", Long.class, teamId, cadreId);
	}

	protected long versionOfMembership(long membershipId) {
		return this.jdbc.queryForObject("select version from team_membership where id = ?", Long.class, membershipId);
	}

	protected long activeTeamsOf(long villageId) {
		return this.jdbc.queryForObject("select count(*) from work_team where village_id = ? and status = 'ACTIVE'",
				Long.class, villageId);
	}

	protected long activeMembers(long teamId) {
		return this.jdbc.queryForObject("select count(*) from team_membership where team_id = ? and left_on is null",
				Long.class, teamId);
	}

	protected long memberships(long teamId) {
		return this.jdbc.queryForObject("select count(*) from team_membership where team_id = ?", Long.class, teamId);
	}


	private static final String AUDIT = "created_at, created_by, modified_at, modified_by";

	private static final String NOW = "now(), 'test', now(), 'test'";

	private long insert(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}
}
