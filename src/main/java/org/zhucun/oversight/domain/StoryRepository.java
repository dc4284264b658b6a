package org.zhucun.oversight.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored stories; lists are read in SQL by the story service. */
public interface StoryRepository extends JpaRepository<Story, Long> {
}
