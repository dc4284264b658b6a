package org.zhucun.pairings.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored pairings. */
public interface PairingRepository extends JpaRepository<Pairing, Long> {

	@Query("select p from Pairing p where p.householdId = ?1 and p.toDate is null")
	Optional<Pairing> findOpen(long householdId);

	@Query("select p from Pairing p where p.cadreId = ?1 and p.toDate is null order by p.fromDate, p.id")
	List<Pairing> findOpenOfCadre(long cadreId);

	@Query("select p from Pairing p where p.householdId = ?1 order by p.fromDate, p.id")
	List<Pairing> findOfHousehold(long householdId);
}
