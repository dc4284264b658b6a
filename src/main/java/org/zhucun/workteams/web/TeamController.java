package org.zhucun.workteams.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import org.zhucun.organization.VillageCategory;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.workteams.CadreChoice;
import org.zhucun.workteams.LeaveReason;
import org.zhucun.workteams.MemberView;
import org.zhucun.workteams.TeamExcel;
import org.zhucun.workteams.TeamFilter;
import org.zhucun.workteams.TeamProblem;
import org.zhucun.workteams.TeamRole;
import org.zhucun.workteams.TeamService;
import org.zhucun.workteams.TeamStatus;
import org.zhucun.workteams.TeamView;
import org.zhucun.workteams.VillageChoice;

/**
 * Work teams: the list with its filters and export, dispatching a team, the team page with its roster forms (add a
 * member, end a membership, hand over the lead, end the team), and the edit form of the term.
 */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/teams")
class TeamController {

	private static final String SHOW = "workteams/show";

	private static final List<TeamRole> LEADING_ROLES = List.of(TeamRole.FIRST_SECRETARY, TeamRole.TEAM_LEADER);

	private final TeamService teams;

	private final TeamExcel excel;

	private final Clock clock;

	TeamController(TeamService teams, TeamExcel excel, Clock clock) {
		this.teams = teams;
		this.excel = excel;
		this.clock = clock;
	}

	@PreAuthorize(Allowed.SIGNED_IN)
	@GetMapping
	String list(@RequestParam(required = false) Long townId, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) VillageCategory category, @RequestParam(required = false) TeamStatus status,
			@RequestParam(defaultValue = "false") boolean problems, @RequestParam(required = false) TeamProblem problem,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		TeamFilter filter = new TeamFilter(townId, unitId, category, status, problems, problem);
		model.addAttribute("page", this.teams.search(filter, page));
		model.addAttribute("filter", filter);
		model.addAttribute("towns", this.teams.townFilterChoices());
		model.addAttribute("units", this.teams.unitFilterChoices());
		model.addAttribute("categories", List.of(VillageCategory.REGISTERED_POOR, VillageCategory.NON_POOR_WITH_TASKS));
		model.addAttribute("statuses", TeamStatus.values());
		model.addAttribute("canCreate", this.teams.canCreate());
		model.addAttribute("exportUrl", Links.withFilters(request, "/teams/export"));
		return "workteams/list";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) Long townId, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) VillageCategory category, @RequestParam(required = false) TeamStatus status,
			@RequestParam(defaultValue = "false") boolean problems, @RequestParam(required = false) TeamProblem problem,
			HttpServletResponse response) {
		this.excel.export(new TeamFilter(townId, unitId, category, status, problems, problem),
				() -> ExcelDownloads.start(response, this.excel.exportFileName()));
	}

	/** A team leader's or member's own team; a page saying so when they serve in none. */
	@PreAuthorize(Allowed.TEAM)
	@GetMapping("/mine")
	String mine() {
		return this.teams.ownTeam().map(id -> "redirect:/teams/" + id).orElse("workteams/none");
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long villageId, Model model) {
		this.teams.requireCreate();
		TeamForm form = new TeamForm();
		form.setVillageId(villageId);
		form.setTermStart(LocalDate.now(this.clock));
		model.addAttribute("teamForm", form);
		return form(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("teamForm") TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.teams.requireCreate();
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				Long id = this.teams.create(form.toCommand());
				redirect.addFlashAttribute("successMessage", "team.created");
				return "redirect:/teams/" + id;
			}
			catch (BusinessRuleException ex) {
				Links.reject(result, ex);
			}
		}
		return form(model);
	}

	@PreAuthorize(Allowed.SIGNED_IN)
	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		return show(this.teams.get(id), model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		TeamView team = this.teams.getForChange(id);
		model.addAttribute("teamEditForm", TeamEditForm.from(team));
		model.addAttribute("team", team);
		return "workteams/edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("teamEditForm") TeamEditForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		TeamView team = this.teams.getForChange(id);
		if (!result.hasErrors()) {
			try {
				this.teams.update(id, form.toCommand());
				redirect.addFlashAttribute("successMessage", "team.saved");
				return "redirect:/teams/" + id;
			}
			catch (BusinessRuleException ex) {
				Links.reject(result, ex);
			}
		}
		model.addAttribute("team", team);
		return "workteams/edit";
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable Long id, @Valid @ModelAttribute("memberForm") MemberForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		TeamView team = this.teams.getForChange(id);
		if (!result.hasErrors()) {
			try {
				this.teams.addMember(id, form.toCommand());
				redirect.addFlashAttribute("successMessage", "team.member.added");
				return "redirect:/teams/" + id;
			}
			catch (BusinessRuleException ex) {
				Links.reject(result, ex);
			}
		}
		return show(team, model);
	}

	@GetMapping("/{id}/members/{membershipId}/end")
	String endMembershipForm(@PathVariable Long id, @PathVariable Long membershipId, Model model) {
		TeamView team = this.teams.getForChange(id);
		MemberView member = member(team, membershipId);
		model.addAttribute("endMembershipForm", EndMembershipForm.from(member, LocalDate.now(this.clock)));
		return endMembershipPage(team, member, model);
	}

	@PostMapping("/{id}/members/{membershipId}/end")
	String endMembership(@PathVariable Long id, @PathVariable Long membershipId,
			@Valid @ModelAttribute("endMembershipForm") EndMembershipForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		TeamView team = this.teams.getForChange(id);
		MemberView member = member(team, membershipId);
		if (!result.hasErrors()) {
			try {
				this.teams.endMembership(id, membershipId, form.toCommand());
				redirect.addFlashAttribute("successMessage", "team.member.ended");
				return "redirect:/teams/" + id;
			}
			catch (BusinessRuleException ex) {
				Links.reject(result, ex);
			}
		}
		return endMembershipPage(team, member, model);
	}

	@PostMapping("/{id}/leader")
	String handOverLead(@PathVariable Long id, @Valid @ModelAttribute("leadForm") LeadForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TeamView team = this.teams.getForChange(id);
		if (!result.hasErrors()) {
			try {
				this.teams.handOverLead(id, form.getMembershipId(), form.getRole());
				redirect.addFlashAttribute("successMessage", "team.lead.handed-over");
				return "redirect:/teams/" + id;
			}
			catch (BusinessRuleException ex) {
				Links.reject(result, ex);
			}
		}
		return show(team, model);
	}

	@PostMapping("/{id}/end")
	String end(@PathVariable Long id, @Valid @ModelAttribute("endTeamForm") EndTeamForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TeamView team = this.teams.getForChange(id);
		if (!result.hasErrors()) {
			try {
				this.teams.end(id, form.getEndedOn());
				redirect.addFlashAttribute("successMessage", "team.ended-now");
				return "redirect:/teams/" + id;
			}
			catch (BusinessRuleException ex) {
				Links.reject(result, ex);
			}
		}
		return show(team, model);
	}

	/** The team page, with the forms that were not posted in their starting state. */
	private String show(TeamView team, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("team", team);
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", MemberForm.forTeam(team, today));
		}
		if (!model.containsAttribute("leadForm")) {
			model.addAttribute("leadForm", new LeadForm());
		}
		if (!model.containsAttribute("endTeamForm")) {
			EndTeamForm endTeam = new EndTeamForm();
			endTeam.setEndedOn(team.clampToTerm(today));
			model.addAttribute("endTeamForm", endTeam);
		}
		model.addAttribute("roles", TeamRole.values());
		model.addAttribute("leadingRoles", LEADING_ROLES);
		List<CadreChoice> cadres = team.manageable() && team.isActive() ? this.teams.cadreChoices(team.id()) : List.of();
		model.addAttribute("ownCadres", cadres.stream().filter(c -> c.unitId().equals(team.unitId())).toList());
		model.addAttribute("otherCadres", cadres.stream().filter(c -> !c.unitId().equals(team.unitId())).toList());
		return SHOW;
	}

	private static MemberView member(TeamView team, Long membershipId) {
		return Stream.concat(team.members().stream(), team.history().stream())
			.filter(m -> m.membershipId().equals(membershipId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("membership", membershipId));
	}

	private String endMembershipPage(TeamView team, MemberView member, Model model) {
		model.addAttribute("team", team);
		model.addAttribute("member", member);
		model.addAttribute("reasons", LeaveReason.values());
		return "workteams/end-membership";
	}

	private String form(Model model) {
		Map<String, List<VillageChoice>> byTown = new LinkedHashMap<>();
		for (VillageChoice village : this.teams.villageChoices()) {
			byTown.computeIfAbsent(village.townName(), k -> new ArrayList<>()).add(village);
		}
		model.addAttribute("villageGroups", byTown);
		model.addAttribute("units", this.teams.unitChoices());
		return "workteams/form";
	}
}
