package org.zhucun.attendance;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.attendance.domain.rule.WeekResult;
import org.zhucun.attendance.domain.rule.WeekRuleSettings;

/**
 * The texts of a monthly sheet that the page, the print view and the Excel file share, in the reader's language:
 * why a week was missed (第41周：在村3天（应5天）、住村1晚（应4晚）), the period and the flags.
 */
@Component
public class SheetTexts {

	private final MessageSource messages;

	public SheetTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** @return why the week did not comply: the days and nights counted against those required, only those short */
	public String missed(WeekResult week, Locale locale) {
		int number = week.week().weekNumber();
		if (week.daysShort() > 0 && week.nightsShort() > 0) {
			return get(locale, "sheets.missed.days-nights", number, week.days(), week.requiredDays(), week.nights(),
					week.requiredNights());
		}
		if (week.daysShort() > 0) {
			return get(locale, "sheets.missed.days", number, week.days(), week.requiredDays());
		}
		return get(locale, "sheets.missed.nights", number, week.nights(), week.requiredNights());
	}

	/** @return every missed week of the month, one after the other */
	public String missed(CadreMonth month, Locale locale) {
		return month.weeksMissed()
			.stream()
			.map(w -> missed(w, locale))
			.collect(Collectors.joining(get(locale, "sheets.missed.separator")));
	}

	/** @return the month's period: its first and last day and its ISO weeks */
	public String period(MonthPeriod period, Locale locale) {
		List<Integer> numbers = period.weeks().stream().map(w -> w.weekNumber()).toList();
		return get(locale, "sheets.period", period.from().toString(), period.to().toString(), numbers.get(0),
				numbers.get(numbers.size() - 1));
	}

	/** @return the weekly rule as the legend states it, with the numbers in force */
	public String rule(WeekRuleSettings rule, Locale locale) {
		return get(locale, "sheets.legend.join", get(locale, "sheets.legend.rule", rule.weekDays(), rule.weekNights()),
				get(locale, rule.officialBusinessCounts() ? "sheets.legend.official" : "sheets.legend.official-not"));
	}

	/** @return the month's flags, by name */
	public String flags(CadreMonth month, Locale locale) {
		return month.flags()
			.flags()
			.stream()
			.map(f -> flag(f, locale))
			.collect(Collectors.joining(get(locale, "sheets.missed.separator")));
	}

	/** @return the flag's name (挂名驻村, 两头跑, 未在岗) */
	public String flag(MonthFlag flag, Locale locale) {
		return get(locale, "sheets.flag." + flag.name());
	}

	private String get(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}
}
