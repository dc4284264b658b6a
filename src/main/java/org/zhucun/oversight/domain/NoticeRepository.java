package org.zhucun.oversight.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored notices. */
public interface NoticeRepository extends JpaRepository<Notice, Long> {

	/** @return the highest number published in the year, if any */
	@Query("select max(n.seq) from Notice n where n.year = :year")
	Optional<Integer> lastSeq(int year);
}
