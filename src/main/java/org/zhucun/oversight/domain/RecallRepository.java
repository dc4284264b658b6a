package org.zhucun.oversight.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored recalls; lists are read in SQL by the module's query class. */
public interface RecallRepository extends JpaRepository<Recall, Long> {
}
