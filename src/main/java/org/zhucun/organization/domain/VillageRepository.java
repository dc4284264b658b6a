package org.zhucun.organization.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored Villages. */
public interface VillageRepository extends JpaRepository<Village, Long> {
}
