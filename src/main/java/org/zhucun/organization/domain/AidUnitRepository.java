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
import org.zhucun.organization.Choice;
import org.zhucun.organization.UnitKind;
import org.zhucun.organization.UnitSummary;

/** Stored AidUnits, with the list and export queries and the links to villages and towns. */
public interface AidUnitRepository extends JpaRepository<AidUnit, Long> {

	/** A unit linked to a village of the town {@code :townId}. */
	String LINKED_TO_TOWN = """
			exists (select 1 from AidUnit lu join lu.villageIds lv, Village tv
			        where lu.id = u.id and tv.id = lv and tv.townId = :townId)""";

	String FILTERS = """
			where (:pattern is null or lower(u.name) like :pattern escape '\\')
			  and (:kind is null or u.kind = :kind)
			  and (:active is null or u.active = :active)
			  and (:unitId is null or u.id = :unitId)
			  and (:townId is null or\s""" + LINKED_TO_TOWN + ")\n";

	String SELECT = """
			select new org.zhucun.organization.UnitSummary(u.id, u.name, u.kind, u.phone, u.address, u.active, l.name,
			       (select count(*) from AidUnit cu join cu.villageIds cv where cu.id = u.id),
			       (select count(c) from Cadre c where c.unitId = u.id and c.active = true
			        and (:cadreTown is null or exists (select 1 from TownCadre tc where tc.cadreId = c.id
			                                           and tc.townId = :cadreTown))))
			from AidUnit u left join u.leaders l on l.principal = true and l.active = true
			""";

	String ORDER = " order by u.name, u.id";

	@Query(value = SELECT + FILTERS + ORDER, countQuery = "select count(u) from AidUnit u " + FILTERS)
	Page<UnitSummary> search(@Param("pattern") String pattern, @Param("kind") UnitKind kind,
			@Param("active") Boolean active, @Param("unitId") Long unitId, @Param("townId") Long townId,
			@Param("cadreTown") Long cadreTown, Pageable pageable);

	/** The same rows as {@link #search} without paging, read as a stream (inside a transaction) for exports. */
	@Query(SELECT + FILTERS + ORDER)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	Stream<UnitSummary> stream(@Param("pattern") String pattern, @Param("kind") UnitKind kind,
			@Param("active") Boolean active, @Param("unitId") Long unitId, @Param("townId") Long townId,
			@Param("cadreTown") Long cadreTown);

	@Query("select u from AidUnit u left join fetch u.leaders where u.id = :id")
	Optional<AidUnit> findWithLeaders(@Param("id") Long id);

	@Query("select new org.zhucun.organization.Choice(u.id, u.name) from AidUnit u where u.active = true order by u.name")
	List<Choice> activeChoices();

	@Query("select new org.zhucun.organization.Choice(u.id, u.name) from AidUnit u order by u.name")
	List<Choice> allChoices();

	@Query("select u.id from AidUnit u where " + LINKED_TO_TOWN)
	List<Long> idsLinkedToTown(@Param("townId") Long townId);

	@Query("select count(u) > 0 from AidUnit u where u.id = :unitId and " + LINKED_TO_TOWN)
	boolean isLinkedToTown(@Param("unitId") Long unitId, @Param("townId") Long townId);

	@Query("""
			select count(*) > 0 from AidUnit u join u.villageIds v
			where u.id = :unitId and v = :villageId""")
	boolean isLinkedToVillage(@Param("unitId") Long unitId, @Param("villageId") Long villageId);

	/** @return the units linked to a village */
	@Query("""
			select new org.zhucun.organization.Choice(u.id, u.name) from AidUnit u join u.villageIds v
			where v = :villageId order by u.name""")
	List<Choice> linkedTo(@Param("villageId") Long villageId);

	@Query("select u.name from AidUnit u where u.id = :id")
	Optional<String> nameOf(@Param("id") Long id);

	/** @return whether another unit (not {@code exceptId}) has this name, ignoring case */
	@Query("select count(u) > 0 from AidUnit u where lower(u.name) = lower(:name) and (:exceptId is null or u.id <> :exceptId)")
	boolean nameTaken(@Param("name") String name, @Param("exceptId") Long exceptId);

	/** @return the units with one of these names (given in lower case) */
	@Query("select u from AidUnit u where lower(u.name) in :names")
	List<AidUnit> findByLowerNameIn(@Param("names") Collection<String> names);
}
