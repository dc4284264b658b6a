package org.zhucun.monthlyreports;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.attendance.Attendance;
import org.zhucun.attendance.CadreMonth;
import org.zhucun.monthlyreports.ReportContent.CadreLine;
import org.zhucun.monthlyreports.ReportContent.Households;
import org.zhucun.monthlyreports.ReportContent.LeaderVisits;
import org.zhucun.monthlyreports.ReportContent.PurchaseFigures;
import org.zhucun.monthlyreports.ReportContent.Visit;
import org.zhucun.pairings.PairingMonth;
import org.zhucun.pairings.Pairings;
import org.zhucun.purchases.PurchaseMonth;
import org.zhucun.purchases.Purchases;
import org.zhucun.unitduties.UnitDuties;
import org.zhucun.unitduties.UnitDutyMonth;

/**
 * Pre-fills a report's figures from the other modules' APIs at the moment of drafting or refreshing: the leadership's
 * visits and the quarter's meeting (unit duties), the team's attendance per cadre (days, nights, weeks met, leave days,
 * absences, spot check discrepancies, whether the month complies), the contacts with the paired households, the
 * overdue ones and the monitoring cases (pairings), and the consumption aid of the month and the year (purchases).
 */
@Component
class ReportFacts {

	private final Attendance attendance;

	private final UnitDuties duties;

	private final Pairings pairings;

	private final Purchases purchases;

	ReportFacts(Attendance attendance, UnitDuties duties, Pairings pairings, Purchases purchases) {
		this.attendance = attendance;
		this.duties = duties;
		this.pairings = pairings;
		this.purchases = purchases;
	}

	/** @return the unit's figures of the month, without written sections */
	ReportContent of(Long unitId, YearMonth month) {
		List<CadreLine> lines = this.attendance.unitMonth(unitId, month)
			.stream()
			.map(ReportFacts::line)
			.toList();
		return new ReportContent(visits(this.duties.monthFor(unitId, month)), lines,
				households(this.pairings.unitMonth(unitId, month)), purchases(this.purchases.unitMonth(unitId, month)),
				null);
	}

	private static CadreLine line(CadreMonth m) {
		return new CadreLine(m.cadreId(), m.cadreName(), m.villageName(), m.leader(), m.inVillageDays(), m.nights(),
				m.weeksMet(), m.weeksJudged(), m.leaveDays(), m.absentDays(), m.discrepancies(), m.complies());
	}

	private static LeaderVisits visits(UnitDutyMonth m) {
		return new LeaderVisits(m.principalVisited(), m.othersDays(), m.othersRequired(), m.meetingThisQuarter(),
				m.met(), m.visits()
					.stream()
					.map(v -> new Visit(v.visitId(), v.leaderName(), v.principal(), v.villageName(), v.firstDay(),
							v.lastDay(), v.daysInMonth()))
					.toList());
	}

	private static Households households(PairingMonth m) {
		return new Households(m.householdsPaired(), m.contacts(), m.homeVisits(), m.householdsOverdue(),
				m.monitoringInProgress());
	}

	private static PurchaseFigures purchases(PurchaseMonth m) {
		return new PurchaseFigures(m.countedThisMonth(), m.countedYearToDate(), m.target(), m.exempt(), m.progress());
	}
}
