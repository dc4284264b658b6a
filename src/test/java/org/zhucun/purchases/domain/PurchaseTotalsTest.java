package org.zhucun.purchases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.zhucun.purchases.domain.PurchaseTotals.Line;

/** Totals of consumption aid: exact to the fen over many purchases, only received-and-paid ones counted. */
class PurchaseTotalsTest {

	@Test
	void manyPurchasesAddUpExactlyToTheFen() {
		List<Line> lines = new ArrayList<>();
		// 100,000 purchases of ¥0.10 each: in binary floating point this sum drifts; in fen it is exactly ¥10,000.00.
		for (int i = 0; i < 100_000; i++) {
			lines.add(new Line(LocalDate.of(2026, 1 + i % 12, 1 + i % 28), new BigDecimal("0.10"), PurchaseStatus.PAID));
		}
		double floating = 0;
		for (int i = 0; i < 100_000; i++) {
			floating += 0.10;
		}
		assertThat(floating).isNotEqualTo(10_000.0);
		assertThat(PurchaseTotals.counted(lines)).isEqualByComparingTo("10000.00").hasScaleOf(2);
	}

	@Test
	void randomAmountsSumToTheSumOfTheirFen() {
		Random random = new Random(42);
		List<Line> lines = new ArrayList<>();
		long fen = 0;
		for (int i = 0; i < 20_000; i++) {
			long amountFen = 1 + random.nextInt(99_999_999);
			PurchaseStatus status = PurchaseStatus.values()[random.nextInt(3)];
			if (status == PurchaseStatus.PAID) {
				fen += amountFen;
			}
			lines.add(new Line(LocalDate.of(2026, 3, 1), BigDecimal.valueOf(amountFen, 2), status));
		}
		assertThat(PurchaseTotals.counted(lines)).isEqualTo(BigDecimal.valueOf(fen, 2));
	}

	@Test
	void onlyReceivedAndPaidPurchasesCount() {
		List<Line> lines = List.of(new Line(LocalDate.of(2026, 11, 2), new BigDecimal("100.00"), PurchaseStatus.ORDERED),
				new Line(LocalDate.of(2026, 11, 3), new BigDecimal("200.00"), PurchaseStatus.RECEIVED),
				new Line(LocalDate.of(2026, 11, 4), new BigDecimal("300.05"), PurchaseStatus.PAID));
		assertThat(PurchaseTotals.counted(lines)).isEqualByComparingTo("300.05");
		assertThat(PurchaseStatus.ORDERED.counted()).isFalse();
		assertThat(PurchaseStatus.RECEIVED.counted()).isFalse();
		assertThat(PurchaseStatus.PAID.counted()).isTrue();
	}

	@Test
	void monthAndYearToDateFollowThePurchaseDate() {
		List<Line> lines = List.of(new Line(LocalDate.of(2025, 12, 31), new BigDecimal("1000.00"), PurchaseStatus.PAID),
				new Line(LocalDate.of(2026, 1, 1), new BigDecimal("10.01"), PurchaseStatus.PAID),
				new Line(LocalDate.of(2026, 10, 31), new BigDecimal("20.02"), PurchaseStatus.PAID),
				new Line(LocalDate.of(2026, 11, 1), new BigDecimal("30.03"), PurchaseStatus.PAID),
				new Line(LocalDate.of(2026, 11, 30), new BigDecimal("40.04"), PurchaseStatus.RECEIVED),
				new Line(LocalDate.of(2026, 12, 1), new BigDecimal("50.05"), PurchaseStatus.PAID));
		YearMonth november = YearMonth.of(2026, 11);
		assertThat(PurchaseTotals.countedIn(lines, november)).isEqualByComparingTo("30.03");
		assertThat(PurchaseTotals.countedYearTo(lines, november)).isEqualByComparingTo("60.06");
		assertThat(PurchaseTotals.byMonth(lines)).containsEntry(YearMonth.of(2025, 12), new BigDecimal("1000.00"))
			.containsEntry(november, new BigDecimal("30.03"))
			.hasSize(5);
	}
}
