package org.zhucun.organization.settings.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored holidays, by day and period. */
public interface HolidayRepository extends JpaRepository<Holiday, Long> {

	List<Holiday> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

	Page<Holiday> findByDayBetween(LocalDate from, LocalDate to, Pageable pageable);

	/** @return the first and last day in the calendar, to offer the years that have holidays */
	@Query("select min(h.day), max(h.day) from Holiday h")
	List<Object[]> findFirstAndLastDay();
}
