package org.zhucun.workteams.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.workteams.LeaveReason;
import org.zhucun.workteams.MemberView;
import org.zhucun.workteams.TeamService;
import org.zhucun.workteams.TeamView;

/** Ending a team member's membership: the form with the day and the reason, and its saving. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/teams")
class MembershipEndController {

	private final TeamService teams;

	private final Clock clock;

	MembershipEndController(TeamService teams, Clock clock) {
		this.teams = teams;
		this.clock = clock;
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
		if (FormErrors.change(result, () -> this.teams.endMembership(id, membershipId, form.toCommand()))) {
			Flash.success(redirect, "team.member.ended");
			return "redirect:/teams/" + id;
		}
		return endMembershipPage(team, member, model);
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
}
