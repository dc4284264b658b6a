package org.zhucun.pairings.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored monitoring cases. */
public interface MonitoringCaseRepository extends JpaRepository<MonitoringCase, Long> {
}
