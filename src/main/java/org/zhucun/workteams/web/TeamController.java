package org.zhucun.workteams.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.shared.web.Paging;
import org.zhucun.workteams.TeamExcel;
import org.zhucun.workteams.TeamFilter;
import org.zhucun.workteams.TeamProblem;
import org.zhucun.workteams.TeamService;
import org.zhucun.workteams.TeamStatus;
import org.zhucun.workteams.TeamView;
import org.zhucun.workteams.VillageChoice;

/** Work teams: the list with its filters and export, dispatching a team, and the edit form of the term. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/teams")
class TeamController {

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
		model.addAttribute("exportUrl", Paging.withFilters(request, "/teams/export"));
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
				Flash.success(redirect, "team.created");
				return "redirect:/teams/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model);
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
		if (FormErrors.change(result, () -> this.teams.update(id, form.toCommand()))) {
			Flash.success(redirect, "team.saved");
			return "redirect:/teams/" + id;
		}
		model.addAttribute("team", team);
		return "workteams/edit";
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
