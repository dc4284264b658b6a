package org.zhucun.unitduties.domain;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LeaderVisitRepository extends JpaRepository<LeaderVisit, Long> {

	/** @return whether the member already has a visit sharing a day with the period */
	@Query("""
			select count(v) > 0 from LeaderVisit v
			where v.leaderId = :leader and v.firstDay <= :last and v.lastDay >= :first""")
	boolean overlapping(@Param("leader") Long leaderId, @Param("first") LocalDate first, @Param("last") LocalDate last);
}
