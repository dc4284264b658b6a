package org.zhucun.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.zhucun.shared.excel.ImportResult;
import org.zhucun.shared.excel.ImportRow;
import org.zhucun.shared.excel.ImportSheet;
import org.zhucun.shared.excel.XlsxImport;
import org.zhucun.shared.excel.XlsxTemplate;
import org.zhucun.shared.excel.XlsxWriter;

/**
 * Villages in Excel: the import template, the import (office only; every row checked before any is written) and
 * the export of the list.
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
		this.service.forEach(filter, rows -> {
			try (XlsxWriter writer = new XlsxWriter(target.open())) {
				writer.sheet(sheet.name(), headers);
				for (VillageSummary v : (Iterable<VillageSummary>) rows::iterator) {
					writer.row(v.townName(), v.name(), this.labels.label("village.category.", v.category()),
							v.latitude(), v.longitude(), v.radiusM(), v.population(), v.households(), v.unitCount(),
							this.labels.status(v.active()));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Imports the villages of an uploaded file: every row is checked (values, town, name free in the town and in
	 * the file); when any row is wrong nothing is written and the errors are returned, otherwise all rows are
	 * written in this one transaction.
	 */
	@Transactional
	@Override
	public ImportResult importFile(InputStream in) throws ImportFileException {
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
			return ImportResult.rejected(errors);
		}
		for (Line line : lines) {
			Village village = new Village(line.townId, line.name, line.category);
			village.update(line.townId, line.name, line.category, line.latitude, line.longitude,
					line.radius == null ? Village.DEFAULT_RADIUS_M : line.radius, line.population, line.households);
			this.villages.save(village);
		}
		try {
			this.villages.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw BusinessRuleException.global("excel.import.conflict");
		}
		return ImportResult.imported(lines.size());
	}

	/** Towns must exist and be active; a name must be free in its town and appear once in the file. */
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
		Set<String> existing = names.isEmpty() ? Set.of()
				: this.villages.picksByLowerName(names)
					.stream()
					.map(p -> key(p.townId(), p.name()))
					.collect(Collectors.toSet());
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
			if (!town.isActive()) {
				line.row.reject("town", "village.town.inactive");
				continue;
			}
			line.townId = town.getId();
			if (line.name == null) {
				continue;
			}
			String key = key(town.getId(), line.name);
			Integer first = seen.putIfAbsent(key, line.row.number());
			if (existing.contains(key)) {
				line.row.reject("name", "village.name.duplicate");
			}
			else if (first != null) {
				line.row.reject("name", "excel.duplicate-in-file", first);
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

	/** One row of the file as read. */
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
