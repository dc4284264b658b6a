package org.zhucun.attendance.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored day records, read by cadre and day (the unique key) or by a cadre's days. */
public interface DayRecordRepository extends JpaRepository<DayRecord, Long> {

	Optional<DayRecord> findByCadreIdAndDay(Long cadreId, LocalDate day);

	List<DayRecord> findByCadreIdAndDayIn(Long cadreId, Collection<LocalDate> days);
}
