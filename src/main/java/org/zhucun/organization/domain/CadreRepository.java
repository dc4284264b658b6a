package org.zhucun.organization.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored cadres. */
public interface CadreRepository extends JpaRepository<Cadre, Long> {

	List<Cadre> findByUnitIdAndActiveTrueOrderByName(Long unitId);
}
