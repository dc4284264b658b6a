package org.zhucun.pairings.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/** Stored households. */
public interface HouseholdRepository extends JpaRepository<Household, Long> {

	@Query("select h from Household h where lower(h.code) = lower(?1)")
	Optional<Household> findByCode(String code);

	/** @return the household, locked for a change of its pairing or contacts */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from Household h where h.id = ?1")
	Optional<Household> findForUpdate(Long id);
}
