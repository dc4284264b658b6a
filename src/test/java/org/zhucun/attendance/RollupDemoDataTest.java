package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo loader rolls up the months last, for the province as well as the city and the district. */
class RollupDemoDataTest {

	@Test
	void rollsUpLastAndForTheProvinceToo() {
		RollupDemoData rollups = new RollupDemoData(null);
		assertThat(rollups.writesProvince()).isTrue();
		assertThat(rollups.order()).isEqualTo(Integer.MAX_VALUE);
	}
}
