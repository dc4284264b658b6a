package org.zhucun.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.Attendance;
import org.zhucun.attendance.CadreMonth;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.oversight.domain.Nomination;
import org.zhucun.oversight.domain.NominationRepository;
import org.zhucun.oversight.domain.NominationState;
import org.zhucun.oversight.domain.Subject;
import org.zhucun.oversight.domain.SubjectKind;
import org.zhucun.pairings.PairingMonth;
import org.zhucun.pairings.Pairings;
import org.zhucun.purchases.PurchaseMonth;
import org.zhucun.purchases.Purchases;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.Paging;
import org.zhucun.workteams.TeamFacts;
import org.zhucun.workteams.WorkTeams;

/**
 * Nominations for awards (推荐评优, DOMAIN §11): an aid unit's liaison nominates one of the unit's cadres or teams, and
 * the facts that support it are pulled from the records of the last six months (months meeting the weekly rule from
 * attendance, the unit's contacts and home visits from pairings, its purchases); the office approves or declines it
 * with a note. A unit sees its own nominations, the office all; everyone else is refused (403).
 */
@Service
@Transactional(readOnly = true)
public class NominationService {

	/** How many months of records back a nomination. */
	static final int MONTHS = 6;

	private static final String SELECT = """
			select n.id, n.nominee_kind, u.name as unit_name, coalesce(c.name, tw.name || ' ' || v.name) as nominee,
			       n.award, n.reason, n.facts, n.nominated_on, n.state, n.review_note, n.reviewed_on, n.version
			from oversight_nomination n
			join aid_unit u on u.id = n.unit_id
			left join cadre c on c.id = n.cadre_id
			left join work_team t on t.id = n.team_id
			left join village v on v.id = t.village_id
			left join town tw on tw.id = v.town_id
			""";

	private final NominationRepository nominations;

	private final JdbcClient jdbc;

	private final ScopeService scopes;

	private final Organization organization;

	private final WorkTeams workTeams;

	private final Attendance attendance;

	private final Pairings pairings;

	private final Purchases purchases;

	private final MessageSource messages;

	private final Clock clock;

	NominationService(NominationRepository nominations, JdbcClient jdbc, ScopeService scopes,
			Organization organization, WorkTeams workTeams, Attendance attendance, Pairings pairings,
			Purchases purchases, MessageSource messages, Clock clock) {
		this.nominations = nominations;
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.organization = organization;
		this.workTeams = workTeams;
		this.attendance = attendance;
		this.pairings = pairings;
		this.purchases = purchases;
		this.messages = messages;
		this.clock = clock;
	}

	/** @return the nominations, newest first: all for the office, the unit's own for its liaison */
	public Page<NominationRow> list(int page) {
		DataScope scope = reader();
		var pageable = Paging.page(page);
		String where = scope.isOffice() ? "" : " where n.unit_id = :unit";
		Map<String, Object> params = new HashMap<>();
		if (!scope.isOffice()) {
			params.put("unit", scope.unitId());
		}
		long total = this.jdbc.sql("select count(*) from oversight_nomination n" + where).params(params)
			.query(Long.class).single();
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<NominationRow> rows = total == 0 ? List.of() : this.jdbc.sql(SELECT + where
				+ " order by n.nominated_on desc, n.id desc limit :limit offset :offset")
			.params(params)
			.query(NominationService::row)
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** @return the nomination; another unit's is refused (403) */
	public NominationRow get(Long id) {
		DataScope scope = reader();
		Nomination nomination = find(id);
		this.scopes.require(scope.isOffice() || nomination.unitId().equals(scope.unitId()));
		return this.jdbc.sql(SELECT + " where n.id = :id").param("id", id).query(NominationService::row).single();
	}

	/**
	 * The unit's liaison nominates a cadre or a team of the unit, with the facts of the last six months.
	 * @return the nomination's id
	 * @throws BusinessRuleException beside the field at fault; nothing is saved
	 */
	@Transactional
	public Long nominate(SubjectKind kind, Long cadreId, Long teamId, String award, String reason) {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isUnit());
		Subject subject;
		if (kind == SubjectKind.CADRE) {
			Long unit = cadreId == null ? null
					: this.organization.cadre(cadreId).map(c -> c.unitId()).orElse(null);
			if (unit == null || !unit.equals(scope.unitId())) {
				throw new BusinessRuleException("cadreId", "oversight.finding.error.cadre-required");
			}
			subject = Subject.cadre(cadreId, unit, null, null);
		}
		else if (kind == SubjectKind.TEAM) {
			TeamFacts team = teamId == null ? null : this.workTeams.team(teamId).orElse(null);
			if (team == null || !team.unitId().equals(scope.unitId())) {
				throw new BusinessRuleException("teamId", "oversight.finding.error.team-required");
			}
			subject = Subject.team(teamId, team.unitId(), team.townId());
		}
		else {
			throw new BusinessRuleException("kind", "oversight.nomination.error.kind-required");
		}
		LocalDate today = LocalDate.now(this.clock);
		Nomination nomination = Nomination.submit(subject, award, reason, facts(subject, YearMonth.from(today)),
				today);
		return this.nominations.saveAndFlush(nomination).getId();
	}

	/** The office approves or declines a submitted nomination with a note (required to decline). */
	@Transactional
	public void review(Long id, long version, boolean approve, String note) {
		this.scopes.requireOffice();
		Nomination nomination = find(id);
		nomination.checkVersion(version);
		nomination.review(approve, note, LocalDate.now(this.clock));
		this.nominations.flush();
	}

	/** @return the signed-in unit's active cadres, for the form */
	public List<Choice> cadreChoices() {
		DataScope scope = this.scopes.current();
		return scope.isUnit() ? this.organization.cadreChoices(scope.unitId()) : List.of();
	}

	/** @return the signed-in unit's active teams (town and village), for the form */
	public List<Choice> teamChoices() {
		DataScope scope = this.scopes.current();
		if (!scope.isUnit()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select t.id, tw.name || ' ' || v.name as name from work_team t
				join village v on v.id = t.village_id join town tw on tw.id = v.town_id
				where t.unit_id = ? and t.status = 'ACTIVE' order by tw.sort_order, tw.name, v.name, t.id""")
			.param(scope.unitId())
			.query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/**
	 * @return the facts of the six months before {@code now}, one per line: the months in which the cadre (or every
	 * member of the team) met the weekly rule, the unit's contacts and home visits, its purchases this year
	 */
	String facts(Subject subject, YearMonth now) {
		YearMonth first = now.minusMonths(MONTHS);
		YearMonth last = now.minusMonths(1);
		List<String> met = new ArrayList<>();
		int contacts = 0;
		int visits = 0;
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			List<CadreMonth> months = subject.kind() == SubjectKind.CADRE
					? this.attendance.cadreMonth(subject.cadreId(), m) : this.attendance.teamMonth(subject.teamId(), m);
			if (!months.isEmpty() && months.stream().allMatch(c -> c.weeksMissed().isEmpty())) {
				met.add(m.toString());
			}
			PairingMonth pairing = this.pairings.unitMonth(subject.unitId(), m);
			contacts += pairing.contacts();
			visits += pairing.homeVisits();
		}
		PurchaseMonth purchase = this.purchases.unitMonth(subject.unitId(), last);
		List<String> lines = new ArrayList<>();
		lines.add(message("oversight.nomination.fact.weeks", first.toString(), last.toString(), met.size(), MONTHS,
				met.isEmpty() ? "—" : String.join("、", met)));
		lines.add(message("oversight.nomination.fact.pairings", first.toString(), last.toString(), contacts, visits));
		lines.add(message(purchase.target() == null ? "oversight.nomination.fact.purchases"
				: "oversight.nomination.fact.purchases-target", String.valueOf(last.getYear()),
				purchase.countedYearToDate(), purchase.target()));
		return String.join("\n", lines);
	}

	private DataScope reader() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || scope.isUnit());
		return scope;
	}

	private Nomination find(Long id) {
		return this.nominations.findById(id).orElseThrow(() -> new NotFoundException("nomination", id));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static NominationRow row(ResultSet rs, int n) throws SQLException {
		return new NominationRow(rs.getLong("id"), SubjectKind.valueOf(rs.getString("nominee_kind")),
				rs.getString("unit_name"), rs.getString("nominee"), rs.getString("award"), rs.getString("reason"),
				rs.getString("facts"), rs.getObject("nominated_on", LocalDate.class),
				NominationState.valueOf(rs.getString("state")), rs.getString("review_note"),
				rs.getObject("reviewed_on", LocalDate.class), rs.getLong("version"));
	}
}
