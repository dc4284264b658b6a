package org.zhucun.workteams.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.workteams.TeamRole;
import org.zhucun.workteams.TeamService;
import org.zhucun.workteams.TeamView;

/**
 * A team's page (and a member's own team) with its roster forms: add a member, hand over the lead, end the team.
 */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/teams")
class TeamRosterController {

	private static final String SHOW = "workteams/show";

	private static final List<TeamRole> LEADING_ROLES = List.of(TeamRole.FIRST_SECRETARY, TeamRole.TEAM_LEADER);

	private final TeamService teams;

	private final Clock clock;

	TeamRosterController(TeamService teams, Clock clock) {
		this.teams = teams;
		this.clock = clock;
	}

	/** A team leader's or member's own team; a page saying so when they serve in none. */
	@PreAuthorize(Allowed.TEAM)
	@GetMapping("/mine")
	String mine() {
		return this.teams.ownTeam().map(id -> "redirect:/teams/" + id).orElse("workteams/none");
	}

	/**
	 * The team page; {@code q} and {@code page} search the add-member picker (a GET form, so that it works without
	 * script; picker.js asks for the same page as one types).
	 */
	@PreAuthorize(Allowed.SIGNED_IN)
	@GetMapping("/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		return show(this.teams.get(id), model, q, page);
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable Long id, @Valid @ModelAttribute("memberForm") MemberForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		TeamView team = this.teams.getForChange(id);
		if (FormErrors.change(result, () -> this.teams.addMember(id, form.toCommand()))) {
			Flash.success(redirect, "team.member.added");
			return "redirect:/teams/" + id;
		}
		return show(team, model, form.getQ(), 0);
	}

	@PostMapping("/{id}/leader")
	String handOverLead(@PathVariable Long id, @Valid @ModelAttribute("leadForm") LeadForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TeamView team = this.teams.getForChange(id);
		if (FormErrors.change(result, () -> this.teams.handOverLead(id, form.getMembershipId(), form.getRole()))) {
			Flash.success(redirect, "team.lead.handed-over");
			return "redirect:/teams/" + id;
		}
		return show(team, model, null, 0);
	}

	@PostMapping("/{id}/end")
	String end(@PathVariable Long id, @Valid @ModelAttribute("endTeamForm") EndTeamForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TeamView team = this.teams.getForChange(id);
		if (FormErrors.change(result, () -> this.teams.end(id, form.getEndedOn()))) {
			Flash.success(redirect, "team.ended-now");
			return "redirect:/teams/" + id;
		}
		return show(team, model, null, 0);
	}

	/** The team page, with the forms that were not posted in their starting state. */
	private String show(TeamView team, Model model, String q, int page) {
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
		if (team.manageable() && team.isActive()) {
			MemberForm memberForm = (MemberForm) model.getAttribute("memberForm");
			model.addAttribute("q", q == null ? "" : q.strip());
			model.addAttribute("cadrePage", this.teams.cadreChoices(team.id(), q, memberForm.getCadreId(), page));
		}
		return SHOW;
	}
}
