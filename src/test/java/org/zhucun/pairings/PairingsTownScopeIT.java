package org.zhucun.pairings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Issue 11: a town official follows the pairings of the town's households, whatever unit the paired cadre belongs to,
 * with the cadre named as text (never a link to a cadre page); a pairing of a cadre of a unit linked to the town with a
 * household of another town is not the town's (not listed, 403), and the other town sees it the other way round.
 */
class PairingsTownScopeIT extends IntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theTownFollowsThePairingsOfItsHouseholdsWhateverTheCadresUnit() {
		PairingsFixture own = PairingsFixture.create(this.jdbc, TODAY, 1);
		PairingsFixture other = PairingsFixture.create(this.jdbc, TODAY, 1);
		long unlinkedCadre = other.cadres().get(2);
		long linkedCadre = own.cadres().get(2);
		own.pair(this.jdbc, unlinkedCadre, own.households().get(0), TODAY.minusMonths(2));
		other.pair(this.jdbc, linkedCadre, other.households().get(0), TODAY.minusMonths(2));
		long here = pairing(own.households().get(0));
		long elsewhere = pairing(other.households().get(0));
		String unlinkedName = name(unlinkedCadre);
		String linkedName = name(linkedCadre);
		RequestPostProcessor official = TestUsers.town(own.townId());

		assertThat(body("/pairings", official)).contains(unlinkedName, "/pairings/" + here + "\"")
			.doesNotContain(linkedName)
			.doesNotContain("/cadres/");
		assertThat(body("/pairings/" + here, official)).contains(unlinkedName).doesNotContain("/cadres/");
		assertThat(body("/households/" + own.households().get(0), official)).contains(unlinkedName)
			.doesNotContain("/cadres/");
		assertThat(body("/pairings?cadreId=" + linkedCadre, official)).doesNotContain(linkedName);
		assertThat(this.mvc.get().uri("/pairings/" + elsewhere).with(official).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		// The town does not pair: asking the pairing page for a unit's cadres lists none of them.
		assertThat(body("/pairings/" + here + "?unitId=" + own.unitId(), official))
			.doesNotContain(name(own.cadres().get(5)));

		RequestPostProcessor otherOfficial = TestUsers.town(other.townId());
		assertThat(body("/pairings", otherOfficial)).contains(linkedName).doesNotContain(unlinkedName);
		assertThat(body("/pairings/" + elsewhere, otherOfficial)).contains(linkedName);
		assertThat(this.mvc.get().uri("/pairings/" + here).with(otherOfficial).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/households/" + own.households().get(0)).with(otherOfficial).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private long pairing(long household) {
		return this.jdbc.queryForObject("select id from pairing where household_id = ? and to_date is null", Long.class,
				household);
	}

	private String name(long cadre) {
		return this.jdbc.queryForObject("select name from cadre where id = ?", String.class, cadre);
	}

	private String body(String uri, RequestPostProcessor user) {
		var result = this.mvc.get().uri(uri).with(user).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
