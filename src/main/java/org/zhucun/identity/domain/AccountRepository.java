package org.zhucun.identity.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.zhucun.identity.Role;

/** Accounts by user name and the administrator's paged search. */
public interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.username) = lower(:username)")
	Optional<Account> findByUsername(@Param("username") String username);

	boolean existsByCadreId(Long cadreId);

	@Query("""
			select a from Account a
			where (:q is null or lower(a.username) like lower(concat('%', cast(:q as string), '%'))
			       or lower(a.displayName) like lower(concat('%', cast(:q as string), '%')))
			  and (:role is null or a.role = :role)
			""")
	Page<Account> search(@Param("q") String q, @Param("role") Role role, Pageable pageable);
}
