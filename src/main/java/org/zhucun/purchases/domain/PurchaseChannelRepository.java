package org.zhucun.purchases.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PurchaseChannelRepository extends JpaRepository<PurchaseChannel, Long> {

	List<PurchaseChannel> findAllByOrderBySortOrderAscNameAsc();

	@Query(value = "select exists (select 1 from purchase where channel_id = :id)", nativeQuery = true)
	boolean isUsed(Long id);
}
