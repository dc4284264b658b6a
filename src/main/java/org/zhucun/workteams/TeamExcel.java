package org.zhucun.workteams;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.ContactPhones;
import org.zhucun.organization.VillageCategory;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.DownloadTarget;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.ImportColumn;
import org.zhucun.shared.excel.ImportErrors;
import org.zhucun.shared.excel.ImportFileException;
import org.zhucun.shared.excel.ImportResult;
import org.zhucun.shared.excel.ImportRow;
import org.zhucun.shared.excel.ImportSheet;
import org.zhucun.shared.excel.XlsxImport;
import org.zhucun.shared.excel.XlsxTemplate;
import org.zhucun.shared.excel.XlsxWriter;
import org.zhucun.workteams.domain.TeamQueries;
import org.zhucun.workteams.domain.TeamQueries.Blocking;
import org.zhucun.workteams.domain.TeamQueries.CadreRef;
import org.zhucun.workteams.domain.TeamQueries.TeamMemberRow;
import org.zhucun.workteams.domain.TeamQueries.UnitRef;
import org.zhucun.workteams.domain.TeamQueries.VillageRef;
import org.zhucun.workteams.domain.WorkTeam;
import org.zhucun.workteams.domain.WorkTeamRepository;

/**
 * Rosters in Excel: the import template; the roster import (the office administrator, or a town official for the
 * villages of their town), which checks every row with the same rules as the pages before writing any and writes
 * nothing when a row is wrong; the export of the listed teams and their members; the export of a month's reductions.
 */
@Service
@Transactional(readOnly = true)
public class TeamExcel {

	private static final Pattern PHONE = Pattern.compile(ContactPhones.PATTERN);

	/** The sections of the overview of problems, in the page's order. */
	public static final List<TeamProblem> PROBLEM_SECTIONS = List.of(TeamProblem.BELOW_MINIMUM, TeamProblem.NO_LEADER,
			TeamProblem.TERM_OVER, TeamProblem.TERM_ENDING, TeamProblem.SHORT_TERM);

	/** 2026-11-28, 2026/11/28, 2026.11.28 or 2026年11月28日. */
	private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

	/** An Excel date stored as a day number (with an optional time of day). */
	private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	/** The day number of 9999-12-31, the last day Excel knows. */
	private static final long MAX_SERIAL = 2958465;

	/** The form fields of the team rules, mapped to the columns of the roster. */
	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("cadreId", "cadre", "role", "role", "joinedOn",
			"joined", "villageId", "village", "unitId", "unit");

	private final WorkTeamRepository teams;

	private final TeamQueries queries;

	private final TeamService service;

	private final TeamReductions reductions;

	private final TeamAccess access;

	private final ExcelTexts labels;

	private final Clock clock;

	TeamExcel(WorkTeamRepository teams, TeamQueries queries, TeamService service, TeamReductions reductions,
			TeamAccess access, ExcelTexts labels, Clock clock) {
		this.teams = teams;
		this.queries = queries;
		this.service = service;
		this.reductions = reductions;
		this.access = access;
		this.labels = labels;
		this.clock = clock;
	}

	/** The columns of the roster file (and of its template). */
	public ImportSheet sheet() {
		return ImportSheet.main(this.labels.get("team.excel.sheet"), List.of(
				column("village", true, this.labels.get("team.excel.example.village")),
				column("town", true, this.labels.get("team.excel.example.town")),
				column("unit", true, this.labels.get("team.excel.example.unit")),
				column("cadre", true, this.labels.get("team.excel.example.cadre")),
				column("phone", false, "13800001111"),
				column("role", true, this.labels.label("team.role.", TeamRole.FIRST_SECRETARY)),
				column("joined", true, LocalDate.of(LocalDate.now(this.clock).getYear(), 1, 1))));
	}

	public String templateFileName() {
		return this.labels.get("team.excel.template-file");
	}

	public String exportFileName() {
		return this.labels.get("team.excel.export-file", LocalDate.now(this.clock).toString());
	}

	public String reductionsFileName(YearMonth month) {
		return this.labels.get("team.excel.reductions-file", month.toString());
	}

	/** @return whether the signed-in account may import rosters (the office administrator, town officials) */
	public boolean canImport() {
		return this.service.canCreate();
	}

	/** Refuses those who may not import rosters. */
	public void requireImporter() {
		this.access.creator();
	}

	/** Writes the template (header, example row, explanation sheet) once the user may import. */
	public void writeTemplate(DownloadTarget target) throws IOException {
		this.access.creator();
		XlsxTemplate.write(target.open(), List.of(sheet()), this.labels.help());
	}

	/**
	 * Writes the teams of the (scoped) list as filtered, and every membership of those teams, to an .xlsx of two
	 * sheets; the members sheet starts with the roster's columns, so its active rows can be imported again.
	 */
	public void export(TeamFilter filter, DownloadTarget target) {
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			writer.sheet(this.labels.get("team.excel.teams-sheet"), List.of(this.labels.get("team.excel.column.village"),
					this.labels.get("team.excel.column.town"), this.labels.get("team.excel.category"),
					this.labels.get("team.excel.column.unit"), this.labels.get("team.excel.leader"),
					this.labels.get("team.excel.active-members"), this.labels.get("team.excel.term-start"),
					this.labels.get("team.excel.term-end"), this.labels.get("team.excel.status"),
					this.labels.get("team.excel.ended-on"), this.labels.get("team.excel.problems")));
			this.service.forEach(filter, rows -> rows.forEach(t -> write(writer, t.villageName(), t.townName(),
					this.labels.label("village.category.", t.category()), t.unitName(), t.leaderName(),
					t.activeMembers(), t.termStart(), t.termEnd(), this.labels.label("team.status.", t.status()),
					t.endedOn(), t.problems()
						.stream()
						.map(p -> this.labels.label("team.problem.", p))
						.collect(Collectors.joining("、")))));
			List<String> headers = new ArrayList<>(sheet().headers());
			headers.addAll(List.of(this.labels.get("team.excel.left-on"), this.labels.get("team.excel.reason"),
					this.labels.get("team.excel.note")));
			writer.sheet(this.labels.get("team.excel.members-sheet"), headers);
			this.service.forEachMember(filter, rows -> rows.forEach((TeamMemberRow r) -> write(writer,
					r.team().villageName(), r.team().townName(), r.team().unitName(), r.member().cadreName(),
					r.member().phone(), this.labels.label("team.role.", r.member().role()), r.member().joinedOn(),
					r.member().leftOn(), this.labels.label("team.reason.", r.member().reason()), r.member().note())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes the reductions of the month (one row per member who left unreplaced) as the list shows them, once the
	 * signed-in account may see them (the office, or a town official for their town).
	 */
	public void exportReductions(YearMonth month, DownloadTarget target) {
		List<ReductionLine> lines = this.reductions.forMonth(month);
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			writer.sheet(this.labels.get("team.excel.reductions-sheet"), List.of(this.labels.get("team.excel.month"),
					this.labels.get("team.excel.column.town"), this.labels.get("team.excel.column.village"),
					this.labels.get("team.excel.column.unit"), this.labels.get("team.excel.baseline"),
					this.labels.get("team.excel.count-after"), this.labels.get("team.excel.column.cadre"),
					this.labels.get("team.excel.left-on"), this.labels.get("team.excel.reason"),
					this.labels.get("team.excel.note")));
			for (ReductionLine line : lines) {
				for (Departure d : line.departures()) {
					writer.row(month.toString(), line.townName(), line.villageName(), line.unitName(), line.baseline(),
							line.countAfter(), d.cadreName(), d.leftOn(), this.labels.label("team.reason.", d.reason()),
							d.note());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String problemsFileName() {
		return this.labels.get("team.problems.excel.file", LocalDate.now(this.clock).toString());
	}

	/**
	 * Writes the overview of problems as its page shows it, every row of each section: a sheet for the registered
	 * poor villages without a team, one for this month's reductions and one per rule broken.
	 * @param overview the overview in full, read within the signed-in account's scope
	 */
	public void exportProblems(ProblemsOverview overview, DownloadTarget target) {
		String today = this.labels.get("team.problems.excel.as-of", LocalDate.now(this.clock).toString());
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			writer.sheet(this.labels.get("team.problems.excel.villages-sheet"),
					this.labels.get("team.problems.villages", overview.villagesWithoutTeamCount()), today,
					List.of(this.labels.get("team.excel.column.town"), this.labels.get("team.excel.column.village")));
			for (VillageGap v : overview.villagesWithoutTeam()) {
				writer.row(v.townName(), v.villageName());
			}
			writer.sheet(this.labels.get("team.excel.reductions-sheet"),
					this.labels.get("team.problems.reductions", overview.month().toString(),
							overview.reductions().size()),
					today, List.of(this.labels.get("team.excel.column.town"), this.labels.get("team.excel.column.village"),
							this.labels.get("team.excel.column.unit"), this.labels.get("team.excel.baseline"),
							this.labels.get("team.excel.count-after")));
			for (ReductionLine line : overview.reductions()) {
				writer.row(line.townName(), line.villageName(), line.unitName(), line.baseline(), line.countAfter());
			}
			for (TeamProblem problem : PROBLEM_SECTIONS) {
				Page<TeamSummary> teams = overview.section(problem);
				writer.sheet(this.labels.label("team.problem.", problem),
						this.labels.get("team.problems.section." + problem.name(), teams.getTotalElements(),
								problem == TeamProblem.SHORT_TERM ? overview.minTermMonths() : overview.minMembers()),
						today,
						List.of(this.labels.get("team.excel.column.village"), this.labels.get("team.excel.column.town"),
								this.labels.get("team.excel.column.unit"), this.labels.get("team.excel.leader"),
								this.labels.get("team.excel.active-members"), this.labels.get("team.excel.term-end")));
				for (TeamSummary t : teams.getContent()) {
					writer.row(t.villageName(), t.townName(), t.unitName(),
							t.leaderName() != null ? t.leaderName() : this.labels.get("team.leader.none"),
							t.activeMembers(), t.termEnd());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Imports a roster: each row names a village (with its town), the dispatching unit, a cadre (the phone tells
	 * namesakes apart), a role and the day the cadre joined. A village without an active team gets a new team with
	 * the term given in the form; otherwise the cadre joins its active team. Every row is checked first, with the
	 * rules of the team page; when any row is wrong nothing is written and the errors are returned.
	 * @param termStart the start of the term of the teams the import creates, or {@code null}
	 * @param termEnd the planned end of that term, or {@code null}
	 */
	@Transactional
	public ImportResult importFile(InputStream in, LocalDate termStart, LocalDate termEnd)
			throws ImportFileException {
		DataScope scope = this.access.creator();
		ImportErrors errors = new ImportErrors();
		List<Line> lines = new ArrayList<>();
		Map<String, TeamRole> roles = this.labels.labels(TeamRole.class, "team.role.");
		try (XlsxImport file = XlsxImport.open(in)) {
			for (ImportRow row : file.read(sheet(), errors)) {
				lines.add(new Line(row, row.text("village", 50), row.text("town", 50), row.text("unit", 100),
						row.text("cadre", 50), row.text("phone", 20, PHONE), row.choice("role", roles),
						date(row, "joined")));
			}
		}
		catch (IOException ex) {
			throw new ImportFileException("excel.file.unreadable");
		}
		resolve(lines, scope);
		List<WorkTeam> created = assign(lines, termStart, termEnd);
		if (!errors.isEmpty()) {
			// The rows were tried on the teams in memory: none of it may reach the database.
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return ImportResult.rejected(errors);
		}
		try {
			this.teams.saveAll(created);
			this.teams.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw BusinessRuleException.global("excel.import.conflict");
		}
		return ImportResult.imported(lines.size());
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
			.filter(CadreRef::active)
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
				else if (!unit.active()) {
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

	/** The active cadre of the name (and phone, when given); among namesakes, those of the row's unit. */
	private static CadreRef cadre(Line line, List<CadreRef> namesakes) {
		List<CadreRef> candidates = namesakes.stream()
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
	 * Tries every valid row on its village's team, in memory: the active team (loaded with its roster) or a new one
	 * with the form's term. Leaders are added first, so that a file may list a team's members in any order.
	 * @return the teams to create
	 */
	private List<WorkTeam> assign(List<Line> lines, LocalDate termStart, LocalDate termEnd) {
		Map<Long, Integer> firstRowOfCadre = new HashMap<>();
		Map<Long, List<Line>> byVillage = new LinkedHashMap<>();
		for (Line line : lines) {
			if (!line.row.isValid() || line.village == null || line.unit == null || line.cadre == null
					|| line.role == null || line.joined == null) {
				continue;
			}
			Integer first = firstRowOfCadre.putIfAbsent(line.cadre.id(), line.row.number());
			if (first != null) {
				line.row.reject("cadre", "excel.duplicate-in-file", first);
				continue;
			}
			byVillage.computeIfAbsent(line.village.id(), k -> new ArrayList<>()).add(line);
		}
		if (byVillage.isEmpty()) {
			return List.of();
		}
		Map<Long, List<WorkTeam>> active = this.teams.findActiveOfVillages(byVillage.keySet())
			.stream()
			.collect(Collectors.groupingBy(WorkTeam::getVillageId));
		LocalDate earliest = byVillage.values()
			.stream()
			.flatMap(List::stream)
			.map(l -> l.joined)
			.min(Comparator.naturalOrder())
			.orElseThrow();
		Map<Long, List<Blocking>> blocking = this.queries
			.blocking(firstRowOfCadre.keySet(), null, earliest)
			.stream()
			.collect(Collectors.groupingBy(Blocking::cadreId));
		List<WorkTeam> created = new ArrayList<>();
		byVillage.forEach((villageId, group) -> {
			WorkTeam team = teamFor(group, active.getOrDefault(villageId, List.of()), termStart, termEnd);
			if (team == null) {
				return;
			}
			if (team.isNew()) {
				created.add(team);
			}
			group.sort(Comparator.comparing((Line l) -> !l.role.leads()).thenComparingInt(l -> l.row.number()));
			for (Line line : group) {
				add(team, line, blocking.getOrDefault(line.cadre.id(), List.of()));
			}
		});
		return created;
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

	private static void add(WorkTeam team, Line line, List<Blocking> blocking) {
		for (Blocking other : blocking) {
			if (!other.teamId().equals(team.getId())
					&& (other.leftOn() == null || !other.leftOn().isBefore(line.joined))) {
				reject(line, TeamService.blocked(other));
				return;
			}
		}
		try {
			team.addMember(line.cadre.id(), line.role, line.joined, null);
		}
		catch (BusinessRuleException ex) {
			reject(line, ex);
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

	private ImportColumn column(String id, boolean required, Object example) {
		return new ImportColumn(id, this.labels.get("team.excel.column." + id), required,
				this.labels.get("team.excel.column." + id + ".help"), example);
	}

	private static Set<String> names(List<Line> lines, Function<Line, String> name) {
		return lines.stream().map(name).filter(n -> n != null).map(TeamExcel::lower).collect(Collectors.toSet());
	}

	private static String lower(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	private static void write(XlsxWriter writer, Object... values) {
		try {
			writer.row(values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One row of the roster as read, and what it names once resolved. */
	private static final class Line {

		final ImportRow row;

		final String villageName;

		final String townName;

		final String unitName;

		final String cadreName;

		final String phone;

		final TeamRole role;

		final LocalDate joined;

		VillageRef village;

		UnitRef unit;

		CadreRef cadre;

		Line(ImportRow row, String villageName, String townName, String unitName, String cadreName, String phone,
				TeamRole role, LocalDate joined) {
			this.row = row;
			this.villageName = villageName;
			this.townName = townName;
			this.unitName = unitName;
			this.cadreName = cadreName;
			this.phone = phone;
			this.role = role;
			this.joined = joined;
		}
	}
}
