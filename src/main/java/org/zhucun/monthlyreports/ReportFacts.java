package org.zhucun.monthlyreports;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.attendance.Attendance;
import org.zhucun.attendance.CadreMonth;
import org.zhucun.monthlyreports.ReportContent.CadreLine;

/**
 * Pre-fills a report's figures from the other modules' APIs at the moment of drafting or refreshing: the team's
 * attendance per cadre (days, nights, weeks met, leave days, absences, spot check discrepancies, whether the month complies).
 */
@Component
class ReportFacts {

	private final Attendance attendance;

	ReportFacts(Attendance attendance) {
		this.attendance = attendance;
	}

	/** @return the unit's figures of the month, without written sections */
	ReportContent of(Long unitId, YearMonth month) {
		List<CadreLine> lines = this.attendance.unitMonth(unitId, month)
			.stream()
			.map(ReportFacts::line)
			.toList();
		return new ReportContent(lines, null);
	}

	private static CadreLine line(CadreMonth m) {
		return new CadreLine(m.cadreId(), m.cadreName(), m.villageName(), m.leader(), m.inVillageDays(), m.nights(),
				m.weeksMet(), m.weeksJudged(), m.leaveDays(), m.absentDays(), m.discrepancies(), m.complies());
	}
}
