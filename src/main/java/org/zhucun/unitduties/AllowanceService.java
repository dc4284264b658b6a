package org.zhucun.unitduties;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.Attendance;
import org.zhucun.attendance.CadreMonth;
import org.zhucun.attendance.MonthPeriod;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Organization;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.XlsxWriter;
import org.zhucun.unitduties.AllowanceSheet.AllowanceLine;

/**
 * The monthly allowance sheets: per unit (office, the unit, the towns it serves) and a cadre's own line (team leaders
 * and members). Days come from attendance ({@link Attendance}), the rate from {@code allowance.daily-rate}.
 */
@Service
@Transactional(readOnly = true)
public class AllowanceService {

	private final Attendance attendance;

	private final UnitDuties duties;

	private final UnitDutyAccess access;

	private final ScopeService scopes;

	private final Organization organization;

	private final ExcelTexts texts;

	private final Clock clock;

	AllowanceService(Attendance attendance, UnitDuties duties, UnitDutyAccess access, ScopeService scopes,
			Organization organization, ExcelTexts texts, Clock clock) {
		this.attendance = attendance;
		this.duties = duties;
		this.access = access;
		this.scopes = scopes;
		this.organization = organization;
		this.texts = texts;
		this.clock = clock;
	}

	public YearMonth currentMonth() {
		return YearMonth.now(this.clock);
	}

	/**
	 * @return the unit's sheet for the month; refuses a unit outside the account's scope; a town official's holds the
	 * lines of the town's cadres only ({@link org.zhucun.identity.TownCadres}: one query)
	 */
	public AllowanceSheet unitSheet(Long unitId, YearMonth month) {
		DataScope scope = this.access.readUnit(unitId);
		String name = this.organization.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId)).name();
		List<CadreMonth> months = this.attendance.unitMonth(unitId, month);
		if (scope.isTown()) {
			org.zhucun.identity.CadreSight sight = this.scopes.cadreSight(scope);
			months = months.stream().filter(m -> sight.sees(m.cadreId(), null)).toList();
		}
		return sheet(unitId, name, month, months, scope.isTown());
	}

	/** @return the signed-in cadre's own line for the month (team leaders and members); refuses other roles */
	public AllowanceSheet ownSheet(YearMonth month) {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isTeam() && scope.cadreId() != null);
		String unitName = scope.unitId() == null ? ""
				: this.organization.unit(scope.unitId()).map(u -> u.name()).orElse("");
		return sheet(scope.unitId(), unitName, month, this.attendance.cadreMonth(scope.cadreId(), month), false);
	}

	private AllowanceSheet sheet(Long unitId, String unitName, YearMonth month, List<CadreMonth> months,
			boolean townCadresOnly) {
		BigDecimal rate = this.duties.dailyRate(month).orElse(null);
		Map<Long, List<CadreMonth>> byCadre = new LinkedHashMap<>();
		months.stream()
			.sorted(java.util.Comparator.comparing(CadreMonth::cadreName).thenComparing(CadreMonth::cadreId))
			.forEach(m -> byCadre.computeIfAbsent(m.cadreId(), k -> new ArrayList<>()).add(m));
		List<AllowanceLine> lines = new ArrayList<>();
		byCadre.forEach((cadreId, parts) -> {
			int days = parts.stream().mapToInt(CadreMonth::inVillageDays).sum();
			TreeSet<String> villages = new TreeSet<>();
			parts.forEach(p -> villages.add(p.villageName()));
			lines.add(new AllowanceLine(cadreId, parts.get(0).cadreName(), String.join("、", villages), days,
					rate == null ? null : rate.multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP)));
		});
		MonthPeriod period = MonthPeriod.of(month);
		return new AllowanceSheet(unitId, unitName, month, period.from(), period.to(), rate, lines,
				LocalDate.now(this.clock), townCadresOnly);
	}

	/** @return the file name of the sheet's Excel file */
	public String fileName(AllowanceSheet sheet) {
		return this.texts.get("unitduties.allowance.file", sheet.unitName(), sheet.month().toString());
	}

	/** Writes the sheet as an Excel file in Chinese, with a signature column and the total. */
	public void write(AllowanceSheet sheet, OutputStream out) throws IOException {
		try (XlsxWriter xlsx = new XlsxWriter(out)) {
			xlsx.sheet(this.texts.get("unitduties.allowance.sheet"),
					List.of(this.texts.get("unitduties.allowance.number"), this.texts.get("unitduties.allowance.cadre"),
							this.texts.get("unitduties.allowance.villages"), this.texts.get("unitduties.allowance.days"),
							this.texts.get("unitduties.allowance.rate"), this.texts.get("unitduties.allowance.amount"),
							this.texts.get("unitduties.allowance.signature")));
			String unset = this.texts.get("unitduties.allowance.rate-unset");
			int n = 1;
			for (AllowanceLine line : sheet.lines()) {
				xlsx.row(n++, line.cadreName(), line.villages(), line.days(),
						sheet.rateSet() ? sheet.rate() : unset, line.amount(), null);
			}
			xlsx.row(null, this.texts.get("unitduties.allowance.total"), null, sheet.totalDays(), null, sheet.total(),
					null);
			if (sheet.townCadresOnly()) {
				xlsx.row(null, this.texts.get("unitduties.town-cadres-only"), null, null, null, null, null);
			}
		}
	}
}
