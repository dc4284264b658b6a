package org.zhucun.pairings.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/** Stored households. */
public interface HouseholdRepository extends JpaRepository<Household, Long> {

	@Query("select h from Household h where lower(h.code) = lower(?1)")
	Optional<Household> findByCode(String code);

	/** @return the households whose numbers (in lower case) are given, for an import */
	@Query("select h from Household h where lower(h.code) in ?1")
	List<Household> findByLowerCodeIn(Collection<String> codes);

	/** @return the household, locked for a change of its pairing or contacts */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from Household h where h.id = ?1")
	Optional<Household> findForUpdate(Long id);
}
