package org.zhucun.identity.domain;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The sign-in log, searched by user name, kind and period. */
public interface LoginEventRepository extends JpaRepository<LoginEvent, Long> {

	/**
	 * The log's filters. The casts tell PostgreSQL the type of a period bound that is null; without them the query
	 * fails. The search gives its count query, so that Spring Data need not derive it at start-up (issue 18).
	 */
	String MATCHING = """
			 where (:username is null or lower(e.username) = lower(cast(:username as string)))
			  and (:kind is null or e.kind = :kind)
			  and (cast(:from as Instant) is null or e.at >= :from)
			  and (cast(:to as Instant) is null or e.at < :to)
			""";

	@Query(value = "select e from LoginEvent e" + MATCHING + " order by e.at desc, e.id desc",
			countQuery = "select count(e) from LoginEvent e" + MATCHING)
	Page<LoginEvent> search(@Param("username") String username, @Param("kind") LoginEvent.Kind kind,
			@Param("from") Instant from, @Param("to") Instant to, Pageable pageable);

	/** @return how many lines of the kind the log has since the instant (index login_event_kind_ix) */
	long countByKindAndAtAfter(LoginEvent.Kind kind, Instant since);
}
