package org.zhucun.unitduties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Issue 11: a town official reads the duties of the units serving the town, but the cadre rows of the care page, the
 * cadres without care and the allowance sheet are only the town's cadres (those serving or having served in its
 * villages, {@link org.zhucun.identity.TownCadres}): a cadre of an unlinked unit stationed in the town shows, a cadre
 * of a linked unit stationed elsewhere does not; the other town sees it the other way round.
 */
class UnitDutiesTownScopeIT extends IntegrationTest {

	private static final String AUDIT = "created_at, created_by, modified_at, modified_by";

	private static final String NOW = "now(), 'test', now(), 'test'";

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theTownSeesTheCareAndAllowancesOfItsOwnCadresOnly() {
		long own = town();
		long other = town();
		long mine = village(own);
		long theirs = village(other);
		long linked = unit(mine);
		long unlinked = unit(theirs);
		long here = cadre(unlinked);
		long elsewhere = cadre(linked);
		YearMonth month = YearMonth.from(TODAY).minusMonths(1);
		station(team(mine, unlinked), here, month);
		station(team(theirs, linked), elsewhere, month);
		RequestPostProcessor official = TestUsers.town(own);
		RequestPostProcessor otherOfficial = TestUsers.town(other);

		// The office sees both cadres of each unit's pages; the premise of what follows.
		assertThat(get("/unit-duties/units/" + linked + "/care", TestUsers.officeStaff()))
			.contains("data-cadre=\"" + elsewhere + "\"")
			.doesNotContain("id=\"town-cadres-only\"");
		assertThat(get("/unit-duties/units/" + linked + "/allowances?month=" + month, TestUsers.officeStaff()))
			.contains("data-cadre=\"" + elsewhere + "\"");

		// The linked unit's page opens for the town, without its cadre stationed elsewhere, and says so.
		assertThat(get("/unit-duties/units/" + linked + "/care", official)).contains("id=\"town-cadres-only\"")
			.doesNotContain("data-cadre=\"" + elsewhere + "\"");
		assertThat(get("/unit-duties/units/" + linked + "/allowances?month=" + month, official))
			.contains("id=\"town-cadres-only\"")
			.doesNotContain("data-cadre=\"" + elsewhere + "\"");
		assertThat(get("/unit-duties/units/" + linked + "/allowances/print?month=" + month, official))
			.doesNotContain("data-cadre=\"" + elsewhere + "\"");
		// The unlinked unit serves the town with its team: its cadre stationed here shows.
		assertThat(get("/unit-duties/units/" + unlinked + "/care", official)).contains("data-cadre=\"" + here + "\"");
		assertThat(get("/unit-duties/units/" + unlinked + "/allowances?month=" + month, official))
			.contains("data-cadre=\"" + here + "\"");
		assertThat(get("/unit-duties/care/missing?kind=HEALTH_CHECK&year=" + TODAY.getYear(), official))
			.contains("data-cadre=\"" + here + "\"", "id=\"town-cadres-only\"")
			.doesNotContain("data-cadre=\"" + elsewhere + "\"");

		// The other town the other way round.
		assertThat(get("/unit-duties/units/" + unlinked + "/care", otherOfficial))
			.doesNotContain("data-cadre=\"" + here + "\"");
		assertThat(get("/unit-duties/units/" + linked + "/care", otherOfficial))
			.contains("data-cadre=\"" + elsewhere + "\"");
		assertThat(get("/unit-duties/care/missing?kind=HEALTH_CHECK&year=" + TODAY.getYear(), otherOfficial))
			.contains("data-cadre=\"" + elsewhere + "\"")
			.doesNotContain("data-cadre=\"" + here + "\"");

		// A town the unit does not serve is refused.
		long unrelated = unit(village(town()));
		assertThat(this.mvc.get().uri("/unit-duties/units/" + unrelated + "/care").with(official).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/unit-duties/units/" + unrelated + "/allowances").with(official).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private String get(String uri, RequestPostProcessor user) {
		var result = this.mvc.get().uri(uri).with(user).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long town() {
		return insert("insert into town (name, sort_order, " + AUDIT + ") values (?, 900, " + NOW + ") returning id",
				unique("镇"));
	}

	private long village(long town) {
		return insert("insert into village (town_id, name, category, " + AUDIT + ") values (?, ?, 'OTHER', " + NOW
				+ ") returning id", town, unique("村"));
	}

	private long unit(long linkedVillage) {
		long unit = insert("insert into aid_unit (name, kind, " + AUDIT + ") values (?, 'GOVERNMENT', " + NOW
				+ ") returning id", unique("单位"));
		this.jdbc.update("insert into aid_unit_village (unit_id, village_id) values (?, ?)", unit, linkedVillage);
		return unit;
	}

	private long cadre(long unit) {
		return insert("insert into cadre (unit_id, name, gender, phone, position, " + AUDIT
				+ ") values (?, ?, 'FEMALE', '13912345678', '科员', " + NOW + ") returning id", unit, unique("干部"));
	}

	private long team(long village, long unit) {
		return insert("""
				insert into work_team (village_id, unit_id, term_start, term_end, one_per_village, created_at, modified_at)
				values (?, ?, date '2025-01-01', date '2027-12-31', false, now(), now()) returning id""", village, unit);
	}

	/** Makes the cadre a member of the team since 2025 with one day in the village in the month. */
	private void station(long team, long cadre, YearMonth month) {
		this.jdbc.update("""
				insert into team_membership (team_id, cadre_id, role, joined_on, created_at, modified_at)
				values (?, ?, 'MEMBER', date '2025-01-01', now(), now())""", team, cadre);
		LocalDate day = month.atDay(10);
		this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source, " + AUDIT
				+ ") values (?, ?, ?, 'IN_VILLAGE', true, 'SELF', " + NOW + ")", cadre, team, day);
	}

	private long insert(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	private static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime(), 36);
	}
}
