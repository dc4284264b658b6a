package org.zhucun.unitduties;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.organization.OrganizationRefs.LeaderRef;

/**
 * What the forms of a leader visit and of a meeting offer: for a unit's administrator their unit; for the office's
 * administrator the unit asked for (or none yet) and the list of units; then the unit's active leadership members.
 */
@Component
class RecordPicks {

	private final UnitDutyAccess access;

	private final DutyQueries queries;

	private final Organization organization;

	RecordPicks(UnitDutyAccess access, DutyQueries queries, Organization organization) {
		this.access = access;
		this.queries = queries;
		this.organization = organization;
	}

	/** @param withVillages whether the form also picks one of the villages the unit serves (a visit) */
	@Transactional(readOnly = true)
	VisitPicks of(Long requestedUnit, boolean withVillages) {
		DataScope scope = this.access.current();
		Long unitId = scope.isUnit() ? scope.unitId() : requestedUnit;
		List<Choice> units = scope.isOfficeAdmin() ? this.queries.activeUnits(null) : List.of();
		this.access.requireRecorder();
		if (unitId == null || this.organization.unit(unitId).isEmpty()) {
			return new VisitPicks(null, null, units, List.of(), List.of());
		}
		this.access.writeUnit(unitId);
		List<Choice> leaders = this.organization.leadersOf(unitId)
			.stream()
			.filter(LeaderRef::active)
			.map(l -> new Choice(l.id(), l.name() + " · " + l.position()))
			.toList();
		return new VisitPicks(unitId, this.organization.unit(unitId).orElseThrow().name(), units, leaders,
				withVillages ? this.queries.villageChoices(unitId) : List.of());
	}
}
