package org.zhucun.purchases.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PurchaseCategoryRepository extends JpaRepository<PurchaseCategory, Long> {

	List<PurchaseCategory> findAllByOrderBySortOrderAscNameAsc();

	@Query(value = "select exists (select 1 from purchase where category_id = :id)", nativeQuery = true)
	boolean isUsed(Long id);
}
