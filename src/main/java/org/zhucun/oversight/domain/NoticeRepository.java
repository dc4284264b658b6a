package org.zhucun.oversight.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored notices. */
public interface NoticeRepository extends JpaRepository<Notice, Long> {

	/** @return the highest number published in the year, if any */
	@Query("select max(n.seq) from Notice n where n.year = :year")
	Optional<Integer> lastSeq(int year);

	/** @return the pattern of the latest notice, for the next draft */
	@Query(value = "select number_pattern from oversight_notice order by id desc limit 1", nativeQuery = true)
	Optional<String> lastPattern();
}
