package org.zhucun.attendance;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Judges the months of many cadres at once (DOMAIN §4): one SQL aggregate of the day records per membership and ISO
 * week, the weekly rule with the settings in force in each week, and the month flags with the spot check
 * discrepancies. No scope check here: the services that call it check the signed-in account's scope first.
 */
@Component
class MonthCompliance {

	/** @return the first and last day of the month's ISO weeks, and the weeks */
	MonthPeriod period(YearMonth month) {
		return MonthPeriod.of(month);
	}

	/** @return the months of the members of one team, ordered by name */
	List<CadreMonth> ofTeam(Long teamId, YearMonth month) {
		throw new UnsupportedOperationException("being written");
	}

	/** @return the months of an aid unit's cadres in whatever team they served, ordered by town, village, name */
	List<CadreMonth> ofUnit(Long unitId, YearMonth month) {
		throw new UnsupportedOperationException("being written");
	}

	/** @return the months of the cadres in the teams of one town's villages, ordered by village, name */
	List<CadreMonth> ofTown(Long townId, YearMonth month) {
		throw new UnsupportedOperationException("being written");
	}

	/** @return the months of every stationed cadre of the district, ordered by town, village, name */
	List<CadreMonth> ofDistrict(YearMonth month) {
		throw new UnsupportedOperationException("being written");
	}
}
