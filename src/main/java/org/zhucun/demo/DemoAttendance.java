package org.zhucun.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The demo district's attendance of its last months, before it is written: rows that refer to the district's cadres,
 * teams and towns by their position in its lists.
 * @param patterns each stationed cadre's pattern, by cadre index
 * @param days the day records declared by the cadres or set by their team leaders
 * @param confirmations the teams' confirmed weeks
 * @param checks the spot checks of the office and the demo town
 */
record DemoAttendance(Map<Integer, Pattern> patterns, List<Day> days, List<Confirmation> confirmations,
		List<Check> checks) {

	/** How a cadre keeps (or does not keep) five days and four nights. */
	enum Pattern {

		/** Five days and four nights, now and then on official business, weekends mostly at rest. */
		COMPLIANT,
		/** 挂名驻村: mostly at rest, in the village one weekday in most weeks at most. */
		NOMINAL,
		/** 两头跑: the days in the village, but home most nights. */
		COMMUTING,
		/** Compliant, but has not declared several days of the last two weeks. */
		GAPS,
		/** Compliant but for a few days away without leave. */
		ABSENT
	}

	/**
	 * A day record; source {@code SELF} (declared by the cadre) or {@code LEADER} (corrected by the team leader, with
	 * the reason in the note). Location evidence, when given, with the distance to the village centre.
	 */
	record Day(int cadre, int team, LocalDate day, String status, boolean overnight, String source,
			BigDecimal latitude, BigDecimal longitude, Integer accuracyMetres, Integer distanceMetres,
			boolean needsReview, String note, OffsetDateTime at) {
	}

	/** A team's ISO week confirmed by the cadre then leading it. */
	record Confirmation(int team, int isoYear, int isoWeek, int leaderCadre, OffsetDateTime at) {
	}

	/** A spot check of a cadre in a team of a town, by the office or by the demo town's official. */
	record Check(int cadre, int team, int town, LocalDate day, OffsetDateTime at, String method, boolean foundPresent,
			String note, boolean byOffice) {
	}
}
