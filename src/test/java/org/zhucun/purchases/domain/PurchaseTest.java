package org.zhucun.purchases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhucun.shared.domain.BusinessRuleException;

/** A purchase's steps: ordered → received → paid, dated, never paid before received, back only by the office. */
class PurchaseTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	static PurchaseDetails details(LocalDate date, String amount) {
		return new PurchaseDetails(1L, date, 2L, SellerKind.COOPERATIVE, " 枣庙村种植专业合作社 ", "核桃", 3L,
				new BigDecimal("12.5"), "公斤", new BigDecimal(amount), 4L, Destination.CANTEEN, BuyerKind.UNIT, null);
	}

	@Test
	void aNewPurchaseIsOrderedAndDoesNotCount() {
		Purchase purchase = Purchase.order(details(TODAY.minusDays(3), "1280.5"));
		assertThat(purchase.status()).isEqualTo(PurchaseStatus.ORDERED);
		assertThat(purchase.counted()).isFalse();
		assertThat(purchase.amount()).isEqualTo(new BigDecimal("1280.50"));
		assertThat(purchase.quantity()).isEqualTo(new BigDecimal("12.500"));
		assertThat(purchase.sellerName()).isEqualTo("枣庙村种植专业合作社");
	}

	@Test
	void receivedThenPaidWithTheirDays() {
		Purchase purchase = Purchase.order(details(TODAY.minusDays(3), "100"));
		purchase.receive(TODAY.minusDays(2), TODAY);
		assertThat(purchase.status()).isEqualTo(PurchaseStatus.RECEIVED);
		assertThat(purchase.receivedOn()).isEqualTo(TODAY.minusDays(2));
		assertThat(purchase.counted()).isFalse();
		purchase.pay(TODAY, TODAY);
		assertThat(purchase.status()).isEqualTo(PurchaseStatus.PAID);
		assertThat(purchase.paidOn()).isEqualTo(TODAY);
		assertThat(purchase.counted()).isTrue();
	}

	@Test
	void neverPaidBeforeReceived() {
		Purchase purchase = Purchase.order(details(TODAY.minusDays(3), "100"));
		assertThatThrownBy(() -> purchase.pay(TODAY, TODAY)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("purchase.error.paid-before-received");
		assertThat(purchase.status()).isEqualTo(PurchaseStatus.ORDERED);
		purchase.receive(TODAY.minusDays(1), TODAY);
		assertThatThrownBy(() -> purchase.pay(TODAY.minusDays(2), TODAY))
			.hasMessage("purchase.error.paid-before-received-day");
		assertThatThrownBy(() -> purchase.receive(TODAY, TODAY)).hasMessage("purchase.error.not-ordered");
		purchase.pay(TODAY, TODAY);
		assertThatThrownBy(() -> purchase.pay(TODAY, TODAY)).hasMessage("purchase.error.already-paid");
	}

	@Test
	void stepDaysAreNeitherInTheFutureNorBeforeThePurchase() {
		Purchase purchase = Purchase.order(details(TODAY.minusDays(3), "100"));
		assertThatThrownBy(() -> purchase.receive(TODAY.plusDays(1), TODAY)).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo(Purchase.RECEIVED_FIELD))
			.hasMessage("purchase.error.day-future");
		assertThatThrownBy(() -> purchase.receive(TODAY.minusDays(4), TODAY))
			.hasMessage("purchase.error.received-before-date");
		assertThatThrownBy(() -> purchase.receive(null, TODAY)).hasMessage("purchase.error.day-required");
		assertThat(purchase.status()).isEqualTo(PurchaseStatus.ORDERED);
	}

	@Test
	void onlyTheOfficeGoesBackAStepAtATime() {
		Purchase purchase = Purchase.order(details(TODAY.minusDays(3), "100"));
		purchase.receive(TODAY, TODAY);
		purchase.pay(TODAY, TODAY);
		assertThatThrownBy(() -> purchase.stepBack(false)).hasMessage("purchase.error.back-office-only");
		assertThat(purchase.status()).isEqualTo(PurchaseStatus.PAID);
		purchase.stepBack(true);
		assertThat(purchase.status()).isEqualTo(PurchaseStatus.RECEIVED);
		assertThat(purchase.paidOn()).isNull();
		assertThat(purchase.receivedOn()).isEqualTo(TODAY);
		purchase.stepBack(true);
		assertThat(purchase.status()).isEqualTo(PurchaseStatus.ORDERED);
		assertThat(purchase.receivedOn()).isNull();
		assertThatThrownBy(() -> purchase.stepBack(true)).hasMessage("purchase.error.nothing-back");
	}

	@Test
	void aReceivedPurchaseKeepsADateOnOrBeforeReceipt() {
		Purchase purchase = Purchase.order(details(TODAY.minusDays(3), "100"));
		purchase.receive(TODAY.minusDays(2), TODAY);
		assertThatThrownBy(() -> purchase.update(details(TODAY.minusDays(1), "100")))
			.hasMessage("purchase.error.date-after-received");
		purchase.update(details(TODAY.minusDays(2), "99.99"));
		assertThat(purchase.amount()).isEqualTo(new BigDecimal("99.99"));
	}

	@Test
	void theRulesOfTheValues() {
		assertThat(PurchaseRules.check(details(TODAY, "0.01"), TODAY)).isEmpty();
		assertThat(PurchaseRules.check(details(TODAY, "0"), TODAY)).extracting(Violation::field, Violation::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("amount", "purchase.error.not-positive"));
		assertThat(PurchaseRules.check(details(TODAY, "-5"), TODAY)).extracting(Violation::key)
			.containsExactly("purchase.error.not-positive");
		assertThat(PurchaseRules.check(details(TODAY, "1.005"), TODAY)).extracting(Violation::key)
			.containsExactly("purchase.error.decimals");
		assertThat(PurchaseRules.check(details(TODAY, "1.500"), TODAY)).as("trailing zeros are not decimals").isEmpty();
		assertThat(PurchaseRules.check(details(TODAY.plusDays(1), "1"), TODAY)).extracting(Violation::field)
			.containsExactly("date");
		PurchaseDetails empty = new PurchaseDetails(1L, null, null, SellerKind.HOUSEHOLD, " ", " ", null,
				new BigDecimal("-1"), "", null, null, null, null, null);
		assertThat(PurchaseRules.check(empty, TODAY)).extracting(Violation::field)
			.containsExactly("date", "villageId", "sellerName", "product", "categoryId", "quantity", "measure", "amount",
					"channelId", "destination", "buyerKind");
	}
}
