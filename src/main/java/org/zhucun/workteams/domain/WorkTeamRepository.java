package org.zhucun.workteams.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored work teams; the lists and reports read through {@link TeamQueries}. */
public interface WorkTeamRepository extends JpaRepository<WorkTeam, Long> {

	/**
	 * Loads a team for a change of its roster, locking its row until the change commits, so that two changes of the
	 * same team (two leaders added at once, say) are checked one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from WorkTeam t where t.id = :id")
	Optional<WorkTeam> findForUpdate(@Param("id") Long id);

	/** @return the teams with all their memberships, in one query */
	@Query("select distinct t from WorkTeam t left join fetch t.memberships where t.id in :ids")
	List<WorkTeam> findWithMemberships(@Param("ids") Collection<Long> ids);

	/** @return whether the village has an active team */
	@Query("select count(t) > 0 from WorkTeam t where t.villageId = :villageId and t.status = 'ACTIVE'")
	boolean hasActiveTeam(@Param("villageId") Long villageId);

	/** @return the active teams whose term ends on a day from {@code from} to {@code to}, both included */
	@Query("""
			select t from WorkTeam t
			where t.status = 'ACTIVE' and t.termEnd >= :from and t.termEnd <= :to
			order by t.id""")
	List<WorkTeam> findActiveEndingBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

	/** @return every team (active or ended) of the villages, with their memberships */
	@Query("select distinct t from WorkTeam t left join fetch t.memberships where t.villageId in :villageIds")
	List<WorkTeam> findOfVillages(@Param("villageIds") Collection<Long> villageIds);
}
