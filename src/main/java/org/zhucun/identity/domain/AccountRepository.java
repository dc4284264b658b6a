package org.zhucun.identity.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.zhucun.identity.Role;

/** Accounts by user name and the administrator's paged search. */
public interface AccountRepository extends JpaRepository<Account, Long> {

	/**
	 * The search's filters: a part of the user name or display name and the role. The paged searches give their count
	 * queries, so that Spring Data need not derive them with its own HQL grammar at start-up (issue 18).
	 */
	String MATCHING = """
			 where (:q is null or lower(a.username) like lower(concat('%', cast(:q as string), '%'))
			       or lower(a.displayName) like lower(concat('%', cast(:q as string), '%')))
			  and (:role is null or a.role = :role)
			""";

	/** The status filters of the administrator's search: active, must change the password, locked at {@code now}. */
	String WITH_STATUS = """
			  and (:active is null or a.active = :active)
			  and (:mustChange is null or a.mustChangePassword = :mustChange)
			  and (:locked is null
			       or (:locked = true and a.lockedUntil > :now)
			       or (:locked = false and (a.lockedUntil is null or a.lockedUntil <= :now)))
			""";

	@Query("select a from Account a where lower(a.username) = lower(:username)")
	Optional<Account> findByUsername(@Param("username") String username);

	boolean existsByCadreId(Long cadreId);

	@Query(value = "select a from Account a" + MATCHING, countQuery = "select count(a) from Account a" + MATCHING)
	Page<Account> search(@Param("q") String q, @Param("role") Role role, Pageable pageable);

	/**
	 * The administrator's search with status filters; a {@code null} filter is not applied. Locked means locked at
	 * {@code now} (after failed sign-ins or by the administrator).
	 */
	@Query(value = "select a from Account a" + MATCHING + WITH_STATUS,
			countQuery = "select count(a) from Account a" + MATCHING + WITH_STATUS)
	Page<Account> searchWithStatus(@Param("q") String q, @Param("role") Role role, @Param("active") Boolean active,
			@Param("locked") Boolean locked, @Param("mustChange") Boolean mustChangePassword,
			@Param("now") Instant now, Pageable pageable);

	long countByLockedUntilAfter(Instant now);
}
