package org.zhucun.pairings.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored assistance measures of monitoring cases. */
public interface MonitoringMeasureRepository extends JpaRepository<MonitoringMeasure, Long> {

	/** @return the case's measures, the earliest start first */
	List<MonitoringMeasure> findByCaseIdOrderByStartDateAscIdAsc(long caseId);

	/** @return how many measures the case has */
	long countByCaseId(long caseId);
}
