package org.zhucun.monthlyreports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.monthlyreports.Completeness.Counts;
import org.zhucun.monthlyreports.Completeness.Status;
import org.zhucun.monthlyreports.Completeness.TownCounts;
import org.zhucun.monthlyreports.Completeness.UnitRow;
import org.zhucun.shared.web.Paging;

/**
 * The month's completeness (DOMAIN §9): the office sees every active unit, by town and unit; a town official the units
 * serving its villages. One query for the units, one for their towns.
 */
@Service
@Transactional(readOnly = true)
public class CompletenessService {

	private final CompletenessQueries queries;

	private final ReportService reports;

	private final ScopeService scopes;

	CompletenessService(CompletenessQueries queries, ReportService reports, ScopeService scopes) {
		this.queries = queries;
		this.reports = reports;
		this.scopes = scopes;
	}

	/** @return the month's completeness in the signed-in account's scope, the units filtered by status and paged */
	public Completeness forMonth(YearMonth month, Status status, int page) {
		List<UnitRow> all = rows(month);
		LocalDate due = this.reports.dueDate(month);
		List<UnitRow> shown = status == null ? all : all.stream().filter(r -> r.status() == status).toList();
		List<TownCounts> towns = this.scopes.current().isOffice() ? byTown(all) : List.of();
		return new Completeness(month, due, this.reports.today().isAfter(due), counts(all), towns,
				Paging.of(shown, page, Paging.SIZE));
	}

	/** @return every unit row of the month in the signed-in account's scope (for the export) */
	public List<UnitRow> rows(YearMonth month) {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || scope.isTown());
		return this.queries.units(month, scope.isTown() ? scope.townId() : null);
	}

	private List<TownCounts> byTown(List<UnitRow> all) {
		Map<Long, UnitRow> byUnit = new HashMap<>();
		all.forEach(r -> byUnit.put(r.unitId(), r));
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, List<UnitRow>> rows = new HashMap<>();
		for (CompletenessQueries.UnitTown ut : this.queries.unitTowns()) {
			names.putIfAbsent(ut.townId(), ut.townName());
			UnitRow row = byUnit.get(ut.unitId());
			if (row != null) {
				rows.computeIfAbsent(ut.townId(), k -> new ArrayList<>()).add(row);
			}
		}
		List<TownCounts> result = new ArrayList<>();
		names.forEach((id, name) -> result.add(new TownCounts(id, name, counts(rows.getOrDefault(id, List.of())))));
		return result;
	}

	static Counts counts(List<UnitRow> rows) {
		int submitted = 0;
		int late = 0;
		int returned = 0;
		int accepted = 0;
		for (UnitRow r : rows) {
			if (r.status() != Status.MISSING) {
				submitted++;
				late += r.late() ? 1 : 0;
			}
			returned += r.status() == Status.RETURNED ? 1 : 0;
			accepted += r.status() == Status.ACCEPTED ? 1 : 0;
		}
		return new Counts(rows.size(), submitted, submitted - late, late, returned, accepted, rows.size() - submitted);
	}
}
