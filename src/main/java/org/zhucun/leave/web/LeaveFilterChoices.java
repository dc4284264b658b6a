package org.zhucun.leave.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.leave.domain.LeaveState;
import org.zhucun.leave.domain.LeaveType;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;

/**
 * What the filters of the leave list and of the yearly totals offer, computed in one place: every town and unit for
 * the office, the units of the town's cadres for a town official, none for the others.
 */
@Component
class LeaveFilterChoices {

	private final ScopeService scopes;

	private final Organization organization;

	LeaveFilterChoices(ScopeService scopes, Organization organization) {
		this.scopes = scopes;
		this.organization = organization;
	}

	/** @return the towns and units the signed-in account may filter by */
	Choices current() {
		DataScope scope = this.scopes.current();
		return new Choices(scope.isOffice() ? this.organization.townChoices() : List.of(),
				scope.isOffice() ? this.organization.allUnitChoices()
						: scope.isTown() ? this.organization.unitChoicesOfTownCadres(scope.townId()) : List.of());
	}

	/** Adds the filters' choices to a page: the states, the types, the towns and the units. */
	void addTo(Model model) {
		Choices choices = current();
		model.addAttribute("states", LeaveState.values());
		model.addAttribute("types", LeaveType.values());
		model.addAttribute("townChoices", choices.towns());
		model.addAttribute("unitChoices", choices.units());
	}

	/** The towns and units offered. */
	record Choices(List<Choice> towns, List<Choice> units) {

		String townName(Long id) {
			return Choice.nameOf(this.towns, id);
		}

		String unitName(Long id) {
			return Choice.nameOf(this.units, id);
		}
	}
}
