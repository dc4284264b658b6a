package org.zhucun.pairings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhucun.pairings.domain.MonitoringActor.OFFICE;
import static org.zhucun.pairings.domain.MonitoringActor.OTHER;
import static org.zhucun.pairings.domain.MonitoringActor.TOWN;
import static org.zhucun.pairings.domain.MonitoringActor.UNIT;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.ReflectionTestUtils;
import org.zhucun.shared.domain.BusinessRuleException;

/** Assistance measures: only on a confirmed case, only by the unit, with their dates and fields checked. */
class MonitoringMeasureTest {

	private static final LocalDate FLAG = LocalDate.of(2026, 11, 2);

	private static final LocalDate CONFIRMED_ON = FLAG.plusDays(9);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static MonitoringCase confirmed() {
		MonitoringCase c = new MonitoringCase(1L, FLAG, MonitoringSource.CADRE_VISIT, "因病", null, 15, TODAY);
		ReflectionTestUtils.setField(c, "id", 7L);
		c.verify(UNIT, FLAG.plusDays(1), TODAY);
		c.publish(TOWN, FLAG.plusDays(2), TODAY);
		c.townReview(TOWN, true, null, FLAG.plusDays(7), 5, TODAY);
		c.confirm(OFFICE, true, null, CONFIRMED_ON, TODAY);
		return c;
	}

	private static MonitoringMeasure.Data data(LocalDate start, LocalDate end) {
		return new MonitoringMeasure.Data(MeasureKind.HEALTH, start, end, 3L, " 医疗救助，已报销 ");
	}

	@Test
	void theUnitAddsAndChangesAMeasureOfAConfirmedCase() {
		MonitoringCase c = confirmed();
		MonitoringMeasure m = new MonitoringMeasure(c, UNIT, data(CONFIRMED_ON, null), TODAY);
		assertThat(m.getCaseId()).isEqualTo(7L);
		assertThat(m.getKind()).isEqualTo(MeasureKind.HEALTH);
		assertThat(m.getResult()).isEqualTo("医疗救助，已报销");
		m.change(c, UNIT, new MonitoringMeasure.Data(MeasureKind.EMPLOYMENT, CONFIRMED_ON.plusDays(1), TODAY, 4L, "公益岗位"),
				TODAY);
		assertThat(m.getKind()).isEqualTo(MeasureKind.EMPLOYMENT);
		assertThat(m.getEndDate()).isEqualTo(TODAY);
		assertThat(m.getUnitId()).isEqualTo(4L);
		m.checkRemove(c, UNIT);
	}

	@Test
	void onlyTheUnitAndOnlyWhileConfirmed() {
		MonitoringCase c = confirmed();
		for (MonitoringActor actor : new MonitoringActor[] { TOWN, OFFICE, OTHER }) {
			assertThatThrownBy(() -> new MonitoringMeasure(c, actor, data(CONFIRMED_ON, null), TODAY)).as(actor.name())
				.isInstanceOf(AccessDeniedException.class);
		}
		MonitoringMeasure m = new MonitoringMeasure(c, UNIT, data(CONFIRMED_ON, null), TODAY);
		assertThatThrownBy(() -> m.checkRemove(c, TOWN)).isInstanceOf(AccessDeniedException.class);
		c.clear(TOWN, TODAY, "收入恢复", 1, TODAY);
		assertThatThrownBy(() -> m.change(c, UNIT, data(CONFIRMED_ON, null), TODAY))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage(MonitoringCase.WRONG_STATE);
		assertThatThrownBy(() -> m.checkRemove(c, UNIT)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void datesAndFieldsAreChecked() {
		MonitoringCase c = confirmed();
		assertRefused(c, data(CONFIRMED_ON.minusDays(1), null), "startDate", "pairings.measure.start.before-confirmation");
		assertRefused(c, data(TODAY.plusDays(1), null), "startDate", "pairings.monitoring.date.future");
		assertRefused(c, data(null, null), "startDate", "pairings.monitoring.date.required");
		assertRefused(c, data(TODAY, TODAY.minusDays(1)), "endDate", "pairings.measure.end.before-start");
		assertRefused(c, data(CONFIRMED_ON, TODAY.plusDays(1)), "endDate", "pairings.monitoring.date.future");
		assertRefused(c, new MonitoringMeasure.Data(null, TODAY, null, 3L, "r"), "kind", "pairings.measure.kind.required");
		assertRefused(c, new MonitoringMeasure.Data(MeasureKind.OTHER, TODAY, null, null, "r"), "unitId",
				"pairings.measure.unit.required");
		assertRefused(c, new MonitoringMeasure.Data(MeasureKind.OTHER, TODAY, null, 3L, "  "), "result",
				"pairings.measure.result.required");
	}

	private static void assertRefused(MonitoringCase c, MonitoringMeasure.Data data, String field, String key) {
		assertThatThrownBy(() -> new MonitoringMeasure(c, UNIT, data, TODAY)).isInstanceOf(BusinessRuleException.class)
			.hasMessage(key)
			.extracting(ex -> ((BusinessRuleException) ex).field())
			.isEqualTo(field);
	}
}
