package org.zhucun.unitduties;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.unitduties.domain.rule.DutyNumbers;
import org.zhucun.unitduties.domain.rule.DutyRule;
import org.zhucun.unitduties.domain.rule.MonthDuty;
import org.zhucun.unitduties.domain.rule.VisitSpan;

/** Judges units' months by the duty rule with the numbers in force on each month's first day. */
@Component
class DutyJudge {

	private final PolicySettings settings;

	DutyJudge(PolicySettings settings) {
		this.settings = settings;
	}

	/** @return the rule's numbers for the month */
	DutyNumbers numbers(YearMonth month) {
		PolicySettings.Snapshot snapshot = this.settings.forDate(month.atDay(1));
		return new DutyNumbers(snapshot.intValue(UnitDutySettings.PRINCIPAL_VISITS),
				snapshot.intValue(UnitDutySettings.OTHERS_DAYS));
	}

	/** @return the rule, reading the numbers of each month it judges */
	DutyRule rule() {
		return new DutyRule(this::numbers);
	}

	/** @return the month judged from the visits */
	MonthDuty judge(YearMonth month, Collection<VisitRow> visits) {
		return rule().judge(month, spans(visits));
	}

	static List<VisitSpan> spans(Collection<VisitRow> visits) {
		return visits.stream().map(v -> new VisitSpan(v.leaderId(), v.principal(), v.firstDay(), v.lastDay())).toList();
	}

	/** @return the first day of the month's quarter */
	static LocalDate quarterStart(YearMonth month) {
		return LocalDate.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1, 1);
	}

	/** @return the last day of the month's quarter */
	static LocalDate quarterEnd(YearMonth month) {
		return quarterStart(month).plusMonths(3).minusDays(1);
	}
}
