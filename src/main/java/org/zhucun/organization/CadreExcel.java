package org.zhucun.organization;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.domain.AidUnit;
import org.zhucun.organization.domain.AidUnitRepository;
import org.zhucun.organization.domain.Cadre;
import org.zhucun.organization.domain.CadreRepository;
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
 * Cadres in Excel: the import template, the import (the office for any unit, a unit administrator for their own
 * unit; key: unit and name, the phone telling namesakes apart; every row checked before any is written, with a
 * preview of what is created, updated and unchanged) and the export of the list, which imports again as it is.
 */
@Service
@Transactional(readOnly = true)
public class CadreExcel implements ExcelImport {

	private static final Pattern PHONE = Pattern.compile(ContactPhones.PATTERN);

	private final CadreRepository cadres;

	private final AidUnitRepository units;

	private final CadreService service;

	private final OrganizationAccess access;

	private final ExcelTexts labels;

	private final Clock clock;

	CadreExcel(CadreRepository cadres, AidUnitRepository units, CadreService service, OrganizationAccess access,
			ExcelTexts labels, Clock clock) {
		this.cadres = cadres;
		this.units = units;
		this.service = service;
		this.access = access;
		this.labels = labels;
		this.clock = clock;
	}

	public ImportSheet sheet() {
		return sheet(this.labels.get("excel.unit.example.name"));
	}

	private ImportSheet sheet(String exampleUnit) {
		return ImportSheet.main(this.labels.get("excel.cadre.sheet"), List.of(
				column("unit", true, exampleUnit),
				column("name", true, this.labels.get("excel.cadre.example.name")),
				column("gender", true, this.labels.label("gender.", Gender.MALE)),
				column("position", false, this.labels.get("excel.cadre.example.position")),
				column("phone", false, "13700001111")));
	}

	@Override
	public String templateFileName() {
		return this.labels.get("excel.cadre.template-file");
	}

	public String exportFileName() {
		return this.labels.get("excel.cadre.export-file", LocalDate.now(this.clock).toString());
	}

	/** @return whether the signed-in account may import cadres (the office administrator, unit administrators) */
	public boolean canImport() {
		DataScope scope = this.access.reader();
		return scope.isOfficeAdmin() || scope.isUnit();
	}

	/** Refuses anyone who may not import cadres. */
	@Override
	public void requireImporter() {
		importer();
	}

	/** Writes the template; a unit administrator's example row names their own unit. */
	@Override
	public void writeTemplate(DownloadTarget target) throws IOException {
		DataScope scope = importer();
		String exampleUnit = scope.isUnit() ? this.units.nameOf(scope.unitId()).orElse("")
				: this.labels.get("excel.unit.example.name");
		XlsxTemplate.write(target.open(), List.of(sheet(exampleUnit)), this.labels.help());
	}

	/** Writes every cadre of the (scoped) list, as the list is filtered, to an .xlsx (phones as the page shows them). */
	public void export(CadreFilter filter, DownloadTarget target) {
		List<String> headers = new ArrayList<>(sheet().headers());
		headers.add(this.labels.get("excel.status"));
		this.service.forEach(filter, rows -> ListExport.write(target, this.labels.get("excel.cadre.sheet"), headers, rows,
				c -> new Object[] { c.unitName(), c.name(), this.labels.label("gender.", c.gender()), c.position(),
						c.phone(), this.labels.status(c.active()) }));
	}

	/** Checks every row of the file and says what importing it would do; writes nothing. */
	@Override
	public ImportPlan preview(InputStream in) throws ImportFileException {
		return check(in).plan();
	}

	/**
	 * Imports the cadres of an uploaded file. A cadre is recognised by unit and name (the key), the phone telling
	 * namesakes of a unit apart: a row naming a cadre already there updates them (a blank position or phone keeps
	 * it), any other row adds a cadre. Units are named, must exist (active for a new cadre) and be one's own unit for
	 * a unit administrator. When any row is wrong nothing is written; otherwise all rows are written in this one
	 * transaction.
	 */
	@Transactional
	@Override
	public ImportPlan importFile(InputStream in) throws ImportFileException {
		Checked checked = check(in);
		if (!checked.plan().succeeded()) {
			return checked.plan();
		}
		for (Line line : checked.lines()) {
			Cadre cadre = line.existing;
			if (cadre == null) {
				this.cadres.save(new Cadre(line.unitId, line.name, line.gender, line.phone, line.position));
			}
			else if (line.action == ImportPlan.Action.UPDATE) {
				cadre.update(cadre.getUnitId(), cadre.getName(), line.gender,
						line.phone == null ? cadre.getPhone() : line.phone,
						line.position == null ? cadre.getPosition() : line.position);
			}
		}
		try {
			this.cadres.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw BusinessRuleException.global("excel.import.conflict");
		}
		return checked.plan();
	}

	private Checked check(InputStream in) throws ImportFileException {
		DataScope scope = importer();
		ImportSheet sheet = sheet();
		ImportErrors errors = new ImportErrors();
		Map<String, Gender> genders = this.labels.labels(Gender.class, "gender.");
		List<Line> lines = new ArrayList<>();
		try (XlsxImport file = XlsxImport.open(in)) {
			for (ImportRow row : file.read(sheet, errors)) {
				lines.add(new Line(row, row.text("unit", 100), row.text("name", 50), row.choice("gender", genders),
						row.text("position", 50), row.text("phone", 20, PHONE)));
			}
		}
		catch (IOException ex) {
			throw new ImportFileException("excel.file.unreadable");
		}
		checkReferences(lines, scope);
		if (!errors.isEmpty()) {
			return new Checked(ImportPlan.rejected(errors), lines);
		}
		List<ImportPlan.Line> plan = new ArrayList<>();
		for (Line line : lines) {
			Cadre c = line.existing;
			line.action = c == null ? ImportPlan.Action.CREATE
					: c.getGender() == line.gender && (line.phone == null || line.phone.equals(c.getPhone()))
							&& (line.position == null || line.position.equals(c.getPosition()))
									? ImportPlan.Action.UNCHANGED : ImportPlan.Action.UPDATE;
			plan.add(new ImportPlan.Line(line.row.sheetName(), line.row.number(), line.unitName + " / " + line.name,
					line.position == null ? "" : line.position, line.action));
		}
		return new Checked(ImportPlan.of(plan), lines);
	}

	/** Only the office administrator and unit administrators import cadres. */
	private DataScope importer() {
		DataScope scope = this.access.reader();
		if (!scope.isUnit()) {
			this.access.officeAdmin();
		}
		return scope;
	}

	private void checkReferences(List<Line> lines, DataScope scope) {
		Set<String> unitNames = lines.stream()
			.filter(l -> l.unitName != null)
			.map(l -> lower(l.unitName))
			.collect(Collectors.toSet());
		Map<String, AidUnit> unitsByName = unitNames.isEmpty() ? Map.of()
				: this.units.findByLowerNameIn(unitNames)
					.stream()
					.collect(Collectors.toMap(u -> lower(u.getName()), Function.identity(), (a, b) -> a));
		Set<Long> unitIds = unitsByName.values().stream().map(AidUnit::getId).collect(Collectors.toSet());
		Set<String> names = lines.stream().filter(l -> l.name != null).map(l -> lower(l.name)).collect(Collectors.toSet());
		Map<String, List<Cadre>> namesakes = unitIds.isEmpty() || names.isEmpty() ? Map.of()
				: this.cadres.findNamed(unitIds, names)
					.stream()
					.collect(Collectors.groupingBy(c -> c.getUnitId() + "|" + lower(c.getName())));
		Map<Long, Integer> seen = new HashMap<>();
		Map<String, Integer> seenNew = new HashMap<>();
		for (Line line : lines) {
			if (line.unitName == null) {
				continue;
			}
			AidUnit unit = unitsByName.get(lower(line.unitName));
			if (unit == null) {
				line.row.reject("unit", "excel.cadre.unit-unknown", line.unitName);
				continue;
			}
			if (scope.isUnit() && !unit.getId().equals(scope.unitId())) {
				line.row.reject("unit", "excel.cadre.unit-not-own", line.unitName);
				continue;
			}
			line.unitId = unit.getId();
			if (line.name == null) {
				continue;
			}
			List<Cadre> same = namesakes.getOrDefault(unit.getId() + "|" + lower(line.name), List.of());
			line.existing = match(same, line.phone);
			if (line.existing == null && same.size() > 1 && line.phone == null) {
				line.row.reject("phone", "excel.cadre.namesakes", line.name);
				continue;
			}
			Integer first = line.existing != null ? seen.putIfAbsent(line.existing.getId(), line.row.number())
					: seenNew.putIfAbsent(key(unit.getId(), line.name, line.phone), line.row.number());
			if (first != null) {
				line.row.reject("name", "excel.duplicate-in-file", first);
			}
			else if (line.existing == null && !unit.isActive()) {
				line.row.reject("unit", "cadre.unit.inactive");
			}
		}
	}

	/**
	 * @return the cadre of the row among the unit's namesakes: the one with the row's phone; else the only one (whose
	 * phone the row changes), the active one of several without a phone in the row; else none (a new cadre)
	 */
	private static Cadre match(List<Cadre> namesakes, String phone) {
		if (phone != null) {
			List<Cadre> samePhone = namesakes.stream().filter(c -> phone.equals(c.getPhone())).toList();
			if (!samePhone.isEmpty()) {
				return samePhone.stream().filter(Cadre::isActive).findFirst().orElse(samePhone.get(0));
			}
			return namesakes.size() == 1 ? namesakes.get(0) : null;
		}
		if (namesakes.size() == 1) {
			return namesakes.get(0);
		}
		List<Cadre> active = namesakes.stream().filter(Cadre::isActive).toList();
		return active.size() == 1 ? active.get(0) : null;
	}

	private ImportColumn column(String id, boolean required, Object example) {
		return new ImportColumn(id, this.labels.get("excel.cadre." + id), required,
				this.labels.get("excel.cadre." + id + ".help"), example);
	}

	private static String key(Long unitId, String name, String phone) {
		return unitId + "|" + lower(name) + "|" + Objects.toString(phone, "");
	}

	private static String lower(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	/** The checked rows and the plan made from them. */
	private record Checked(ImportPlan plan, List<Line> lines) {
	}

	/** One row of the file as read, with the cadre of its key and what the import does with it. */
	private static final class Line {

		final ImportRow row;

		final String unitName;

		final String name;

		final Gender gender;

		final String position;

		final String phone;

		Long unitId;

		Cadre existing;

		ImportPlan.Action action;

		Line(ImportRow row, String unitName, String name, Gender gender, String position, String phone) {
			this.row = row;
			this.unitName = unitName;
			this.name = name;
			this.gender = gender;
			this.position = position;
			this.phone = phone;
		}
	}
}
