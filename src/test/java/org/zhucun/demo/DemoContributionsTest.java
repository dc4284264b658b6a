package org.zhucun.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhucun.shared.platform.DemoData;

/**
 * The modules' demo contributions the loader runs for each size: all of them for the district and the city, for the
 * province only those that write it (the month roll-ups), so that its overview reads stored figures right after the
 * load.
 */
class DemoContributionsTest {

	private static DemoData contribution(int order, boolean province) {
		return new DemoData() {

			@Override
			public int order() {
				return order;
			}

			@Override
			public boolean writesProvince() {
				return province;
			}

			@Override
			public void load(Context context) {
			}
		};
	}

	@Test
	void theProvinceRunsOnlyTheContributionsThatWriteIt() {
		DemoData records = contribution(1, false);
		DemoData rollups = contribution(2, true);
		List<DemoData> modules = List.of(records, rollups);
		assertThat(DemoDistrictLoader.contributions(modules, DemoData.Scale.DISTRICT)).containsExactly(records, rollups);
		assertThat(DemoDistrictLoader.contributions(modules, DemoData.Scale.CITY)).containsExactly(records, rollups);
		assertThat(DemoDistrictLoader.contributions(modules, DemoData.Scale.PROVINCE)).containsExactly(rollups);
	}

	@Test
	void aContributionWritesTheProvinceOnlyWhenItSaysSo() {
		assertThat(new DemoData() {

			@Override
			public int order() {
				return 0;
			}

			@Override
			public void load(Context context) {
			}
		}.writesProvince()).isFalse();
	}
}
