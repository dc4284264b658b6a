package org.zhucun.organization.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored Towns. */
public interface TownRepository extends JpaRepository<Town, Long> {
}
