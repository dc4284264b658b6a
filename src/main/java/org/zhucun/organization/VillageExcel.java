package org.zhucun.organization;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.organization.domain.Town;
import org.zhucun.organization.domain.TownRepository;
import org.zhucun.organization.domain.Village;
import org.zhucun.organization.domain.VillageRepository;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.ExcelImport;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.DownloadTarget;
import org.zhucun.shared.excel.ImportColumn;
import org.zhucun.shared.excel.ImportErrors;
import org.zhucun.shared.excel.ImportFileException;
import org.zhucun.shared.excel.ImportPlan;
import org.zhucun.shared.excel.ImportRow;
import org.zhucun.shared.excel.ImportSheet;
import org.zhucun.shared.excel.XlsxImport;
import org.zhucun.shared.excel.XlsxTemplate;

/**
 * Villages in Excel: the import template, the import (office only; key: town and village name; every row checked
 * before any is written, with a preview of what is created, updated and unchanged) and the export of the list, which
 * imports again as it is.
 */
@Service
@Transactional(readOnly = true)
public class VillageExcel implements ExcelImport {

	private final VillageRepository villages;

	private final TownRepository towns;

	private final VillageService service;

	private final OrganizationAccess access;

	private final ExcelTexts labels;

	private final Clock clock;

	VillageExcel(VillageRepository villages, TownRepository towns, VillageService service, OrganizationAccess access,
			ExcelTexts labels, Clock clock) {
		this.villages = villages;
		this.towns = towns;
		this.service = service;
		this.access = access;
		this.labels = labels;
		this.clock = clock;
	}

	/** The columns of the import file (and of the template). */
	public ImportSheet sheet() {
		return ImportSheet.main(this.labels.get("excel.village.sheet"), List.of(
				column("town", true, this.labels.get("excel.village.example.town")),
				column("name", true, this.labels.get("excel.village.example.name")),
				column("category", true, this.labels.label("village.category.", VillageCategory.REGISTERED_POOR)),
				column("latitude", false, new BigDecimal("35.067200")),
				column("longitude", false, new BigDecimal("112.601900")),
				column("radius", false, Village.DEFAULT_RADIUS_M),
				column("population", false, 1860),
				column("households", false, 512)));
	}

	@Override
	public String templateFileName() {
		return this.labels.get("excel.village.template-file");
	}

	public String exportFileName() {
		return this.labels.get("excel.village.export-file", LocalDate.now(this.clock).toString());
	}

	/** @return whether the signed-in account may import (the office administrator) */
	public boolean canImport() {
		return this.access.reader().isOfficeAdmin();
	}

	/** Refuses anyone who may not import. */
	@Override
	public void requireImporter() {
		this.access.officeAdmin();
	}

	/** Writes the template (with its example rows and explanation sheet) once the user may import. */
	@Override
	public void writeTemplate(DownloadTarget target) throws IOException {
		this.access.officeAdmin();
		XlsxTemplate.write(target.open(), List.of(sheet()), this.labels.help());
	}

	/** Writes every village of the (scoped) list, as the list is filtered, to an .xlsx. */
	public void export(VillageFilter filter, DownloadTarget target) {
		ImportSheet sheet = sheet();
		List<String> headers = new ArrayList<>(sheet.headers());
		headers.add(this.labels.get("excel.village.units"));
		headers.add(this.labels.get("excel.status"));
		this.service.forEach(filter, rows -> ListExport.write(target, sheet.name(), headers, rows,
				v -> new Object[] { v.townName(), v.name(), this.labels.label("village.category.", v.category()),
						v.latitude(), v.longitude(), v.radiusM(), v.population(), v.households(), v.unitCount(),
						this.labels.status(v.active()) }));
	}

	/** Checks every row of the file and says what importing it would do; writes nothing. */
	@Override
	public ImportPlan preview(InputStream in) throws ImportFileException {
		return check(in).plan();
	}

	/**
	 * Imports the villages of an uploaded file. A village is recognised by its town and name (the key): a row naming
	 * a village already there updates it (a blank optional cell keeps its value), any other row adds a village. Every
	 * row is checked first (values, town, key once in the file); when any is wrong nothing is written, otherwise all
	 * rows are written in this one transaction.
	 */
	@Transactional
	@Override
	public ImportPlan importFile(InputStream in) throws ImportFileException {
		Checked checked = check(in);
		if (!checked.plan().succeeded()) {
			return checked.plan();
		}
		for (Line line : checked.lines()) {
			Village village = line.existing;
			if (village == null) {
				village = new Village(line.townId, line.name, line.category);
				village.update(line.townId, line.name, line.category, line.latitude, line.longitude,
						line.radius == null ? Village.DEFAULT_RADIUS_M : line.radius, line.population, line.households);
				this.villages.save(village);
			}
			else if (line.action == ImportPlan.Action.UPDATE) {
				boolean located = line.latitude != null;
				village.update(village.getTownId(), village.getName(), line.category,
						located ? line.latitude : village.getLatitude(), located ? line.longitude : village.getLongitude(),
						line.radius == null ? village.getRadiusM() : line.radius,
						line.population == null ? village.getPopulation() : line.population,
						line.households == null ? village.getHouseholds() : line.households);
			}
		}
		try {
			this.villages.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw BusinessRuleException.global("excel.import.conflict");
		}
		return checked.plan();
	}

	private Checked check(InputStream in) throws ImportFileException {
		this.access.officeAdmin();
		ImportSheet sheet = sheet();
		ImportErrors errors = new ImportErrors();
		List<Line> lines = new ArrayList<>();
		Map<String, VillageCategory> categories = this.labels.labels(VillageCategory.class, "village.category.");
		try (XlsxImport file = XlsxImport.open(in)) {
			for (ImportRow row : file.read(sheet, errors)) {
				Line line = new Line(row, row.text("town", 50), row.text("name", 50), row.choice("category", categories),
						row.decimal("latitude", BigDecimal.valueOf(-90), BigDecimal.valueOf(90), 6),
						row.decimal("longitude", BigDecimal.valueOf(-180), BigDecimal.valueOf(180), 6),
						row.integer("radius", 50, 20000), row.integer("population", 0, Integer.MAX_VALUE),
						row.integer("households", 0, Integer.MAX_VALUE));
				if ((row.raw("latitude") == null) != (row.raw("longitude") == null)) {
					row.reject(row.raw("latitude") == null ? "latitude" : "longitude", "village.coordinates.both");
				}
				lines.add(line);
			}
		}
		catch (IOException ex) {
			throw new ImportFileException("excel.file.unreadable");
		}
		checkReferences(lines);
		if (!errors.isEmpty()) {
			return new Checked(ImportPlan.rejected(errors), lines);
		}
		List<ImportPlan.Line> plan = new ArrayList<>();
		for (Line line : lines) {
			line.action = line.existing == null ? ImportPlan.Action.CREATE
					: unchanged(line.existing, line) ? ImportPlan.Action.UNCHANGED : ImportPlan.Action.UPDATE;
			plan.add(new ImportPlan.Line(line.row.sheetName(), line.row.number(), line.townName + " / " + line.name,
					this.labels.label("village.category.", line.category), line.action));
		}
		return new Checked(ImportPlan.of(plan), lines);
	}

	private static boolean unchanged(Village v, Line line) {
		return v.getCategory() == line.category && (line.latitude == null || same(line.latitude, v.getLatitude())
				&& same(line.longitude, v.getLongitude()))
				&& (line.radius == null || line.radius == v.getRadiusM())
				&& (line.population == null || line.population.equals(v.getPopulation()))
				&& (line.households == null || line.households.equals(v.getHouseholds()));
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return b != null && a.compareTo(b) == 0;
	}

	/** Towns must exist and be active; the key (town and name) appears once in the file; finds the villages. */
	private void checkReferences(List<Line> lines) {
		Set<String> townNames = lines.stream()
			.filter(l -> l.townName != null)
			.map(l -> lower(l.townName))
			.collect(Collectors.toSet());
		Map<String, Town> townsByName = townNames.isEmpty() ? Map.of()
				: this.towns.findByLowerNameIn(townNames)
					.stream()
					.collect(Collectors.toMap(t -> lower(t.getName()), Function.identity(), (a, b) -> a));
		Set<String> names = lines.stream().filter(l -> l.name != null).map(l -> lower(l.name)).collect(Collectors.toSet());
		Map<String, Village> existing = names.isEmpty() ? Map.of()
				: this.villages.findByLowerNameIn(names)
					.stream()
					.collect(Collectors.toMap(v -> key(v.getTownId(), v.getName()), Function.identity(), (a, b) -> a));
		Map<String, Integer> seen = new HashMap<>();
		for (Line line : lines) {
			if (line.townName == null) {
				continue;
			}
			Town town = townsByName.get(lower(line.townName));
			if (town == null) {
				line.row.reject("town", "excel.village.town-unknown", line.townName);
				continue;
			}
			line.townId = town.getId();
			if (line.name == null) {
				continue;
			}
			String key = key(town.getId(), line.name);
			Integer first = seen.putIfAbsent(key, line.row.number());
			if (first != null) {
				line.row.reject("name", "excel.duplicate-in-file", first);
				continue;
			}
			line.existing = existing.get(key);
			if (line.existing == null && !town.isActive()) {
				line.row.reject("town", "village.town.inactive");
			}
		}
	}

	private ImportColumn column(String id, boolean required, Object example) {
		return new ImportColumn(id, this.labels.get("excel.village." + id), required,
				this.labels.get("excel.village." + id + ".help"), example);
	}

	private static String key(Long townId, String name) {
		return townId + "|" + lower(name);
	}

	private static String lower(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	/** The checked rows and the plan made from them. */
	private record Checked(ImportPlan plan, List<Line> lines) {
	}

	/** One row of the file as read, with the village of its key and what the import does with it. */
	private static final class Line {

		final ImportRow row;

		final String townName;

		final String name;

		final VillageCategory category;

		final BigDecimal latitude;

		final BigDecimal longitude;

		final Integer radius;

		final Integer population;

		final Integer households;

		Long townId;

		Village existing;

		ImportPlan.Action action;

		Line(ImportRow row, String townName, String name, VillageCategory category, BigDecimal latitude,
				BigDecimal longitude, Integer radius, Integer population, Integer households) {
			this.row = row;
			this.townName = townName;
			this.name = name;
			this.category = category;
			this.latitude = latitude;
			this.longitude = longitude;
			this.radius = radius;
			this.population = population;
			this.households = households;
		}
	}
}
