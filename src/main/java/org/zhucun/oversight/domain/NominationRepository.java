package org.zhucun.oversight.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored nominations; lists are read in SQL by the nomination service. */
public interface NominationRepository extends JpaRepository<Nomination, Long> {
}
