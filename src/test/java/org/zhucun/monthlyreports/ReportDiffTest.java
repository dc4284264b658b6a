package org.zhucun.monthlyreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhucun.monthlyreports.ReportContent.CadreLine;
import org.zhucun.monthlyreports.ReportContent.Households;
import org.zhucun.monthlyreports.ReportContent.LeaderVisits;
import org.zhucun.monthlyreports.ReportContent.PurchaseFigures;
import org.zhucun.monthlyreports.ReportContent.Texts;
import org.zhucun.monthlyreports.ReportContent.Visit;

/** What the review highlights: each section and figure that changed, nothing else; old versions without a section. */
class ReportDiffTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 3);

	@Test
	void theSameContentHasNoChange() {
		assertThat(ReportDiff.between(content(3, "1234.50", 2, "工作"), content(3, "1234.50", 2, "工作"))).isEmpty();
		assertThat(ReportDiff.between(content(3, "1234.50", 2, "工作"), content(3, "1234.500", 2, "工作")))
			.as("the same amount in another scale")
			.isEmpty();
	}

	@Test
	void eachChangedFigureAndItsSectionAreNamed() {
		assertThat(ReportDiff.between(content(3, "1234.50", 2, "工作"), content(5, "1334.50", 3, "工作，开会")))
			.containsExactlyInAnyOrder("LEADER_VISITS:othersDays", "LEADER_VISITS:2:lastDay", "LEADER_VISITS:2:daysInMonth",
					"LEADER_VISITS", "HOUSEHOLDS:contacts", "HOUSEHOLDS",
					"PURCHASES:countedThisMonth", "PURCHASES:countedYearToDate", "PURCHASES", "WORK_DONE");
	}

	@Test
	void aNewVisitIsMarkedAsANewLineAndAVisitGoneMarksTheSection() {
		ReportContent before = content(3, "1234.50", 2, "工作");
		LeaderVisits more = new LeaderVisits(true, 3, 4, true, false,
				List.of(visit(1L, DAY, 2), visit(2L, DAY.plusDays(7), 3), visit(9L, DAY.plusDays(20), 1)));
		ReportContent after = new ReportContent(more, before.attendance(), before.households(), before.purchases(),
				before.texts());
		assertThat(ReportDiff.between(before, after)).containsExactlyInAnyOrder("LEADER_VISITS:9:*", "LEADER_VISITS");
		assertThat(ReportDiff.between(after, before)).containsExactly("LEADER_VISITS");
	}

	@Test
	void aSectionMissingFromAnOlderVersionChangedAsAWhole() {
		ReportContent old = new ReportContent(null, List.of(line(20)), null, null, new Texts("工作", "", "", ""));
		assertThat(ReportDiff.between(old, content(3, "1234.50", 20, "工作")))
			.containsExactlyInAnyOrder("LEADER_VISITS", "HOUSEHOLDS", "PURCHASES");
		assertThat(ReportDiff.between(old, old)).isEmpty();
	}

	private static ReportContent content(int othersDays, String month, int contacts, String workDone) {
		return new ReportContent(
				new LeaderVisits(true, othersDays, 4, true, false,
						List.of(visit(1L, DAY, 2), visit(2L, DAY.plusDays(7), othersDays))),
				List.of(line(20)), new Households(5, contacts, 1, 0, 1),
				new PurchaseFigures(new BigDecimal(month), new BigDecimal(month).add(new BigDecimal("765.50")),
						new BigDecimal("10000.00"), false, new BigDecimal("0.2")),
				new Texts(workDone, "", "", ""));
	}

	private static Visit visit(Long id, LocalDate first, int days) {
		return new Visit(id, "领导" + id, id == 1L, "示范村", first, first.plusDays(days - 1), days);
	}

	private static CadreLine line(int days) {
		return new CadreLine(7L, "第一书记", "示范村", true, days, days - 4, 4, 4, 0, 0, 0, true);
	}
}
