package org.zhucun.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The distance of a position to the village centre, in metres. */
class GeoDistanceTest {

	@Test
	void theSamePlaceIsZeroMetresAway() {
		assertThat(GeoDistance.metres(d("36.651200"), d("117.120000"), d("36.651200"), d("117.120000"))).isZero();
	}

	@Test
	void oneThousandthOfADegreeOfLatitudeIsAboutOneHundredElevenMetres() {
		assertThat(GeoDistance.metres(d("36.651200"), d("117.120000"), d("36.652200"), d("117.120000")))
			.isBetween(110, 112);
	}

	@Test
	void halfADegreeSouthIsAboutFiftyKilometres() {
		assertThat(GeoDistance.metres(d("36.651200"), d("117.120000"), d("36.200000"), d("117.087000")))
			.isBetween(49_000, 51_000);
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}
}
