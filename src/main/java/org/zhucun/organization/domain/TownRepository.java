package org.zhucun.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.zhucun.organization.Choice;

/** Stored Towns. */
public interface TownRepository extends JpaRepository<Town, Long> {

	@Query(value = """
			select t from Town t
			where (:pattern is null or lower(t.name) like :pattern escape '\\')
			order by t.sortOrder, t.name, t.id""", countQuery = """
			select count(t) from Town t
			where (:pattern is null or lower(t.name) like :pattern escape '\\')""")
	Page<Town> search(@Param("pattern") String pattern, Pageable pageable);

	@Query("select new org.zhucun.organization.Choice(t.id, t.name) from Town t where t.active = true order by t.sortOrder, t.name")
	List<Choice> activeChoices();

	@Query("select new org.zhucun.organization.Choice(t.id, t.name) from Town t order by t.sortOrder, t.name")
	List<Choice> allChoices();

	@Query("select t.name from Town t where t.id = :id")
	Optional<String> nameOf(@Param("id") Long id);

	/** @return whether another town (not {@code exceptId}) has this name, ignoring case */
	@Query("select count(t) > 0 from Town t where lower(t.name) = lower(:name) and (:exceptId is null or t.id <> :exceptId)")
	boolean nameTaken(@Param("name") String name, @Param("exceptId") Long exceptId);

	/** @return the towns with one of these names (given in lower case) */
	@Query("select t from Town t where lower(t.name) in :names")
	List<Town> findByLowerNameIn(@Param("names") Collection<String> names);
}
