package org.zhucun.organization.settings.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored policy setting values, read by setting and by the date they are in force on. */
public interface PolicySettingValueRepository extends JpaRepository<PolicySettingValue, Long> {

	/** @return for each setting with a value, the one in force on the date (latest valid-from on or before it) */
	@Query("""
			select v from PolicySettingValue v
			where v.validFrom = (select max(w.validFrom) from PolicySettingValue w
			                     where w.key = v.key and w.validFrom <= :on)
			""")
	List<PolicySettingValue> findInForceOn(@Param("on") LocalDate on);

	/** @return the values not yet in force on the date, by setting and date */
	@Query("select v from PolicySettingValue v where v.validFrom > :on order by v.key, v.validFrom")
	List<PolicySettingValue> findScheduledAfter(@Param("on") LocalDate on);

	List<PolicySettingValue> findByKeyOrderByValidFromDesc(String key);

	List<PolicySettingValue> findByKeyInOrderByValidFrom(Collection<String> keys);

	boolean existsByKeyAndValidFrom(String key, LocalDate validFrom);
}
