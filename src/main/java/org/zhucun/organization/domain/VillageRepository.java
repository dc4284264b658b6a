package org.zhucun.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;
import org.zhucun.organization.VillageCategory;
import org.zhucun.organization.VillageSummary;

/** Stored Villages, with the list and export queries. */
public interface VillageRepository extends JpaRepository<Village, Long> {

	/** Filters shared by the list, its count and the export. */
	String FILTERS = """
			where (:pattern is null or lower(v.name) like :pattern escape '\\')
			  and (:townId is null or v.townId = :townId)
			  and (:category is null or v.category = :category)
			  and (:active is null or v.active = :active)
			  and (:unitId is null or exists (select 1 from AidUnit u join u.villageIds vid
			                                  where u.id = :unitId and vid = v.id))
			""";

	String SELECT = """
			select new org.zhucun.organization.VillageSummary(v.id, v.name, v.townId, t.name, v.category,
			       v.latitude, v.longitude, v.radiusM, v.population, v.households, v.active,
			       (select count(*) from AidUnit lu join lu.villageIds lv where lv = v.id))
			from Village v join Town t on t.id = v.townId
			""";

	String ORDER = " order by t.sortOrder, t.name, v.name, v.id";

	@Query(value = SELECT + FILTERS + ORDER, countQuery = "select count(v) from Village v " + FILTERS)
	Page<VillageSummary> search(@Param("pattern") String pattern, @Param("townId") Long townId,
			@Param("category") VillageCategory category, @Param("active") Boolean active,
			@Param("unitId") Long unitId, Pageable pageable);

	/** The same rows as {@link #search} without paging, read as a stream (inside a transaction) for exports. */
	@Query(SELECT + FILTERS + ORDER)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	Stream<VillageSummary> stream(@Param("pattern") String pattern, @Param("townId") Long townId,
			@Param("category") VillageCategory category, @Param("active") Boolean active,
			@Param("unitId") Long unitId);

	@Query(SELECT + " where v.id in :ids" + ORDER)
	List<VillageSummary> summaries(@Param("ids") Collection<Long> ids);

	/** @return whether another village (not {@code exceptId}) of the town has this name, ignoring case */
	@Query("""
			select count(v) > 0 from Village v
			where v.townId = :townId and lower(v.name) = lower(:name) and (:exceptId is null or v.id <> :exceptId)""")
	boolean nameTaken(@Param("townId") Long townId, @Param("name") String name, @Param("exceptId") Long exceptId);

	long countByTownIdAndActiveTrue(Long townId);

	/** @return rows of (town id, category, count) of the active villages of the given towns */
	@Query("""
			select v.townId, v.category, count(v) from Village v
			where v.townId in :townIds and v.active = true group by v.townId, v.category""")
	List<Object[]> countActiveByCategory(@Param("townIds") Collection<Long> townIds);

	/** @return the active villages and the given ones, with their towns, in town order, for choosing */
	@Query("""
			select new org.zhucun.organization.domain.VillagePick(v.id, v.name, t.id, t.name)
			from Village v join Town t on t.id = v.townId
			where v.active = true or v.id in :include
			order by t.sortOrder, t.name, v.name""")
	List<VillagePick> picks(@Param("include") Collection<Long> include);

	/** @return the villages with one of these names (given in lower case), with their towns */
	@Query("""
			select new org.zhucun.organization.domain.VillagePick(v.id, v.name, t.id, t.name)
			from Village v join Town t on t.id = v.townId
			where lower(v.name) in :names""")
	List<VillagePick> picksByLowerName(@Param("names") Collection<String> names);

	/** @return the villages with one of these names (given in lower case), in any town */
	@Query("select v from Village v where lower(v.name) in :names")
	List<Village> findByLowerNameIn(@Param("names") Collection<String> names);

	@Query("select count(v) from Village v where v.id in :ids")
	long countByIdIn(@Param("ids") Collection<Long> ids);
}
