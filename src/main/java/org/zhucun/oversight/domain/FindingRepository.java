package org.zhucun.oversight.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored findings; the lists are read in SQL by the module's query class. */
public interface FindingRepository extends JpaRepository<Finding, Long> {

	/** @return the finding made from a fact without a month, if any */
	Optional<Finding> findByFactKindAndFactIdAndFactMonthIsNull(FactKind factKind, Long factId);

	/** @return the finding made from a month's fact, if any */
	Optional<Finding> findByFactKindAndFactIdAndFactMonth(FactKind factKind, Long factId, String factMonth);

	/** @return the findings overdue today and not yet escalated, for the daily escalation */
	@Query("select f from Finding f where f.state in :states and f.deadline < :today and f.escalatedOn is null "
			+ "order by f.id")
	List<Finding> overdueNotEscalated(Collection<FindingState> states, LocalDate today);

	/** @return the finding made from the fact, if any */
	default Optional<Finding> findByFact(Fact fact) {
		return fact.month() == null ? findByFactKindAndFactIdAndFactMonthIsNull(fact.kind(), fact.id())
				: findByFactKindAndFactIdAndFactMonth(fact.kind(), fact.id(), fact.month().toString());
	}
}
