package org.zhucun.unitduties;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.XlsxWriter;

/** The office's and the towns' overview of the units' duties in a month, with its Excel file. */
@Service
@Transactional(readOnly = true)
public class DutyOverviewService {

	private final UnitDuties duties;

	private final DutyQueries queries;

	private final ScopeService scopes;

	private final ExcelTexts texts;

	private final Clock clock;

	DutyOverviewService(UnitDuties duties, DutyQueries queries, ScopeService scopes, ExcelTexts texts, Clock clock) {
		this.duties = duties;
		this.queries = queries;
		this.scopes = scopes;
		this.texts = texts;
		this.clock = clock;
	}

	public YearMonth currentMonth() {
		return YearMonth.now(this.clock);
	}

	/**
	 * @return the month's overview: the district for the office (or one town when asked), the units serving the town
	 * for a town official; refuses other roles
	 */
	public DutyOverview overview(YearMonth month, Long townFilter) {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || (scope.isTown() && scope.townId() != null));
		Long town = scope.isTown() ? scope.townId() : townFilter;
		Set<Long> units = town == null ? null : this.queries.unitsServingTown(town);
		Map<Long, String> towns = this.queries.townsOfUnits(units);
		List<DutyOverview.Line> lines = new ArrayList<>();
		for (UnitMonthStatus status : this.duties.statuses(units, month)) {
			lines.add(new DutyOverview.Line(status, towns.getOrDefault(status.unitId(), "")));
		}
		LocalDate today = LocalDate.now(this.clock);
		return new DutyOverview(month, !month.isBefore(YearMonth.from(today)), town, lines, today);
	}

	/** @return how many units in the signed-in official's or the office's view are short this month */
	public long shortThisMonth() {
		return overview(currentMonth(), null).units().stream().filter(l -> !l.status().monthMet()).count();
	}

	/** @return the file name of the overview's Excel file */
	public String fileName(DutyOverview overview) {
		return this.texts.get("unitduties.overview.file", overview.month().toString());
	}

	/** Writes the overview as an Excel file: every unit, with its figures and reasons, in Chinese. */
	public void write(DutyOverview overview, OutputStream out) throws IOException {
		try (XlsxWriter xlsx = new XlsxWriter(out)) {
			xlsx.sheet(this.texts.get("unitduties.overview.sheet"),
					List.of(this.texts.get("unitduties.field.unit"), this.texts.get("unitduties.field.towns"),
							this.texts.get("unitduties.unit.principal"), this.texts.get("unitduties.unit.others"),
							this.texts.get("unitduties.unit.meeting"), this.texts.get("unitduties.overview.result"),
							this.texts.get("unitduties.overview.reasons")));
			for (DutyOverview.Line line : overview.units()) {
				UnitMonthStatus s = line.status();
				xlsx.row(s.unitName(), line.towns(), s.principalVisits(), s.othersDays(),
						this.texts.yesNo(s.meetingThisQuarter()),
						this.texts.get(s.monthMet() ? "unitduties.status.met" : "unitduties.status.short"),
						String.join("；", reasons(s)));
			}
		}
	}

	/** @return the reasons a unit is short, as texts of the file's language */
	private List<String> reasons(UnitMonthStatus s) {
		List<String> reasons = new ArrayList<>();
		if (!s.principalVisited()) {
			reasons.add(this.texts.get("unitduties.reason.principal"));
		}
		if (!s.othersMet()) {
			reasons.add(this.texts.get("unitduties.reason.others", s.othersDays(), s.othersRequired()));
		}
		if (!s.meetingThisQuarter()) {
			reasons.add(this.texts.get("unitduties.reason.meeting"));
		}
		return reasons;
	}
}
