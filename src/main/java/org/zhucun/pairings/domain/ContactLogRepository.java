package org.zhucun.pairings.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored contact logs. */
public interface ContactLogRepository extends JpaRepository<ContactLog, Long> {
}
