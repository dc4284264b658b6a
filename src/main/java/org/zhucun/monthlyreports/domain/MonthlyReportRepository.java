package org.zhucun.monthlyreports.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The monthly reports. */
public interface MonthlyReportRepository extends JpaRepository<MonthlyReport, Long> {

	@Query("select r from MonthlyReport r where r.unitId = ?1 and r.month = ?2")
	Optional<MonthlyReport> findByUnitAndMonth(Long unitId, LocalDate firstDay);

	@Query("select r from MonthlyReport r where r.unitId = ?1 and r.month >= ?2 order by r.month desc")
	List<MonthlyReport> findByUnitSince(Long unitId, LocalDate firstDay);
}
