package org.zhucun.leave.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.leave.LeaveDetail;
import org.zhucun.leave.LeaveFilter;
import org.zhucun.leave.LeaveService;
import org.zhucun.leave.domain.LeaveRuleException;
import org.zhucun.leave.domain.LeaveState;
import org.zhucun.leave.domain.LeaveType;
import org.zhucun.organization.AidUnitService;
import org.zhucun.organization.Choice;
import org.zhucun.organization.TownService;
import org.zhucun.shared.web.RequestedMonth;

/** The leave pages: the request form, my requests, my approvals, the list in scope, a request, the totals. */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/leave-requests")
class LeaveController {

	private static final String SHOW = "leave/show";

	private final LeaveService leave;

	private final ScopeService scopes;

	private final TownService towns;

	private final AidUnitService units;

	private final Clock clock;

	LeaveController(LeaveService leave, ScopeService scopes, TownService towns, AidUnitService units, Clock clock) {
		this.leave = leave;
		this.scopes = scopes;
		this.towns = towns;
		this.units = units;
		this.clock = clock;
	}

	@PreAuthorize(Allowed.LEAVE_REQUESTERS)
	@GetMapping("/new")
	String form(@RequestParam(required = false) String q, @RequestParam(required = false) Long cadreId,
			Model model) {
		requireSubmit();
		LeaveRequestForm form = new LeaveRequestForm();
		form.setType(LeaveType.PERSONAL);
		form.setCadreId(cadreId);
		model.addAttribute("form", form);
		return formPage(model, q, cadreId);
	}

	@PreAuthorize(Allowed.LEAVE_REQUESTERS)
	@PostMapping
	String submit(@Valid @ModelAttribute("form") LeaveRequestForm form, BindingResult result,
			@RequestParam(required = false) String q, Model model, RedirectAttributes redirect) {
		requireSubmit();
		if (result.hasErrors()) {
			return formPage(model, q, form.getCadreId());
		}
		Long id;
		try {
			id = this.leave.submit(form.toCommand());
		}
		catch (LeaveRuleException ex) {
			reject(result, ex);
			return formPage(model, q, form.getCadreId());
		}
		redirect.addFlashAttribute("successMessage", "leave.submitted");
		return "redirect:/leave-requests/" + id;
	}

	@PreAuthorize(Allowed.TEAM)
	@GetMapping("/mine")
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.leave.mine(page));
		return "leave/mine";
	}

	@PreAuthorize(Allowed.LEAVE_APPROVERS)
	@GetMapping("/inbox")
	String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.leave.inbox(page));
		return "leave/inbox";
	}

	@PreAuthorize(Allowed.DESK_OR_LEADER)
	@GetMapping
	String list(@RequestParam(required = false) LeaveState state, @RequestParam(required = false) LeaveType type,
			@RequestParam(required = false) String month, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page, Model model) {
		YearMonth parsedMonth = parseMonth(month);
		model.addAttribute("page",
				this.leave.search(new LeaveFilter(state, type, parsedMonth, townId, unitId), page));
		model.addAttribute("state", state);
		model.addAttribute("type", type);
		model.addAttribute("month", parsedMonth == null ? "" : parsedMonth.toString());
		model.addAttribute("townId", townId);
		model.addAttribute("unitId", unitId);
		addFilterChoices(model);
		return "leave/list";
	}

	@PreAuthorize(Allowed.DESK_OR_LEADER)
	@GetMapping("/totals")
	String totals(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page, Model model) {
		int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(this.clock).getYear() : year;
		model.addAttribute("page", this.leave.totals(Year.of(shown), townId, unitId, page));
		model.addAttribute("year", shown);
		model.addAttribute("townId", townId);
		model.addAttribute("unitId", unitId);
		model.addAttribute("types", LeaveType.values());
		addFilterChoices(model);
		return "leave/totals";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		LeaveDetail detail = this.leave.get(id);
		model.addAttribute("decisionForm", DecisionForm.from(detail.version()));
		model.addAttribute("returnForm", ReturnForm.from(detail.version(), LocalDate.now(this.clock)));
		return showPage(detail, model);
	}

	@PreAuthorize(Allowed.LEAVE_APPROVERS)
	@PostMapping("/{id}/approve")
	String approve(@PathVariable Long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return decide(id, form, result, model, redirect, true);
	}

	@PreAuthorize(Allowed.LEAVE_APPROVERS)
	@PostMapping("/{id}/reject")
	String reject(@PathVariable Long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return decide(id, form, result, model, redirect, false);
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.leave.cancel(id, version);
			redirect.addFlashAttribute("successMessage", "leave.cancelled");
		}
		catch (LeaveRuleException ex) {
			redirect.addFlashAttribute("errorMessage", ex.messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("errorMessage", LeaveRuleException.ALREADY_DECIDED);
		}
		return "redirect:/leave-requests/" + id;
	}

	@PostMapping("/{id}/return")
	String returnFrom(@PathVariable Long id, @Valid @ModelAttribute("returnForm") ReturnForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.leave.returnFrom(id, form.getVersion(), form.getActualReturn());
				redirect.addFlashAttribute("successMessage", "leave.returned");
				return "redirect:/leave-requests/" + id;
			}
			catch (LeaveRuleException ex) {
				if (ex.field() == null) {
					redirect.addFlashAttribute("errorMessage", ex.messageKey());
					return "redirect:/leave-requests/" + id;
				}
				reject(result, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				redirect.addFlashAttribute("errorMessage", LeaveRuleException.ALREADY_DECIDED);
				return "redirect:/leave-requests/" + id;
			}
		}
		LeaveDetail detail = this.leave.get(id);
		model.addAttribute("decisionForm", DecisionForm.from(detail.version()));
		return showPage(detail, model);
	}

	private String decide(Long id, DecisionForm form, BindingResult result, Model model, RedirectAttributes redirect,
			boolean approve) {
		if (!result.hasErrors()) {
			try {
				if (approve) {
					this.leave.approve(id, form.getVersion(), form.getComment());
				}
				else {
					this.leave.reject(id, form.getVersion(), form.getComment());
				}
				redirect.addFlashAttribute("successMessage", approve ? "leave.approved" : "leave.rejected");
				return "redirect:/leave-requests/" + id;
			}
			catch (LeaveRuleException ex) {
				if (ex.field() == null) {
					redirect.addFlashAttribute("errorMessage", ex.messageKey());
					return "redirect:/leave-requests/" + id;
				}
				result.rejectValue("comment", ex.messageKey(), ex.args(), null);
			}
			catch (OptimisticLockingFailureException ex) {
				redirect.addFlashAttribute("errorMessage", LeaveRuleException.ALREADY_DECIDED);
				return "redirect:/leave-requests/" + id;
			}
		}
		LeaveDetail detail = this.leave.get(id);
		model.addAttribute("returnForm", ReturnForm.from(detail.version(), LocalDate.now(this.clock)));
		return showPage(detail, model);
	}

	private String showPage(LeaveDetail detail, Model model) {
		model.addAttribute("leave", detail);
		return SHOW;
	}

	private String formPage(Model model, String q, Long cadreId) {
		boolean office = this.scopes.current().isOfficeAdmin();
		model.addAttribute("types", LeaveType.values());
		model.addAttribute("office", office);
		if (office) {
			// the office administrator picks the cadre by name, unit or village (DOMAIN §1)
			model.addAttribute("q", q == null ? "" : q.strip());
			model.addAttribute("cadreChoices", this.leave.cadreChoices(q, cadreId));
			model.addAttribute("cadreChoiceLimit", LeaveService.CADRE_CHOICES);
		}
		model.addAttribute("cancelUrl", office ? "/leave-requests" : "/leave-requests/mine");
		return "leave/form";
	}

	private void requireSubmit() {
		if (!this.leave.canSubmit()) {
			throw new AccessDeniedException("Only cadres in a team and the office ask for leave");
		}
	}

	private void addFilterChoices(Model model) {
		DataScope scope = this.scopes.current();
		model.addAttribute("states", LeaveState.values());
		model.addAttribute("types", LeaveType.values());
		model.addAttribute("townChoices", scope.isOffice() ? this.towns.choices() : List.<Choice>of());
		model.addAttribute("unitChoices", scope.isOffice() || scope.isTown() ? this.units.choices() : List.<Choice>of());
	}

	private static YearMonth parseMonth(String month) {
		return RequestedMonth.parse(month).orElse(null);
	}


	private static void reject(BindingResult result, LeaveRuleException ex) {
		if (ex.field() == null) {
			result.reject(ex.messageKey(), ex.args(), null);
		}
		else {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
		}
	}
}
