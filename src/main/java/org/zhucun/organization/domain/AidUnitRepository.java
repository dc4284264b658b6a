package org.zhucun.organization.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored AidUnits. */
public interface AidUnitRepository extends JpaRepository<AidUnit, Long> {
}
