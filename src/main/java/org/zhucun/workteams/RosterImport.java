package org.zhucun.workteams;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.ContactPhones;
import org.zhucun.organization.VillageCategory;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.ImportErrors;
import org.zhucun.shared.excel.ImportFileException;
import org.zhucun.shared.excel.ImportPlan;
import org.zhucun.shared.excel.ImportRow;
import org.zhucun.shared.excel.XlsxImport;
import org.zhucun.workteams.domain.TeamMembership;
import org.zhucun.workteams.domain.TeamMembershipRepository;
import org.zhucun.workteams.domain.TeamQueries;
import org.zhucun.workteams.domain.TeamQueries.Blocking;
import org.zhucun.workteams.domain.TeamQueries.CadreRef;
import org.zhucun.workteams.domain.TeamQueries.UnitRef;
import org.zhucun.workteams.domain.TeamQueries.VillageRef;
import org.zhucun.workteams.domain.WorkTeam;
import org.zhucun.workteams.domain.WorkTeamRepository;

/**
 * The roster import (the office administrator, or a town official for the villages of their town), with a preview.
 * Each row names a village (with its town), the dispatching unit, a cadre (the phone tells namesakes apart), a role and
 * the day the cadre joined. The key: a team is the village's active team (a village without one gets a new team with
 * the term given in the form); a membership is the team and the cadre. A row naming an active member of the team is
 * that membership: unchanged, or updated when the role changes (the lead handed over as on the team page); any other
 * row adds the cadre to the team. A row with a day of leaving (the export's past memberships) must be a membership
 * already recorded and is left as it is: the import never ends a membership nor changes the day a member joined (the
 * team page does, with a reason). Every row is checked first with the rules of the team page; when any is wrong
 * nothing is written.
 */
@Service
@Transactional(readOnly = true)
public class RosterImport {

	private static final Pattern PHONE = Pattern.compile(ContactPhones.PATTERN);

	/** 2026-11-28, 2026/11/28, 2026.11.28 or 2026年11月28日. */
	private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

	/** An Excel date stored as a day number (with an optional time of day). */
	private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	/** The day number of 9999-12-31, the last day Excel knows. */
	private static final long MAX_SERIAL = 2958465;

	/** The form fields of the team rules, mapped to the columns of the roster. */
	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("cadreId", "cadre", "role", "role", "joinedOn",
			"joined", "villageId", "village", "unitId", "unit", "membershipId", "cadre");

	private final WorkTeamRepository teams;

	private final TeamMembershipRepository memberships;

	private final TeamQueries queries;

	private final TeamExcel excel;

	private final TeamService service;

	private final TeamAccess access;

	private final ExcelTexts labels;

	RosterImport(WorkTeamRepository teams, TeamMembershipRepository memberships, TeamQueries queries, TeamExcel excel,
			TeamService service, TeamAccess access, ExcelTexts labels) {
		this.teams = teams;
		this.memberships = memberships;
		this.queries = queries;
		this.excel = excel;
		this.service = service;
		this.access = access;
		this.labels = labels;
	}

	/**
	 * Checks every row of a roster and says what importing it would do; writes nothing.
	 * @param termStart the start of the term of the teams the import would create, or {@code null}
	 * @param termEnd the planned end of that term, or {@code null}
	 */
	public ImportPlan preview(InputStream in, LocalDate termStart, LocalDate termEnd) throws ImportFileException {
		return check(in, termStart, termEnd).plan();
	}

	/**
	 * Checks every row of a roster again and, when none is wrong, creates the teams, adds the members and changes the
	 * roles in this one transaction; when any is wrong nothing is written.
	 */
	@Transactional
	public ImportPlan importFile(InputStream in, LocalDate termStart, LocalDate termEnd) throws ImportFileException {
		this.access.creator();
		// A handover steps the previous leader down and the next one up: the one-leader rule is checked at the end.
		this.memberships.deferLeaderRule();
		Checked checked = check(in, termStart, termEnd);
		if (!checked.plan().succeeded()) {
			// The rows were tried on the teams in memory: none of it may reach the database.
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return checked.plan();
		}
		try {
			this.teams.saveAll(checked.created());
			this.memberships.checkLeaderRuleNow();
		}
		catch (DataIntegrityViolationException ex) {
			throw BusinessRuleException.global("excel.import.conflict");
		}
		return checked.plan();
	}

	private Checked check(InputStream in, LocalDate termStart, LocalDate termEnd) throws ImportFileException {
		DataScope scope = this.access.creator();
		ImportErrors errors = new ImportErrors();
		List<Line> lines = new ArrayList<>();
		Map<String, TeamRole> roles = this.labels.labels(TeamRole.class, "team.role.");
		try (XlsxImport file = XlsxImport.open(in)) {
			for (ImportRow row : file.read(this.excel.sheet(), errors)) {
				lines.add(new Line(row, row.text("village", 50), row.text("town", 50), row.text("unit", 100),
						row.text("cadre", 50), row.text("phone", 20, PHONE), row.choice("role", roles),
						date(row, "joined"), date(row, "left")));
			}
		}
		catch (IOException ex) {
			throw new ImportFileException("excel.file.unreadable");
		}
		resolve(lines, scope);
		List<WorkTeam> created = assign(lines, termStart, termEnd);
		if (!errors.isEmpty()) {
			return new Checked(ImportPlan.rejected(errors), List.of());
		}
		int minMembers = this.service.minMembersToday();
		List<ImportPlan.Line> plan = new ArrayList<>();
		for (Line line : lines) {
			StringBuilder detail = new StringBuilder(this.labels.label("team.role.", line.role));
			if (line.left != null) {
				detail.append(this.labels.get("team.import.detail.left", line.left.toString()));
			}
			if (line.team != null && line.team.isNew()) {
				detail.append(this.labels.get("team.import.detail.new-team"));
			}
			if (line.team != null && line.team.isOnePerVillage() && line.team.activeMembers().size() < minMembers) {
				detail.append(this.labels.get("team.import.detail.below-minimum", line.team.activeMembers().size(),
						minMembers));
			}
			if (line.replaced != null) {
				detail.append(this.labels.get("team.import.detail.hands-over", line.replaced));
			}
			plan.add(new ImportPlan.Line(line.row.sheetName(), line.row.number(),
					line.townName + " / " + line.villageName + " / " + line.cadreName, detail.toString(), line.action));
		}
		return new Checked(ImportPlan.of(plan), created);
	}

	/** Finds the village (in its town), the unit and the cadre of every row, with one query per kind. */
	private void resolve(List<Line> lines, DataScope scope) {
		Map<String, Long> towns = this.queries.townsNamed(names(lines, l -> l.townName));
		Map<String, VillageRef> villages = new HashMap<>();
		for (VillageRef v : this.queries.villagesNamed(names(lines, l -> l.villageName))) {
			villages.put(v.townId() + "|" + lower(v.name()), v);
		}
		Map<String, UnitRef> units = new HashMap<>();
		this.queries.unitsNamed(names(lines, l -> l.unitName)).forEach(u -> units.put(lower(u.name()), u));
		Map<String, List<CadreRef>> cadres = this.queries.cadresNamed(names(lines, l -> l.cadreName))
			.stream()
			.collect(Collectors.groupingBy(c -> lower(c.name())));
		for (Line line : lines) {
			if (line.townName != null && line.villageName != null) {
				line.village = village(line, towns, villages, scope);
			}
			if (line.unitName != null) {
				UnitRef unit = units.get(lower(line.unitName));
				if (unit == null) {
					line.row.reject("unit", "team.excel.unit-unknown", line.unitName);
				}
				else if (!unit.active() && line.left == null) {
					line.row.reject("unit", "team.unit.inactive");
				}
				else {
					line.unit = unit;
				}
			}
			if (line.cadreName != null) {
				line.cadre = cadre(line, cadres.getOrDefault(lower(line.cadreName), List.of()));
			}
		}
	}

	private static VillageRef village(Line line, Map<String, Long> towns, Map<String, VillageRef> villages,
			DataScope scope) {
		Long townId = towns.get(lower(line.townName));
		if (townId == null) {
			line.row.reject("town", "team.excel.town-unknown", line.townName);
			return null;
		}
		if (scope.isTown() && !townId.equals(scope.townId())) {
			line.row.reject("town", "team.excel.town-not-own", line.townName);
			return null;
		}
		VillageRef village = villages.get(townId + "|" + lower(line.villageName));
		if (village == null) {
			line.row.reject("village", "team.excel.village-unknown", line.villageName, line.townName);
			return null;
		}
		if (line.left != null) {
			return village;
		}
		if (!village.active()) {
			line.row.reject("village", "team.village.inactive");
			return null;
		}
		if (village.category() == VillageCategory.OTHER) {
			line.row.reject("village", "team.village.no-tasks");
			return null;
		}
		return village;
	}

	/**
	 * The cadre of the name (and phone, when given): an active one, or for a past membership any; among namesakes,
	 * those of the row's unit.
	 */
	private static CadreRef cadre(Line line, List<CadreRef> namesakes) {
		List<CadreRef> candidates = namesakes.stream()
			.filter(c -> line.left != null || c.active())
			.filter(c -> line.phone == null || line.phone.equals(c.phone()))
			.toList();
		if (candidates.size() > 1 && line.unit != null) {
			List<CadreRef> ofUnit = candidates.stream().filter(c -> c.unitId().equals(line.unit.id())).toList();
			candidates = ofUnit.isEmpty() ? candidates : ofUnit;
		}
		if (candidates.isEmpty()) {
			if (line.phone == null) {
				line.row.reject("cadre", "team.excel.cadre-unknown", line.cadreName);
			}
			else {
				line.row.reject("cadre", "team.excel.cadre-unknown-phone", line.cadreName, line.phone);
			}
			return null;
		}
		if (candidates.size() > 1) {
			line.row.reject("cadre", "team.excel.cadre-ambiguous", line.cadreName);
			return null;
		}
		return candidates.get(0);
	}

	/**
	 * Tries every valid row on its village's team, in memory: a past membership must be recorded; the other rows go
	 * to the village's active team (loaded with its roster) or a new one with the form's term.
	 * @return the teams to create
	 */
	private List<WorkTeam> assign(List<Line> lines, LocalDate termStart, LocalDate termEnd) {
		Map<Long, Integer> firstRowOfCadre = new HashMap<>();
		Map<String, Integer> firstRowOfPast = new HashMap<>();
		Map<Long, List<Line>> byVillage = new LinkedHashMap<>();
		List<Line> past = new ArrayList<>();
		for (Line line : lines) {
			if (!line.row.isValid() || line.village == null || line.unit == null || line.cadre == null
					|| line.role == null || line.joined == null) {
				continue;
			}
			if (line.left != null) {
				Integer first = firstRowOfPast.putIfAbsent(line.village.id() + "|" + line.cadre.id() + "|" + line.joined,
						line.row.number());
				if (first != null) {
					line.row.reject("cadre", "excel.duplicate-in-file", first);
				}
				else {
					past.add(line);
				}
				continue;
			}
			Integer first = firstRowOfCadre.putIfAbsent(line.cadre.id(), line.row.number());
			if (first != null) {
				line.row.reject("cadre", "excel.duplicate-in-file", first);
				continue;
			}
			byVillage.computeIfAbsent(line.village.id(), k -> new ArrayList<>()).add(line);
		}
		Set<Long> villageIds = new HashSet<>(byVillage.keySet());
		past.forEach(l -> villageIds.add(l.village.id()));
		if (villageIds.isEmpty()) {
			return List.of();
		}
		List<WorkTeam> all = this.teams.findOfVillages(villageIds);
		checkPast(past, all);
		if (byVillage.isEmpty()) {
			return List.of();
		}
		Map<Long, List<WorkTeam>> active = all.stream()
			.filter(WorkTeam::isActive)
			.collect(Collectors.groupingBy(WorkTeam::getVillageId));
		LocalDate earliest = byVillage.values()
			.stream()
			.flatMap(List::stream)
			.map(l -> l.joined)
			.min(Comparator.naturalOrder())
			.orElseThrow();
		Map<Long, List<Blocking>> blocking = this.queries.blocking(firstRowOfCadre.keySet(), null, earliest)
			.stream()
			.collect(Collectors.groupingBy(Blocking::cadreId));
		Map<Long, String> cadreNames = new HashMap<>();
		lines.stream().filter(l -> l.cadre != null).forEach(l -> cadreNames.putIfAbsent(l.cadre.id(), l.cadreName));
		Function<Long, String> nameOf = id -> cadreNames.computeIfAbsent(id,
				k -> this.queries.cadre(k).map(CadreRef::name).orElse(""));
		List<WorkTeam> created = new ArrayList<>();
		byVillage.forEach((villageId, group) -> {
			WorkTeam team = teamFor(group, active.getOrDefault(villageId, List.of()), termStart, termEnd);
			if (team == null) {
				return;
			}
			if (team.isNew()) {
				created.add(team);
			}
			group.forEach(l -> l.team = team);
			new TeamRows(team, group, blocking, nameOf).apply();
		});
		return created;
	}

	/** A past membership (a day of leaving) must be recorded as it is, in a team of its village: it stays unchanged. */
	private static void checkPast(List<Line> past, List<WorkTeam> teams) {
		for (Line line : past) {
			boolean recorded = teams.stream()
				.filter(t -> t.getVillageId().equals(line.village.id()))
				.flatMap(t -> t.getMemberships().stream())
				.anyMatch(m -> m.getCadreId().equals(line.cadre.id()) && m.getJoinedOn().equals(line.joined)
						&& line.left.equals(m.getLeftOn()) && m.getRole() == line.role);
			if (recorded) {
				line.action = ImportPlan.Action.UNCHANGED;
			}
			else {
				line.row.reject("left", "team.excel.left-not-recorded");
			}
		}
	}

	/** @return the team the village's rows join, or {@code null} when the rows are rejected */
	private WorkTeam teamFor(List<Line> group, List<WorkTeam> active, LocalDate termStart, LocalDate termEnd) {
		UnitRef unit = group.get(0).unit;
		boolean oneUnit = true;
		for (Line line : group) {
			if (!line.unit.id().equals(unit.id())) {
				line.row.reject("unit", "team.excel.units-differ", line.villageName, unit.name());
				oneUnit = false;
			}
		}
		if (!oneUnit) {
			return null;
		}
		if (active.size() > 1) {
			group.forEach(l -> l.row.reject("village", "team.excel.several-teams", l.villageName));
			return null;
		}
		if (active.size() == 1) {
			WorkTeam team = active.get(0);
			if (!team.getUnitId().equals(unit.id())) {
				String other = this.queries.unit(team.getUnitId()).map(UnitRef::name).orElse("");
				group.forEach(l -> l.row.reject("unit", "team.excel.team-of-other-unit", l.villageName, other));
				return null;
			}
			return team;
		}
		if (termStart == null || termEnd == null || termEnd.isBefore(termStart)) {
			group.forEach(l -> l.row.reject("village", "team.excel.term-needed", l.villageName));
			return null;
		}
		VillageRef village = group.get(0).village;
		return WorkTeam.dispatch(village.id(), village.category() == VillageCategory.REGISTERED_POOR, unit.id(),
				termStart, termEnd, null);
	}

	/**
	 * The rows of one team, tried on it in memory: the leading row first (it adds the leader, or takes the lead over
	 * as the team page hands it over, when the file makes the present leader a member), then the others; a row naming
	 * an active member is that membership.
	 */
	private static final class TeamRows {

		private final WorkTeam team;

		private final List<Line> group;

		private final Map<Long, List<Blocking>> blocking;

		private final Function<Long, String> nameOf;

		private final Map<TeamMembership, TeamRole> rolesBefore = new IdentityHashMap<>();

		TeamRows(WorkTeam team, List<Line> group, Map<Long, List<Blocking>> blocking, Function<Long, String> nameOf) {
			this.team = team;
			this.group = group;
			this.blocking = blocking;
			this.nameOf = nameOf;
			team.activeMembers().forEach(m -> this.rolesBefore.put(m, m.getRole()));
		}

		void apply() {
			this.group.sort(Comparator.comparing((Line l) -> !l.role.leads()).thenComparingInt(l -> l.row.number()));
			TeamMembership present = this.team.leader().orElse(null);
			boolean steppingDown = present != null && this.group.stream()
				.anyMatch(l -> !l.role.leads() && l.cadre.id().equals(present.getCadreId()));
			Line leading = null;
			for (Line line : this.group) {
				if (line.role.leads()) {
					if (leading != null) {
						if (present != null && leading.cadre.id().equals(present.getCadreId())) {
							line.row.reject("role", "team.excel.lead-taken", leading.cadreName);
						}
						else {
							line.row.reject("role", "team.member.second-leader");
						}
						continue;
					}
					leading = line;
					if (present != null && !present.getCadreId().equals(line.cadre.id()) && !steppingDown) {
						line.row.reject("role", "team.excel.lead-taken", this.nameOf.apply(present.getCadreId()));
						continue;
					}
				}
				Optional<TeamMembership> member = this.team.activeMembershipOf(line.cadre.id());
				if (member.isPresent()) {
					existing(line, member.get());
				}
				else {
					add(line);
				}
			}
		}

		/** A row naming an active member: the same day of joining; the role kept, or changed by a handover. */
		private void existing(Line line, TeamMembership member) {
			if (!member.getJoinedOn().equals(line.joined)) {
				line.row.reject("joined", "team.excel.joined-fixed", member.getJoinedOn().toString());
				return;
			}
			TeamRole before = this.rolesBefore.get(member);
			if (line.role.leads() && member.getRole() != line.role) {
				String previous = this.team.leader()
					.filter(l -> l != member)
					.map(l -> this.nameOf.apply(l.getCadreId()))
					.orElse(null);
				try {
					this.team.handOverLead(member, line.role);
					line.replaced = previous;
				}
				catch (BusinessRuleException ex) {
					reject(line, ex);
					return;
				}
			}
			else if (!line.role.leads() && member.getRole().leads()) {
				// Stepping down needs a new leader in the file (a leading row comes first).
				line.row.reject("role", "team.excel.leader-needed");
				return;
			}
			line.action = Objects.equals(before, line.role) ? ImportPlan.Action.UNCHANGED : ImportPlan.Action.UPDATE;
		}

		/** A row naming a cadre not active in the team adds them, leading or not. */
		private void add(Line line) {
			for (Blocking other : this.blocking.getOrDefault(line.cadre.id(), List.of())) {
				if (!other.teamId().equals(this.team.getId())
						&& (other.leftOn() == null || !other.leftOn().isBefore(line.joined))) {
					reject(line, TeamService.blocked(other));
					return;
				}
			}
			try {
				Optional<TeamMembership> leader = this.team.leader();
				if (line.role.leads() && leader.isPresent()) {
					// The new member takes the lead from the present one, as a handover on the team page.
					TeamMembership added = this.team.addMember(line.cadre.id(), TeamRole.MEMBER, line.joined, null);
					line.replaced = this.nameOf.apply(leader.get().getCadreId());
					this.team.handOverLead(added, line.role);
				}
				else {
					this.team.addMember(line.cadre.id(), line.role, line.joined, null);
				}
				line.action = ImportPlan.Action.CREATE;
			}
			catch (BusinessRuleException ex) {
				reject(line, ex);
			}
		}
	}

	private static void reject(Line line, BusinessRuleException ex) {
		line.row.reject(ex.field() == null ? null : COLUMN_OF_FIELD.get(ex.field()), ex.messageKey(), ex.args());
	}

	/** @return the day of a cell holding a date, a date as text (2026-11-28 and the like) or an Excel day number */
	private static LocalDate date(ImportRow row, String column) {
		String text = row.text(column, 30);
		if (text == null) {
			return null;
		}
		Optional<LocalDate> day = parseDate(text);
		if (day.isEmpty()) {
			row.reject(column, "team.excel.date-format");
		}
		return day.orElse(null);
	}

	/** @return the day written as 2026-11-28, 2026/11/28, 2026.11.28, 2026年11月28日, or as an Excel day number */
	static Optional<LocalDate> parseDate(String text) {
		try {
			Matcher m = DATE.matcher(text.strip());
			if (m.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3))));
			}
			if (SERIAL.matcher(text.strip()).matches()) {
				long days = new BigDecimal(text.strip()).longValue();
				if (days >= 1 && days <= MAX_SERIAL) {
					return Optional.of(EXCEL_EPOCH.plusDays(days));
				}
			}
		}
		catch (DateTimeException | NumberFormatException ex) {
			// Not a day: the caller reports the cell.
		}
		return Optional.empty();
	}

	private static Set<String> names(List<Line> lines, Function<Line, String> name) {
		return lines.stream().map(name).filter(n -> n != null).map(RosterImport::lower).collect(Collectors.toSet());
	}

	private static String lower(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	/** The plan of a checked roster and the teams it creates. */
	private record Checked(ImportPlan plan, List<WorkTeam> created) {
	}

	/** One row of the roster as read, what it names once resolved and what the import does with it. */
	private static final class Line {

		final ImportRow row;

		final String villageName;

		final String townName;

		final String unitName;

		final String cadreName;

		final String phone;

		final TeamRole role;

		final LocalDate joined;

		final LocalDate left;

		VillageRef village;

		UnitRef unit;

		CadreRef cadre;

		WorkTeam team;

		ImportPlan.Action action;

		/** The leader this row's cadre takes the lead from, if any. */
		String replaced;

		Line(ImportRow row, String villageName, String townName, String unitName, String cadreName, String phone,
				TeamRole role, LocalDate joined, LocalDate left) {
			this.row = row;
			this.villageName = villageName;
			this.townName = townName;
			this.unitName = unitName;
			this.cadreName = cadreName;
			this.phone = phone;
			this.role = role;
			this.joined = joined;
			this.left = left;
		}
	}
}
