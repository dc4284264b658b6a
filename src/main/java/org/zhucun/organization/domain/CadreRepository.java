package org.zhucun.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;
import org.zhucun.organization.CadreSummary;
import org.zhucun.organization.Choice;

/** Stored cadres, with the list and export queries. */
public interface CadreRepository extends JpaRepository<Cadre, Long> {

	String FILTERS = """
			where (:pattern is null or lower(c.name) like :pattern escape '\\')
			  and (:unitId is null or c.unitId = :unitId)
			  and (:active is null or c.active = :active)
			  and (:townId is null or exists (select 1 from TownCadre tc where tc.cadreId = c.id and tc.townId = :townId))
			""";

	String SELECT = """
			select new org.zhucun.organization.CadreSummary(c.id, c.name, c.gender, c.position, c.phone, c.unitId,
			       u.name, c.active)
			from Cadre c join AidUnit u on u.id = c.unitId
			""";

	String ORDER = " order by u.name, c.name, c.id";

	@Query(value = SELECT + FILTERS + ORDER, countQuery = "select count(c) from Cadre c " + FILTERS)
	Page<CadreSummary> search(@Param("pattern") String pattern, @Param("unitId") Long unitId,
			@Param("active") Boolean active, @Param("townId") Long townId, Pageable pageable);

	/** The same rows as {@link #search} without paging, read as a stream (inside a transaction) for exports. */
	@Query(SELECT + FILTERS + ORDER)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	Stream<CadreSummary> stream(@Param("pattern") String pattern, @Param("unitId") Long unitId,
			@Param("active") Boolean active, @Param("townId") Long townId);

	List<Cadre> findByUnitIdAndActiveTrueOrderByName(Long unitId);

	List<Cadre> findByUnitIdInAndActiveTrue(Collection<Long> unitIds);

	/** @return the cadres of these units with one of these names (given in lower case), active or not */
	@Query("select c from Cadre c where c.unitId in :unitIds and lower(c.name) in :names")
	List<Cadre> findNamed(@Param("unitIds") Collection<Long> unitIds, @Param("names") Collection<String> names);

	@Query("""
			select new org.zhucun.organization.Choice(c.id, c.name) from Cadre c
			where c.unitId = :unitId and c.active = true order by c.name, c.id""")
	List<Choice> activeChoicesOf(@Param("unitId") Long unitId);

	long countByUnitIdAndActiveTrue(Long unitId);

	/** @return how many active cadres of the unit are cadres of the town ({@code TownCadre}) */
	@Query("""
			select count(c) from Cadre c where c.unitId = :unitId and c.active = true
			and exists (select 1 from TownCadre tc where tc.cadreId = c.id and tc.townId = :townId)""")
	long countActiveOfUnitInTown(@Param("unitId") Long unitId, @Param("townId") Long townId);

	/** @return the units of the town's cadres ({@code TownCadre}), by name, for the cadre list's filter */
	@Query("""
			select new org.zhucun.organization.Choice(u.id, u.name) from AidUnit u
			where exists (select 1 from Cadre c, TownCadre tc where c.unitId = u.id and tc.cadreId = c.id
			              and tc.townId = :townId)
			order by u.name""")
	List<Choice> unitChoicesOfTownCadres(@Param("townId") Long townId);

	@Query("select c.unitId from Cadre c where c.id = :id")
	Optional<Long> unitIdOf(@Param("id") Long id);

	@Query("select c.name from Cadre c where c.id = :id")
	Optional<String> nameOf(@Param("id") Long id);
}
