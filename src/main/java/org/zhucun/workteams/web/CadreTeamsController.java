package org.zhucun.workteams.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhucun.identity.Allowed;
import org.zhucun.workteams.TeamService;

/** A cadre's memberships over time (their page of team service). */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
class CadreTeamsController {

	private final TeamService teams;

	CadreTeamsController(TeamService teams) {
		this.teams = teams;
	}

	@GetMapping("/cadres/{id}/teams")
	String cadreTeams(@PathVariable Long id, Model model) {
		model.addAttribute("cadre", this.teams.cadreTeams(id));
		return "workteams/cadre";
	}
}
