package org.zhucun.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.organization.OrganizationRefs.CadreRef;
import org.zhucun.oversight.domain.Interview;
import org.zhucun.oversight.domain.InterviewRepository;
import org.zhucun.oversight.domain.Recall;
import org.zhucun.oversight.domain.RecallRepository;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.shared.web.Paging;
import org.zhucun.workteams.LeaveReason;
import org.zhucun.workteams.MemberView;
import org.zhucun.workteams.MembershipEnd;
import org.zhucun.workteams.TeamFacts;
import org.zhucun.workteams.WorkTeams;
import org.zhucun.workteams.WorkTeamSettings;

/**
 * Interviews (约谈) and recalls (召回调整) of cadres who fail (DOMAIN §10). The office records both; a recall ends the
 * cadre's membership through the work teams module with the reason RECALL, on a last day not in the future, and shows
 * the team's replacement due date (§3's replacement days in force on the last day) until a member joins. A unit's
 * liaison reads its unit's interviews and recalls, a town official the recalls of the town's teams.
 */
@Service
@Transactional(readOnly = true)
public class MeasureService {

	private final InterviewRepository interviews;

	private final RecallRepository recalls;

	private final MeasureQueries queries;

	private final ScopeService scopes;

	private final Organization organization;

	private final WorkTeams teams;

	private final PolicySettings settings;

	private final Clock clock;

	MeasureService(InterviewRepository interviews, RecallRepository recalls, MeasureQueries queries,
			ScopeService scopes, Organization organization, WorkTeams teams, PolicySettings settings, Clock clock) {
		this.interviews = interviews;
		this.recalls = recalls;
		this.queries = queries;
		this.scopes = scopes;
		this.organization = organization;
		this.teams = teams;
		this.settings = settings;
		this.clock = clock;
	}

	/** @return the interviews in the account's scope, latest first */
	public Page<InterviewRow> interviews(int page) {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || scope.isUnit());
		return this.queries.interviews(scope.isUnit() ? scope.unitId() : null, Paging.page(page));
	}

	/** @return the recalls in the account's scope, latest first */
	public Page<RecallRow> recalls(int page) {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || scope.isUnit() || scope.isTown());
		return this.queries.recalls(scope.isUnit() ? scope.unitId() : null, scope.isTown() ? scope.townId() : null,
				today(), Paging.page(page));
	}

	/**
	 * @return one recall with its replacement, in the account's scope: the office, the unit's administrator, the
	 * official of the team's town (the recalled cadre served there, so is one of the town's cadres, DOMAIN §1)
	 */
	public RecallRow recall(Long id) {
		RecallRow row = this.queries.recall(id, today()).orElseThrow(() -> new NotFoundException("recall", id));
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || (scope.isUnit() && scope.unitId().equals(row.unitId()))
				|| (scope.isTown() && scope.townId() != null && scope.townId().equals(row.townId())));
		return row;
	}

	/**
	 * The office records an interview of a cadre or a leader of the unit.
	 * @return the interview's id
	 */
	@Transactional
	public Long interview(InterviewCommand command) {
		this.scopes.requireOffice();
		if (command.unitId() == null || this.organization.unit(command.unitId()).isEmpty()) {
			throw new BusinessRuleException("unitId", "oversight.interview.error.unit-required");
		}
		if (command.cadreId() != null && !this.organization.cadre(command.cadreId())
			.map(CadreRef::unitId)
			.filter(command.unitId()::equals)
			.isPresent()) {
			throw new BusinessRuleException("cadreId", "oversight.interview.error.who-required");
		}
		if (command.leaderId() != null && !this.organization.leader(command.leaderId())
			.filter(l -> l.unitId().equals(command.unitId()))
			.isPresent()) {
			throw new BusinessRuleException("leaderId", "oversight.interview.error.who-required");
		}
		Interview interview = Interview.record(command.heldOn(), command.unitId(), command.cadreId(),
				command.leaderId(), command.interviewer(), command.reason(), command.findingId(), command.agreed(),
				command.followUpOn(), today());
		return this.interviews.saveAndFlush(interview).getId();
	}

	/**
	 * The office recalls a cadre: their membership ends on the last day with the reason RECALL, and the team's
	 * replacement is due within the replacement days in force on that day.
	 * @return the recall's id
	 * @throws BusinessRuleException beside the field at fault; nothing is saved
	 */
	@Transactional
	public Long recall(RecallCommand command) {
		this.scopes.requireOffice();
		if (command.teamId() == null) {
			throw new BusinessRuleException("teamId", "oversight.recall.error.team-required");
		}
		TeamFacts team = this.teams.team(command.teamId())
			.orElseThrow(() -> new BusinessRuleException("teamId", "oversight.recall.error.team-required"));
		MemberView member = team.members()
			.stream()
			.filter(m -> m.membershipId().equals(command.membershipId()) && m.isActive())
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("membershipId", "oversight.recall.error.member-required"));
		LocalDate lastDay = command.lastDay();
		if (lastDay != null && lastDay.isAfter(today())) {
			throw new BusinessRuleException("lastDay", "oversight.recall.error.last-day-future");
		}
		if (lastDay != null && lastDay.isBefore(member.joinedOn())) {
			throw new BusinessRuleException("lastDay", "oversight.recall.error.last-day-before-joining");
		}
		int replacementDays = lastDay == null ? 0
				: this.settings.forDate(lastDay).intValue(WorkTeamSettings.REPLACEMENT_DAYS);
		Recall recall = Recall.of(member.cadreId(), team.id(), team.unitId(), team.townId(), member.membershipId(),
				lastDay, replacementDays, command.reason(), command.findingId(), null);
		try {
			this.teams.endMembership(team.id(), member.membershipId(),
					new MembershipEnd(lastDay, LeaveReason.RECALL, note(recall.reasonText()), member.version()));
		}
		catch (BusinessRuleException ex) {
			throw "leftOn".equals(ex.field()) ? new BusinessRuleException("lastDay", ex.messageKey(), ex.args()) : ex;
		}
		return this.recalls.saveAndFlush(recall).getId();
	}

	/** @return the reason as the membership's note, which holds 500 characters */
	private static String note(String reason) {
		return reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
	}

	/** @return the active teams for the recall form */
	public List<Choice> teamChoices() {
		return this.queries.activeTeams();
	}

	/** @return the team's active members (membership id and name) for the recall form */
	public List<Choice> memberChoices(Long teamId) {
		return teamId == null ? List.of() : this.queries.activeMembers(teamId);
	}

	/** @return the units for the interview form */
	public List<Choice> unitChoices() {
		return this.organization.unitChoices();
	}

	/** @return the unit's active cadres for the interview form */
	public List<Choice> cadreChoices(Long unitId) {
		return unitId == null ? List.of() : this.organization.cadreChoices(unitId);
	}

	/** @return the unit's active leaders for the interview form, with their positions */
	public List<Choice> leaderChoices(Long unitId) {
		return unitId == null ? List.of()
				: this.organization.leadersOf(unitId)
					.stream()
					.filter(l -> l.active())
					.map(l -> new Choice(l.id(), l.name() + "（" + l.position() + "）"))
					.toList();
	}

	/** @return today in the district */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}
}
