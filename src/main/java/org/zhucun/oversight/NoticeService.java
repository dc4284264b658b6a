package org.zhucun.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.Attendance;
import org.zhucun.attendance.CadreMonth;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Organization;
import org.zhucun.oversight.domain.Notice;
import org.zhucun.oversight.domain.NoticeRepository;
import org.zhucun.oversight.domain.NoticeState;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.shared.web.Paging;
import org.zhucun.unitduties.UnitDuties;
import org.zhucun.unitduties.UnitDutyShortfall;
import org.zhucun.workteams.ReductionLine;
import org.zhucun.workteams.TeamReductions;

/**
 * Notices (通报) of a month (DOMAIN §10): the office drafts one from the month's facts, assembled from the other
 * modules (teams reduced, teams with weeks not met and spot checks' discrepancies by team, units short of their
 * duties, findings overdue), edits it, and publishes it with the next number of the year to the units it names, who
 * then see it. A notice names units and teams; it never names or ranks individual cadres (DOMAIN §4).
 */
@Service
@Transactional(readOnly = true)
public class NoticeService {

	private final NoticeRepository notices;

	private final FindingQueries findings;

	private final ScopeService scopes;

	private final Organization organization;

	private final TeamReductions reductions;

	private final Attendance attendance;

	private final UnitDuties unitDuties;

	private final MessageSource messages;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final OversightNotifications notifications;

	private final PolicySettings settings;

	private final Clock clock;

	NoticeService(NoticeRepository notices, FindingQueries findings, ScopeService scopes, Organization organization,
			TeamReductions reductions, Attendance attendance, UnitDuties unitDuties, MessageSource messages,
			org.springframework.jdbc.core.simple.JdbcClient jdbc, OversightNotifications notifications, PolicySettings settings,
			Clock clock) {
		this.notices = notices;
		this.findings = findings;
		this.scopes = scopes;
		this.organization = organization;
		this.reductions = reductions;
		this.attendance = attendance;
		this.unitDuties = unitDuties;
		this.messages = messages;
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.settings = settings;
		this.clock = clock;
	}

	/** @return the month before this one, the usual month of a notice */
	public YearMonth lastMonth() {
		return YearMonth.now(this.clock).minusMonths(1);
	}

	/** @return the notices: all for the office, the published ones naming the unit for a unit's liaison */
	public Page<NoticeRow> list(int page) {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || scope.isUnit());
		var pageable = Paging.page(page);
		String where = scope.isOffice() ? "" : " where n.state = 'PUBLISHED' and exists (select 1 from "
				+ "oversight_notice_unit nu where nu.notice_id = n.id and nu.unit_id = :unit)";
		Map<String, Object> params = new HashMap<>();
		if (!scope.isOffice()) {
			params.put("unit", scope.unitId());
		}
		long total = this.jdbc.sql("select count(*) from oversight_notice n" + where).params(params)
			.query(Long.class).single();
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<NoticeRow> rows = total == 0 ? List.of() : this.jdbc.sql("""
				select n.id, n.month, n.title, n.state, n.number, n.published_on,
				       (select count(*) from oversight_notice_unit nu where nu.notice_id = n.id) as units
				from oversight_notice n""" + where + " order by n.created_at desc, n.id desc limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new NoticeRow(rs.getLong("id"), rs.getString("month"), rs.getString("title"),
					NoticeState.valueOf(rs.getString("state")), rs.getString("number"),
					rs.getObject("published_on", LocalDate.class), rs.getInt("units")))
			.list();
		return new org.springframework.data.domain.PageImpl<>(rows, pageable, total);
	}

	/** @return the notice; the office sees every one, a unit the published ones naming it; 403 otherwise */
	public NoticeView get(Long id) {
		Notice notice = find(id);
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || (scope.isUnit() && notice.state() == NoticeState.PUBLISHED
				&& notice.unitIds().contains(scope.unitId())));
		Map<Long, String> names = this.organization.unitNames(notice.unitIds());
		List<String> unitNames = names.values().stream().sorted().toList();
		return new NoticeView(notice.getId(), notice.getVersion(), notice.month().toString(), notice.title(),
				notice.body(), notice.numberPattern(), notice.state(), notice.number(), notice.publishedOn(), unitNames,
				scope.isOffice() && notice.state() == NoticeState.DRAFT);
	}

	/**
	 * The office drafts a notice of the month from its facts, numbered after the pattern of the settings.
	 * @return the draft's id
	 */
	@Transactional
	public Long draft(YearMonth month) {
		this.scopes.requireOffice();
		Facts facts = facts(month);
		String title = message("oversight.notice.default-title", month.getYear(), month.getMonthValue());
		String pattern = this.settings.forDate(LocalDate.now(this.clock))
			.textValue(OversightSettings.NOTICE_NUMBER_PATTERN);
		return this.notices.saveAndFlush(Notice.draft(month, title, facts.body(), pattern, facts.unitIds())).getId();
	}

	/** The office edits a draft. */
	@Transactional
	public void edit(Long id, long version, String title, String body, String numberPattern) {
		this.scopes.requireOffice();
		Notice notice = find(id);
		notice.checkVersion(version);
		notice.edit(title, body, numberPattern);
		this.notices.flush();
	}

	/** The office publishes a draft with the next number of the year to the units it names, who are notified. */
	@Transactional
	public void publish(Long id, long version) {
		this.scopes.requireOffice();
		Notice notice = find(id);
		notice.checkVersion(version);
		LocalDate today = LocalDate.now(this.clock);
		notice.publish(this.notices.lastSeq(today.getYear()).orElse(0) + 1, today);
		try {
			this.notices.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw BusinessRuleException.global("oversight.notice.error.number-taken");
		}
		this.notifications.published(notice);
	}

	/** The text of a month's facts and the units they name. */
	record Facts(String body, Set<Long> unitIds) {
	}

	/** @return the facts of the month as the notice's text, one numbered section per kind of fact that has any */
	Facts facts(YearMonth month) {
		Set<Long> units = new LinkedHashSet<>();
		List<String> sections = new ArrayList<>();
		int[] headings = { 0 };
		sections.add(message("oversight.notice.opening", month.getYear(), month.getMonthValue()));

		List<ReductionLine> reduced = this.reductions.forMonth(month);
		List<String> lines = new ArrayList<>();
		for (ReductionLine r : reduced) {
			units.add(r.unitId());
			lines.add(message("oversight.notice.line.reduction", r.townName(), r.villageName(), r.unitName(),
					r.baseline(), r.countAfter()));
		}
		section(sections, headings, "oversight.notice.section.reductions", lines);

		// Teams, never cadres: the weeks not met and the discrepancies of the team's members, added up per team.
		Map<Long, int[]> byTeam = new LinkedHashMap<>();
		Map<Long, CadreMonth> teamNames = new HashMap<>();
		for (CadreMonth m : this.attendance.districtMonth(month)) {
			int[] counts = byTeam.computeIfAbsent(m.teamId(), k -> new int[2]);
			counts[0] += m.weeksMissed().size();
			counts[1] += m.discrepancies();
			teamNames.putIfAbsent(m.teamId(), m);
		}
		lines = new ArrayList<>();
		List<String> discrepancies = new ArrayList<>();
		for (Map.Entry<Long, int[]> e : byTeam.entrySet()) {
			CadreMonth m = teamNames.get(e.getKey());
			if (e.getValue()[0] > 0) {
				units.add(m.unitId());
				lines.add(message("oversight.notice.line.weeks", m.townName(), m.villageName(), m.unitName(),
						e.getValue()[0]));
			}
			if (e.getValue()[1] > 0) {
				units.add(m.unitId());
				discrepancies.add(message("oversight.notice.line.discrepancies", m.townName(), m.villageName(),
						m.unitName(), e.getValue()[1]));
			}
		}
		section(sections, headings, "oversight.notice.section.weeks", lines);
		section(sections, headings, "oversight.notice.section.discrepancies", discrepancies);

		lines = new ArrayList<>();
		for (UnitDutyShortfall s : this.unitDuties.shortfalls(month)) {
			units.add(s.unitId());
			lines.add(message(s.principalVisited() ? "oversight.notice.line.duties-others"
					: "oversight.notice.line.duties-principal", s.unitName(), s.principalVisits(),
					s.principalRequired(), s.othersDays(), s.othersRequired()));
		}
		section(sections, headings, "oversight.notice.section.duties", lines);

		LocalDate asOf = month.atEndOfMonth().isBefore(LocalDate.now(this.clock)) ? month.atEndOfMonth()
				: LocalDate.now(this.clock);
		lines = new ArrayList<>();
		for (FindingQueries.OverdueByUnit o : this.findings.overdueByUnit(asOf)) {
			units.add(o.unitId());
			lines.add(message("oversight.notice.line.overdue", o.unitName(), o.count()));
		}
		section(sections, headings, "oversight.notice.section.overdue", lines);

		if (headings[0] == 0) {
			sections.add(message("oversight.notice.nothing"));
		}
		sections.add(message("oversight.notice.closing"));
		return new Facts(String.join("\n", sections), units);
	}

	private void section(List<String> sections, int[] headings, String headingKey, List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}
		headings[0]++;
		String number = message("oversight.notice.section-number." + headings[0]);
		sections.add(number + message(headingKey));
		for (int i = 0; i < lines.size(); i++) {
			sections.add((i + 1) + ". " + lines.get(i));
		}
	}

	private Notice find(Long id) {
		return this.notices.findById(id).orElseThrow(() -> new NotFoundException("notice", id));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
