package org.zhucun.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.zhucun.identity.AccountView;
import org.zhucun.identity.OrganizationDirectory;
import org.zhucun.identity.OrganizationDirectory.Option;
import org.zhucun.identity.PasswordPolicy;
import org.zhucun.identity.Role;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * What the administrator's account forms share: the scope fields each role needs, the choices of the drop-downs,
 * and the service's refusals shown beside their fields.
 */
@Component
class AccountAdminFormSupport {

	static final String FORM = "accountForm";

	private final OrganizationDirectory directory;

	AccountAdminFormSupport(OrganizationDirectory directory) {
		this.directory = directory;
	}

	/** The scope each role needs, checked beside the fields before the service checks it again. */
	void checkScopeFields(AccountAdminForm form, BindingResult result) {
		Role role = form.getRole();
		if (role == null) {
			return;
		}
		if (role == Role.TOWN_OFFICIAL && form.getTownId() == null) {
			result.rejectValue("townId", "account.town-required");
		}
		if (role == Role.UNIT_ADMIN && form.getUnitId() == null) {
			result.rejectValue("unitId", "account.unit-required");
		}
		if (role.hasCadre()) {
			if (form.getCadreId() == null) {
				result.rejectValue("cadreId", "account.cadre-required");
			}
			else if (form.getUnitId() != null && this.directory.unitOfCadre(form.getCadreId())
				.filter(unit -> !unit.equals(form.getUnitId()))
				.isPresent()) {
				result.rejectValue("cadreId", "account.cadre-not-in-unit");
			}
		}
	}

	static void reject(BindingResult result, BusinessRuleException ex) {
		if (ex.field() == null) {
			result.reject(ex.messageKey(), ex.args(), null);
		}
		else {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
		}
	}

	/** Two administrators saving the same user name or cadre at the same moment: the database refused one. */
	static void rejectDuplicate(BindingResult result, DataIntegrityViolationException ex) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage());
		if (message.contains("account_cadre_ux")) {
			result.rejectValue("cadreId", "account.cadre-taken");
		}
		else if (message.contains("account_username_ux")) {
			result.rejectValue("username", "account.username-taken");
		}
		else {
			result.reject("account.not-saved");
		}
	}

	/** The account form, to create (account null) or to edit the account. */
	String formView(AccountAdminForm form, AccountView account, Model model) {
		model.addAttribute(FORM, form);
		model.addAttribute("creating", account == null);
		if (account != null) {
			model.addAttribute("account", account);
		}
		model.addAttribute("roles", Role.values());
		model.addAttribute("towns", this.directory.towns());
		model.addAttribute("units", this.directory.units());
		model.addAttribute("cadres", cadreChoices(form.getUnitId(), form.getCadreId()));
		model.addAttribute("selectedCadreId", form.getCadreId());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "admin/accounts/form";
	}

	/** The active cadres of the unit, plus the chosen cadre when it is of that unit but no longer active. */
	List<Option> cadreChoices(Long unitId, Long chosenCadreId) {
		if (unitId == null) {
			return List.of();
		}
		List<Option> cadres = new ArrayList<>(this.directory.cadresOf(unitId));
		if (chosenCadreId != null && cadres.stream().noneMatch(o -> o.id().equals(chosenCadreId))
				&& this.directory.unitOfCadre(chosenCadreId).filter(unitId::equals).isPresent()) {
			this.directory.cadreName(chosenCadreId).ifPresent(name -> cadres.add(new Option(chosenCadreId, name)));
		}
		return cadres;
	}
}
