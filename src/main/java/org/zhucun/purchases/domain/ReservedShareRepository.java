package org.zhucun.purchases.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReservedShareRepository extends JpaRepository<ReservedShare, Long> {

	Optional<ReservedShare> findByUnitIdAndYear(Long unitId, int year);
}
