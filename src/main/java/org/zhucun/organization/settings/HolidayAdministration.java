package org.zhucun.organization.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.HolidayKind;
import org.zhucun.organization.settings.domain.Holiday;
import org.zhucun.organization.settings.domain.HolidayRepository;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;

/**
 * The office's work on the statutory holiday calendar: list a year, add a day or a range of days with a name,
 * rename, delete. The office reads; only the office administrator changes.
 */
@Service
@Transactional
public class HolidayAdministration {

	/** The longest range added at once; the longest statutory holiday is far shorter. */
	public static final int MAX_RANGE_DAYS = 31;

	/** One holiday as the pages show it. */
	public record HolidayRow(Long id, long version, LocalDate day, String name, HolidayKind kind) {
	}

	private final HolidayRepository holidays;

	private final ScopeService scopes;

	private final Clock clock;

	HolidayAdministration(HolidayRepository holidays, ScopeService scopes, Clock clock) {
		this.holidays = holidays;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** @return the current year in the district's time zone */
	public int currentYear() {
		return LocalDate.now(this.clock).getYear();
	}

	/** @return the holidays of a year, by date */
	@Transactional(readOnly = true)
	public Page<HolidayRow> year(int year, Pageable pageable) {
		this.scopes.requireOffice();
		return this.holidays.findByDayBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), pageable)
			.map(HolidayAdministration::row);
	}

	/** @return the years to offer in the year picker: every year with holidays, and last, this and next year */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		this.scopes.requireOffice();
		int current = currentYear();
		int first = current - 1;
		int last = current + 1;
		List<Object[]> bounds = this.holidays.findFirstAndLastDay();
		if (!bounds.isEmpty() && bounds.get(0)[0] != null) {
			first = Math.min(first, ((LocalDate) bounds.get(0)[0]).getYear());
			last = Math.max(last, ((LocalDate) bounds.get(0)[1]).getYear());
		}
		return IntStream.rangeClosed(first, last).boxed().toList();
	}

	@Transactional(readOnly = true)
	public HolidayRow get(Long id) {
		this.scopes.requireOffice();
		return row(find(id));
	}

	/**
	 * Adds every day from {@code from} to {@code to} (both included; {@code to} may be {@code null} for one day)
	 * as a holiday with the name. Nothing is added when any of the days is a holiday already.
	 * @return the days added
	 * @throws BusinessRuleException beside {@code from}, {@code to} or {@code name}
	 */
	public List<LocalDate> add(LocalDate from, LocalDate to, String name) {
		return add(from, to, name, HolidayKind.HOLIDAY);
	}

	/**
	 * Adds every day from {@code from} to {@code to} as a day of the kind: statutory holidays, or make-up working days
	 * (调休上班), which must each be a Saturday or a Sunday. Nothing is added when any of the days is in the calendar
	 * already.
	 * @return the days added
	 * @throws BusinessRuleException beside {@code from}, {@code to} or {@code name}
	 */
	public List<LocalDate> add(LocalDate from, LocalDate to, String name, HolidayKind kind) {
		this.scopes.requireOfficeAdmin();
		LocalDate last = to == null ? from : to;
		if (from.isBefore(SettingsAdministration.EARLIEST)) {
			throw new BusinessRuleException("from", "holiday.from.too-early",
					SettingsAdministration.EARLIEST.toString());
		}
		if (last.isBefore(from)) {
			throw new BusinessRuleException("to", "holiday.to.before-from");
		}
		if (ChronoUnit.DAYS.between(from, last) + 1 > MAX_RANGE_DAYS) {
			throw new BusinessRuleException("to", "holiday.to.too-long", MAX_RANGE_DAYS);
		}
		if (last.getYear() > currentYear() + SettingsAdministration.MAX_YEARS_AHEAD) {
			throw new BusinessRuleException("to", "holiday.to.too-late", SettingsAdministration.MAX_YEARS_AHEAD);
		}
		List<Holiday> existing = this.holidays.findByDayBetweenOrderByDay(from, last);
		if (!existing.isEmpty()) {
			Holiday first = existing.get(0);
			throw new BusinessRuleException("from", "holiday.duplicate", first.getDay().toString(), first.getName());
		}
		HolidayKind chosen = kind == null ? HolidayKind.HOLIDAY : kind;
		if (chosen == HolidayKind.WORKDAY) {
			for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
				if (day.getDayOfWeek().getValue() < 6) {
					throw new BusinessRuleException("from", "holiday.workday.weekend-only", day.toString());
				}
			}
		}
		String cleanName = name.trim();
		List<Holiday> added = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
			added.add(new Holiday(day, cleanName, chosen));
		}
		this.holidays.saveAllAndFlush(added);
		return added.stream().map(Holiday::getDay).toList();
	}

	public void rename(Long id, long version, String name) {
		this.scopes.requireOfficeAdmin();
		Holiday holiday = find(id);
		holiday.checkVersion(version);
		holiday.rename(name.trim());
	}

	/** @return the day that is no longer a holiday */
	public LocalDate delete(Long id, long version) {
		this.scopes.requireOfficeAdmin();
		Holiday holiday = find(id);
		holiday.checkVersion(version);
		this.holidays.delete(holiday);
		return holiday.getDay();
	}

	private Holiday find(Long id) {
		return this.holidays.findById(id).orElseThrow(() -> new NotFoundException("holiday", id));
	}

	private static HolidayRow row(Holiday holiday) {
		return new HolidayRow(holiday.getId(), holiday.getVersion(), holiday.getDay(), holiday.getName(),
				holiday.getKind());
	}
}
