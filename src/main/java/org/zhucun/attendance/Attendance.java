package org.zhucun.attendance;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendance module's API for the other modules (unit duties' allowances, monthly reports, oversight): each
 * stationed cadre's month as the monthly sheets judge it (days and nights in the village, weeks met, flags, leave
 * days). These are facts without a scope check, like the work teams' facts: the calling module checks the signed-in
 * account's scope for what it shows.
 */
@Service
@Transactional(readOnly = true)
public class Attendance {

	private final MonthCompliance compliance;

	private final SpotChecks spotChecks;

	Attendance(MonthCompliance compliance, SpotChecks spotChecks) {
		this.compliance = compliance;
		this.spotChecks = spotChecks;
	}

	/** @return the spot checks of the month that found a cadre away on a day declared in the village, newest first */
	public Page<SpotCheckRow> discrepancies(YearMonth month, Pageable pageable) {
		return this.spotChecks.search(new SpotCheckFilter(month, null, null, null, true), null, pageable).page();
	}

	/** @return the spot check with the cadre's declared record of the day, if it exists */
	public Optional<SpotCheckDetail> spotCheck(Long id) {
		return this.spotChecks.find(id).map(SpotChecks.Found::detail);
	}

	/** @return the month of every cadre who served in a team in the month, for an aid unit's cadres, by team and name */
	public List<CadreMonth> unitMonth(Long unitId, YearMonth month) {
		return this.compliance.ofUnit(unitId, month);
	}

	/** @return the month of every cadre who served in the team in the month */
	public List<CadreMonth> teamMonth(Long teamId, YearMonth month) {
		return this.compliance.ofTeam(teamId, month);
	}

	/** @return the cadre's month, one line per team served in during the month */
	public List<CadreMonth> cadreMonth(Long cadreId, YearMonth month) {
		return this.compliance.ofCadre(cadreId, month);
	}

	/** @return the month of every stationed cadre of the district (for district-wide roll-ups) */
	public List<CadreMonth> districtMonth(YearMonth month) {
		return this.compliance.ofDistrict(month);
	}
}
