package org.zhucun.attendance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored spot checks; the lists and counts are read in SQL by the module's spot check queries. */
public interface SpotCheckRepository extends JpaRepository<SpotCheck, Long> {
}
