package org.zhucun.workteams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.CadreSight;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.Choice;
import org.zhucun.organization.ContactPhones;
import org.zhucun.organization.Organization;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.organization.VillageCategory;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.DatabaseRules;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.Formats;
import org.zhucun.shared.web.Paging;
import org.zhucun.workteams.domain.ReductionRule;
import org.zhucun.workteams.domain.TeamChecks;
import org.zhucun.workteams.domain.TeamMembership;
import org.zhucun.workteams.domain.TeamMembershipRepository;
import org.zhucun.workteams.domain.TeamQueries;
import org.zhucun.workteams.domain.TeamQueries.Blocking;
import org.zhucun.workteams.domain.TeamQueries.CadreRef;
import org.zhucun.workteams.domain.TeamQueries.ProblemBounds;
import org.zhucun.workteams.domain.TeamQueries.TeamCriteria;
import org.zhucun.workteams.domain.TeamQueries.TeamMemberRow;
import org.zhucun.workteams.domain.TeamQueries.TeamRow;
import org.zhucun.workteams.domain.TeamQueries.UnitRef;
import org.zhucun.workteams.domain.TeamQueries.VillageRef;
import org.zhucun.workteams.domain.WorkTeam;
import org.zhucun.workteams.domain.WorkTeamRepository;

/**
 * Work teams and their rosters (DOMAIN §3): the list, the team page, dispatching a team, adding and ending
 * memberships, handing over the lead, revising and ending a team. Every read and write is checked against the
 * signed-in account's scope ({@link TeamAccess}); every rule refused comes back as a {@link BusinessRuleException}
 * beside its form field, and nothing of a refused action is saved.
 */
@Service
@Transactional(readOnly = true)
public class TeamService {

	/** Rows per page of the team list. */
	public static final int PAGE_SIZE = 20;

	/** The rules the list's problems filter looks for (reductions are on their own list). */
	static final Set<TeamProblem> LISTED_PROBLEMS = EnumSet.of(TeamProblem.NO_LEADER, TeamProblem.BELOW_MINIMUM,
			TeamProblem.TERM_OVER, TeamProblem.TERM_ENDING, TeamProblem.SHORT_TERM);

	private final WorkTeamRepository teams;

	private final TeamMembershipRepository memberships;

	private final TeamQueries queries;

	private final TeamAccess access;

	private final PolicySettings settings;

	private final ContactPhones phones;

	private final Organization organization;

	private final TeamReductions reductions;

	private final Clock clock;

	TeamService(WorkTeamRepository teams, TeamMembershipRepository memberships, TeamQueries queries,
			TeamAccess access, PolicySettings settings, ContactPhones phones, Organization organization,
			TeamReductions reductions, Clock clock) {
		this.teams = teams;
		this.memberships = memberships;
		this.queries = queries;
		this.access = access;
		this.settings = settings;
		this.phones = phones;
		this.organization = organization;
		this.reductions = reductions;
		this.clock = clock;
	}

	/**
	 * @return how many active teams in the signed-in office's or town's scope break a rule of the list's problems
	 * filter today, with one count (the list {@code /teams?problems=true} shows them)
	 */
	public long problemTeamCount() {
		DataScope scope = this.access.officeOrTown();
		TeamCriteria criteria = this.access.narrow(scope,
				new TeamFilter(null, null, null, null, true, null), LISTED_PROBLEMS);
		return this.queries.countTeams(criteria, bounds());
	}

	/** The list, filtered as asked and narrowed to the signed-in account's scope, with today's problems. */
	public Page<TeamSummary> search(TeamFilter filter, int page) {
		DataScope scope = this.access.current();
		ProblemBounds bounds = bounds();
		TeamCriteria criteria = this.access.narrow(scope, filter, problemsOf(filter));
		return this.queries.teams(criteria, bounds, PageRequest.of(Math.max(0, page), PAGE_SIZE))
			.map(row -> summary(row, bounds));
	}

	/** Hands every team of the (scoped) list to {@code rows}, streaming from the database; for exports. */
	public void forEach(TeamFilter filter, Consumer<Stream<TeamSummary>> rows) {
		DataScope scope = this.access.current();
		ProblemBounds bounds = bounds();
		try (Stream<TeamRow> stream = this.queries.streamTeams(this.access.narrow(scope, filter, problemsOf(filter)),
				bounds)) {
			rows.accept(stream.map(row -> summary(row, bounds)));
		}
	}

	/**
	 * Hands every membership (past and present) of the teams of the (scoped) list to {@code rows}, phones as the
	 * signed-in user may see them; for exports.
	 */
	public void forEachMember(TeamFilter filter, Consumer<Stream<TeamMemberRow>> rows) {
		DataScope scope = this.access.current();
		ProblemBounds bounds = bounds();
		CadreSight visible = this.phones.cadres();
		try (Stream<TeamMemberRow> stream = this.queries.streamMembers(this.access.narrow(scope, filter,
				problemsOf(filter)), bounds)) {
			rows.accept(stream.map(r -> new TeamMemberRow(r.team(), masked(r.member(), visible))));
		}
	}

	/** The team page; refused outside the account's scope. */
	public TeamView get(Long id) {
		TeamRow row = row(id);
		DataScope scope = this.access.readTeam(row);
		return view(row, this.access.canWrite(scope, row.townId()));
	}

	/** The team for its edit form and the forms of its page that change it; refused to those who may not. */
	public TeamView getForChange(Long id) {
		TeamRow row = row(id);
		this.access.writeTown(row.townId());
		return view(row, true);
	}

	/** @return the id of the team the signed-in team leader or member serves in, if any */
	public Optional<Long> ownTeam() {
		DataScope scope = this.access.current();
		if (!scope.isTeam() || scope.cadreId() == null) {
			return Optional.empty();
		}
		return this.queries.activeTeamOf(scope.cadreId());
	}

	/** @return whether the signed-in account may dispatch teams and import rosters */
	public boolean canCreate() {
		DataScope scope = this.access.current();
		return scope.isOfficeAdmin() || scope.isTown();
	}

	/** Refuses those who may not dispatch teams (the pages that do). */
	public void requireCreate() {
		this.access.creator();
	}

	/** @return the villages a team can be dispatched to by the signed-in account (a town official's own town) */
	public List<VillageChoice> villageChoices() {
		DataScope scope = this.access.creator();
		return this.queries.villageChoices(scope.isTown() ? scope.townId() : null);
	}

	/** @return the active aid units, to dispatch a team */
	public List<Choice> unitChoices() {
		this.access.creator();
		return this.queries.activeUnits();
	}

	/** @return the towns to filter the list by (none for team accounts, who see one team) */
	public List<Choice> townFilterChoices() {
		DataScope scope = this.access.current();
		if (scope.isTeam()) {
			return List.of();
		}
		if (scope.isTown()) {
			return this.organization.town(scope.townId())
				.map(t -> List.of(new Choice(t.id(), t.name())))
				.orElse(List.of());
		}
		return this.organization.townChoices();
	}

	/** @return the units to filter the list by: those that dispatched teams in the account's scope */
	public List<Choice> unitFilterChoices() {
		DataScope scope = this.access.current();
		if (scope.isTeam()) {
			return List.of();
		}
		if (scope.isUnit()) {
			return this.queries.unit(scope.unitId()).map(u -> List.of(new Choice(u.id(), u.name()))).orElse(List.of());
		}
		return this.queries.dispatchingUnits(scope.isTown() ? scope.townId() : null);
	}

	/**
	 * The add-member picker's page (DOMAIN §2, §3): active cadres in no active team, of the units linked to the team's
	 * village; found by part of the name, the unit or the phone as the signed-in user sees it (masked outside their
	 * scope, and searched as shown); the chosen cadre first, then the dispatching unit's; {@link Paging#SIZE} a page.
	 * @param text what was typed, or null
	 * @param chosen the cadre already chosen (a form shown again), or null
	 */
	public Page<CadreChoice> cadreChoices(Long teamId, String text, Long chosen, int page) {
		TeamRow row = row(teamId);
		DataScope scope = this.access.writeTown(row.townId());
		String pattern = null;
		if (text != null && !text.isBlank()) {
			pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%";
		}
		return this.queries.freeCadres(row.villageId(), row.unitId(), scope.isOffice(),
				scope.isTown() ? scope.townId() : null, pattern, chosen, Paging.page(page));
	}

	/**
	 * Dispatches a team to a village: the village must take teams (registered poor, or non-poor with tasks) and be
	 * active, the unit active, and a registered poor village must have no active team.
	 * @return the new team's id
	 */
	@Transactional
	public Long create(TeamCommand command) {
		this.access.creator();
		VillageRef village = this.queries.village(command.villageId())
			.orElseThrow(() -> new BusinessRuleException("villageId", "team.village.required"));
		this.access.writeTown(village.townId());
		if (!village.active()) {
			throw new BusinessRuleException("villageId", "team.village.inactive");
		}
		if (village.category() == VillageCategory.OTHER) {
			throw new BusinessRuleException("villageId", "team.village.no-tasks");
		}
		UnitRef unit = this.queries.unit(command.unitId())
			.orElseThrow(() -> new BusinessRuleException("unitId", "team.unit.required"));
		if (!unit.active()) {
			throw new BusinessRuleException("unitId", "team.unit.inactive");
		}
		boolean poor = village.category() == VillageCategory.REGISTERED_POOR;
		if (poor && this.teams.hasActiveTeam(village.id())) {
			throw new BusinessRuleException("villageId", "team.village.has-active-team");
		}
		WorkTeam team = WorkTeam.dispatch(village.id(), poor, unit.id(), command.termStart(), command.termEnd(),
				clean(command.note()));
		try {
			return this.teams.saveAndFlush(team).getId();
		}
		catch (DataIntegrityViolationException ex) {
			throw DatabaseRules.translate(ex, TeamConstraints.RULES);
		}
	}

	/** Revises the planned end of the term and the note. */
	@Transactional
	public void update(Long id, TeamRevision revision) {
		WorkTeam team = lockForChange(id);
		team.checkVersion(revision.version());
		team.revise(revision.termEnd(), clean(revision.note()));
		flush();
	}

	/**
	 * Adds a cadre to the team: the cadre must be active and serve in no other team from the day they join (active
	 * there, or leaving on or after that day); the team checks the rest (term, leader, roster).
	 * @return the new membership's id
	 */
	@Transactional
	public Long addMember(Long teamId, MemberCommand command) {
		WorkTeam team = lockForChange(teamId);
		if (!team.isActive()) {
			throw BusinessRuleException.global("team.ended");
		}
		CadreRef cadre = this.queries.cadre(command.cadreId())
			.orElseThrow(() -> new BusinessRuleException("cadreId", "team.member.cadre-required"));
		if (!cadre.active()) {
			throw new BusinessRuleException("cadreId", "team.member.cadre-inactive");
		}
		List<Blocking> blocking = this.queries.blocking(List.of(cadre.id()), teamId, command.joinedOn());
		if (!blocking.isEmpty()) {
			throw blocked(blocking.get(0));
		}
		TeamMembership membership = team.addMember(cadre.id(), command.role(), command.joinedOn(),
				clean(command.note()));
		flush();
		return membership.getId();
	}

	/** Ends an active membership on the member's last day (not a day in the future), with the reason. */
	@Transactional
	public void endMembership(Long teamId, Long membershipId, MembershipEnd end) {
		WorkTeam team = lockForChange(teamId);
		TeamMembership membership = team.membership(membershipId)
			.orElseThrow(() -> new NotFoundException("membership", membershipId));
		membership.checkVersion(end.version());
		notInFuture("leftOn", end.leftOn());
		team.endMembership(membership, end.leftOn(), end.reason(), clean(end.note()));
		flush();
	}

	/** Hands the lead to an active member; the previous leader stays as a member. */
	@Transactional
	public void handOverLead(Long teamId, Long membershipId, TeamRole role) {
		WorkTeam team = lockForChange(teamId);
		TeamMembership next = team.membership(membershipId)
			.orElseThrow(() -> new BusinessRuleException("membershipId", "team.lead.not-active-member"));
		try {
			// The previous leader steps down and the next one steps up in one change: the one-leader rule is
			// checked once both rows are written.
			this.memberships.deferLeaderRule();
			team.handOverLead(next, role);
			this.memberships.checkLeaderRuleNow();
		}
		catch (DataIntegrityViolationException ex) {
			throw DatabaseRules.translate(ex, TeamConstraints.RULES);
		}
	}

	/** Ends the team on a day of its term (not in the future); its active members leave that day as withdrawn. */
	@Transactional
	public void end(Long teamId, LocalDate endedOn) {
		WorkTeam team = lockForChange(teamId);
		notInFuture("endedOn", endedOn);
		team.end(endedOn);
		flush();
	}

	/**
	 * A cadre's memberships over time. The office sees all; a unit's liaison their unit's cadres; a town official
	 * the town's cadres ({@link org.zhucun.identity.TownCadres}: who serve or served in its teams), their memberships
	 * in the town's teams only; a team account their own.
	 */
	public CadreTeams cadreTeams(Long cadreId) {
		CadreRef cadre = this.queries.cadre(cadreId).orElseThrow(() -> new NotFoundException("cadre", cadreId));
		DataScope scope = this.access.current();
		Long townFilter = null;
		boolean allowed;
		if (scope.isOffice()) {
			allowed = true;
		}
		else if (scope.isTown()) {
			allowed = this.access.isTownCadre(scope, cadre.id());
			townFilter = scope.townId();
		}
		else if (scope.isUnit()) {
			allowed = cadre.unitId().equals(scope.unitId());
		}
		else {
			allowed = cadre.id().equals(scope.cadreId());
		}
		this.access.require(allowed);
		return new CadreTeams(cadre.id(), cadre.name(), cadre.unitId(), cadre.unitName(), cadre.position(),
				this.phones.showCadre(cadre.id(), cadre.unitId(), cadre.phone()), cadre.active(),
				this.queries.membershipsOf(cadre.id(), townFilter)
					.stream()
					// A team account opens the team it serves in now (its own memberships); the others by their scope.
					.map(m -> m.opening(scope.isTeam() ? m.isActive()
							: this.access.canRead(scope, m.teamId(), m.townId(), m.unitId())))
					.toList());
	}

	/** @return the minimum size of a registered poor village's team in force today */
	public int minMembersToday() {
		return this.settings.forDate(today()).intValue(WorkTeamSettings.MIN_MEMBERS);
	}

	TeamSummary summary(TeamRow row, ProblemBounds bounds) {
		return new TeamSummary(row.id(), row.villageId(), row.villageName(), row.category(), row.townId(),
				row.townName(), row.unitId(), row.unitName(), row.leaderId(), row.leaderName(), row.leaderRole(),
				row.activeMembers(), row.termStart(), row.termEnd(), row.status(), row.endedOn(), row.onePerVillage(),
				TeamChecks.problems(row.facts(), bounds.minMembers(), bounds.minTermMonths(), bounds.today()));
	}

	ProblemBounds bounds() {
		LocalDate today = today();
		return new ProblemBounds(today, today.plusDays(TeamProblem.TERM_ENDING_DAYS),
				this.settings.forDate(today).intValue(WorkTeamSettings.MIN_MEMBERS),
				this.settings.forDate(today).intValue(WorkTeamSettings.MIN_TERM_MONTHS));
	}

	static Collection<TeamProblem> problemsOf(TeamFilter filter) {
		if (filter.problem() != null) {
			return EnumSet.of(filter.problem());
		}
		return filter.problemsOnly() ? LISTED_PROBLEMS : List.of();
	}

	private TeamView view(TeamRow row, boolean manageable) {
		CadreSight visible = this.phones.cadres();
		List<MemberView> all = this.queries.members(row.id()).stream().map(m -> masked(m, visible)).toList();
		List<MemberView> active = all.stream()
			.filter(MemberView::isActive)
			.sorted(Comparator.comparing((MemberView m) -> !m.role().leads())
				.thenComparing(MemberView::joinedOn)
				.thenComparing(MemberView::membershipId))
			.toList();
		List<MemberView> history = all.stream()
			.filter(m -> !m.isActive())
			.sorted(Comparator.comparing(MemberView::leftOn).reversed().thenComparing(MemberView::membershipId))
			.toList();
		return new TeamView(row.id(), row.version(), row.villageId(), row.villageName(), row.category(), row.townId(),
				row.townName(), row.unitId(), row.unitName(), row.termStart(), row.termEnd(), row.status(),
				row.endedOn(), row.onePerVillage(), row.note(), active, history, problems(row, all), manageable);
	}

	/** The rules the team breaks today, with the facts their messages name; reductions of this and last month. */
	private List<ProblemNote> problems(TeamRow row, List<MemberView> members) {
		ProblemBounds bounds = bounds();
		List<ProblemNote> notes = new ArrayList<>();
		for (TeamProblem problem : TeamChecks.problems(row.facts(), bounds.minMembers(), bounds.minTermMonths(),
				bounds.today())) {
			notes.add(switch (problem) {
				case BELOW_MINIMUM -> new ProblemNote(problem, List.of(String.valueOf(row.activeMembers()),
						String.valueOf(bounds.minMembers())));
				case TERM_OVER, TERM_ENDING -> new ProblemNote(problem, List.of(row.termEnd().toString()));
				case SHORT_TERM -> new ProblemNote(problem, List.of(row.termStart().toString(),
						row.termEnd().toString(), String.valueOf(bounds.minTermMonths())));
				default -> new ProblemNote(problem, List.of());
			});
		}
		if (row.status() == TeamStatus.ACTIVE) {
			YearMonth now = YearMonth.from(bounds.today());
			for (YearMonth month : List.of(now.minusMonths(1), now)) {
				this.reductions.ofTeam(members, row.onePerVillage(), month)
					.ifPresent(r -> notes.add(new ProblemNote(TeamProblem.REDUCTION, List.of(month.toString(),
							String.valueOf(r.baseline()), String.valueOf(r.countAfter())))));
			}
		}
		return notes;
	}

	private TeamRow row(Long id) {
		return this.queries.team(id).orElseThrow(() -> new NotFoundException("team", id));
	}

	/** Locks the team's row for a change and refuses those who may not change it. */
	private WorkTeam lockForChange(Long id) {
		Long townId = this.queries.townOfTeam(id).orElseThrow(() -> new NotFoundException("team", id));
		this.access.writeTown(townId);
		return this.teams.findForUpdate(id).orElseThrow(() -> new NotFoundException("team", id));
	}

	private void flush() {
		try {
			this.teams.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw DatabaseRules.translate(ex, TeamConstraints.RULES);
		}
	}

	private void notInFuture(String field, LocalDate day) {
		if (day != null && day.isAfter(today())) {
			throw new BusinessRuleException(field, "team.date.future");
		}
	}

	/** The message for a cadre who serves elsewhere from the day they would join: names the other village. */
	static BusinessRuleException blocked(Blocking other) {
		return other.leftOn() == null
				? new BusinessRuleException("cadreId", "team.member.active-elsewhere", other.villageName())
				: new BusinessRuleException("joinedOn", "team.member.overlaps-elsewhere", other.villageName(),
						other.leftOn());
	}

	/** The phone masked and the cadre's pages not linked where the signed-in user may not see the cadre. */
	private static MemberView masked(MemberView member, CadreSight visible) {
		return visible.sees(member.cadreId(), member.cadreUnitId()) ? member.opening()
				: member.withPhone(Formats.maskPhone(member.phone()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** @return a reduction rule with the settings in force in the month, the minimum for poor villages' teams */
	static ReductionRule rule(PolicySettings.Snapshot settings, boolean onePerVillage) {
		return new ReductionRule(onePerVillage ? settings.intValue(WorkTeamSettings.MIN_MEMBERS) : 0,
				settings.intValue(WorkTeamSettings.REPLACEMENT_DAYS));
	}
}
