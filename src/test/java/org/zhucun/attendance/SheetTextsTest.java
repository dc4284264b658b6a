package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhucun.attendance.SheetFixtures.W41;
import static org.zhucun.attendance.SheetFixtures.week;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.attendance.domain.rule.WeekRuleSettings;

/** The texts of the sheets: why a week was missed, the period, the flags, in Chinese and English. */
class SheetTextsTest {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final SheetTexts texts = new SheetTexts(SheetFixtures.messages());

	@Test
	void aMissedWeekSaysOnlyWhatFellShort() {
		assertThat(this.texts.missed(week(W41, 3, 1, 5, 4), ZH)).isEqualTo("第41周：在村3天（应5天）、住村1晚（应4晚）");
		assertThat(this.texts.missed(week(W41, 3, 4, 5, 4), ZH)).isEqualTo("第41周：在村3天（应5天）");
		assertThat(this.texts.missed(week(W41, 5, 2, 5, 4), ZH)).isEqualTo("第41周：住村2晚（应4晚）");
		assertThat(this.texts.missed(week(W41, 2, 2, 3, 2), Locale.ENGLISH))
			.isEqualTo("Week 41: 2 days in the village (of 3)");
	}

	@Test
	void theMissedWeeksOfAMonthFollowEachOtherAndMetWeeksAreLeftOut() {
		CadreMonth month = SheetFixtures.month(1, "张三", false,
				List.of(week(W41, 3, 1, 5, 4), week(W41.next(), 5, 4, 5, 4), week(W41.next().next(), 5, 1, 5, 4)), 0, 0);

		assertThat(this.texts.missed(month, ZH))
			.isEqualTo("第41周：在村3天（应5天）、住村1晚（应4晚）；第43周：住村1晚（应4晚）");
		assertThat(this.texts.missed(SheetFixtures.month(2, "李四", false, List.of(week(W41, 5, 4, 5, 4)), 0, 0), ZH))
			.isEmpty();
	}

	@Test
	void thePeriodRunsFromTheFirstMondayToTheLastSundayOfTheMonthsWeeks() {
		MonthPeriod october = MonthPeriod.of(YearMonth.of(2026, 10));

		assertThat(this.texts.period(october, ZH)).isEqualTo("统计期间：2026-09-28至2026-11-01（第40周至第44周）");
		assertThat(this.texts.period(october, Locale.ENGLISH))
			.isEqualTo("Period 2026-09-28 to 2026-11-01 (ISO weeks 40 to 44)");
	}

	@Test
	void theRuleIsStatedWithTheNumbersInForce() {
		assertThat(this.texts.rule(new WeekRuleSettings(4, 3, false), ZH)).startsWith("每个自然周（周一至周日）在村4天、住村3晚；")
			.endsWith("尚未结束的周不参与考核。因公外出不计为在村。");
		assertThat(this.texts.rule(WeekRuleSettings.DEFAULTS, Locale.ENGLISH))
			.startsWith("Each ISO week (Monday to Sunday) a cadre spends 5 days and 4 nights in the village;")
			.endsWith("is not judged. Official business counts as a day in the village.");
	}

	@Test
	void flagsAreNamedAsTheDistrictNamesThem() {
		CadreMonth month = SheetFixtures.month(1, "张三", false,
				List.of(week(W41, 1, 0, 5, 4), week(W41.next(), 1, 0, 5, 4)), 0, 1);

		assertThat(month.flags().flags()).containsExactly(MonthFlag.NOMINAL, MonthFlag.ABSENT);
		assertThat(this.texts.flags(month, ZH)).isEqualTo("挂名驻村；未在岗");
		assertThat(this.texts.flag(MonthFlag.COMMUTING, ZH)).isEqualTo("两头跑");
		assertThat(this.texts.flag(MonthFlag.COMMUTING, Locale.ENGLISH)).isEqualTo("Commuting");
	}
}
