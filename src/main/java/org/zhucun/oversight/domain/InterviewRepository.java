package org.zhucun.oversight.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored interviews; lists are read in SQL by the module's query class. */
public interface InterviewRepository extends JpaRepository<Interview, Long> {
}
