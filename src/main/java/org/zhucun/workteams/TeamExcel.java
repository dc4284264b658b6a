package org.zhucun.workteams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.shared.excel.DownloadTarget;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.ImportColumn;
import org.zhucun.shared.excel.ImportSheet;
import org.zhucun.shared.excel.XlsxTemplate;
import org.zhucun.shared.excel.XlsxWriter;
import org.zhucun.workteams.domain.TeamQueries.TeamMemberRow;

/**
 * Rosters in Excel: the roster's columns and the import template (the import itself is {@link RosterImport}); the
 * export of the listed teams and their members, which imports again; the export of a month's reductions and of the
 * overview of problems.
 */
@Service
@Transactional(readOnly = true)
public class TeamExcel {

	/** The sections of the overview of problems, in the page's order. */
	public static final List<TeamProblem> PROBLEM_SECTIONS = List.of(TeamProblem.BELOW_MINIMUM, TeamProblem.NO_LEADER,
			TeamProblem.TERM_OVER, TeamProblem.TERM_ENDING, TeamProblem.SHORT_TERM);

	private final TeamService service;

	private final TeamReductions reductions;

	private final TeamAccess access;

	private final ExcelTexts labels;

	private final Clock clock;

	TeamExcel(TeamService service, TeamReductions reductions, TeamAccess access, ExcelTexts labels, Clock clock) {
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
				column("joined", true, LocalDate.of(LocalDate.now(this.clock).getYear(), 1, 1)),
				column("left", false, null)));
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
	 * sheets; the members sheet is the roster (its name and columns), so the file imports again as it is.
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
			ImportSheet roster = sheet();
			List<String> headers = new ArrayList<>(roster.headers());
			headers.addAll(List.of(this.labels.get("team.excel.reason"), this.labels.get("team.excel.note")));
			writer.sheet(roster.name(), headers);
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

	private ImportColumn column(String id, boolean required, Object example) {
		return new ImportColumn(id, this.labels.get("team.excel.column." + id), required,
				this.labels.get("team.excel.column." + id + ".help"), example);
	}

	private static void write(XlsxWriter writer, Object... values) {
		try {
			writer.row(values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
