package org.zhucun.organization;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.organization.domain.AidUnit;
import org.zhucun.organization.domain.AidUnitRepository;
import org.zhucun.organization.domain.UnitLeader;
import org.zhucun.organization.domain.VillagePick;
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
 * Aid units in Excel: a file of two sheets, the units (with their linked villages as 镇/村) and their leadership
 * members; the import (key: the unit's name; a preview says what is created, updated and unchanged) checks every
 * row and that each unit ends with its leaders and exactly one principal, and writes nothing unless all is right.
 * Also the export of the list, which imports again as it is.
 */
@Service
@Transactional(readOnly = true)
public class UnitExcel implements ExcelImport {

	private static final Pattern PHONE = Pattern.compile(ContactPhones.PATTERN);

	private static final Pattern TOWN_VILLAGE = Pattern.compile("[/／]");

	private final AidUnitRepository units;

	private final VillageRepository villages;

	private final AidUnitService service;

	private final OrganizationAccess access;

	private final ExcelTexts labels;

	private final Clock clock;

	UnitExcel(AidUnitRepository units, VillageRepository villages, AidUnitService service, OrganizationAccess access,
			ExcelTexts labels, Clock clock) {
		this.units = units;
		this.villages = villages;
		this.service = service;
		this.access = access;
		this.labels = labels;
		this.clock = clock;
	}

	public ImportSheet unitSheet() {
		return ImportSheet.main(this.labels.get("excel.unit.sheet"), List.of(
				column("unit", "name", true, this.labels.get("excel.unit.example.name")),
				column("unit", "kind", true, this.labels.label("unit.kind.", UnitKind.GOVERNMENT)),
				column("unit", "phone", false, "0391-6633001"),
				column("unit", "address", false, this.labels.get("excel.unit.example.address")),
				column("unit", "villages", false, this.labels.get("excel.unit.example.villages"))));
	}

	public ImportSheet leaderSheet() {
		String unit = this.labels.get("excel.unit.example.name");
		List<ImportColumn> columns = List.of(column("leader", "unit", true, null),
				column("leader", "name", true, null), column("leader", "gender", false, null),
				column("leader", "position", true, null), column("leader", "phone", false, null),
				column("leader", "principal", false, null));
		return new ImportSheet(this.labels.get("excel.leader.sheet"), columns, false, List.of(
				List.of(unit, this.labels.get("excel.leader.example.principal"), this.labels.label("gender.", Gender.MALE),
						this.labels.get("excel.leader.example.principal-position"), "13800001234", this.labels.get("yes")),
				List.of(unit, this.labels.get("excel.leader.example.member"), this.labels.label("gender.", Gender.FEMALE),
						this.labels.get("excel.leader.example.member-position"), "13900005678", this.labels.get("no"))));
	}

	@Override
	public String templateFileName() {
		return this.labels.get("excel.unit.template-file");
	}

	public String exportFileName() {
		return this.labels.get("excel.unit.export-file", LocalDate.now(this.clock).toString());
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
		XlsxTemplate.write(target.open(), List.of(unitSheet(), leaderSheet()), this.labels.help());
	}

	/** Writes every unit of the (scoped) list, as the list is filtered, to an .xlsx. */
	public void export(UnitFilter filter, DownloadTarget target) {
		List<String> headers = List.of(this.labels.get("excel.unit.name"), this.labels.get("excel.unit.kind"),
				this.labels.get("excel.unit.phone"), this.labels.get("excel.unit.address"),
				this.labels.get("excel.unit.principal"), this.labels.get("excel.unit.village-count"),
				this.labels.get(this.access.reader().isTown() ? "excel.unit.cadre-count-town" : "excel.unit.cadre-count"),
				this.labels.get("excel.status"));
		this.service.forEach(filter, rows -> ListExport.write(target, this.labels.get("excel.unit.sheet"), headers, rows,
				u -> new Object[] { u.name(), this.labels.label("unit.kind.", u.kind()), u.phone(), u.address(),
						u.principalName(), u.villageCount(), u.cadreCount(), this.labels.status(u.active()) }));
	}

	/** Checks every row of the file and says what importing it would do; writes nothing. */
	@Override
	public ImportPlan preview(InputStream in) throws ImportFileException {
		return check(in).plan();
	}

	/**
	 * Imports the units and their leaders of an uploaded file. A unit is recognised by its name (the key): a row
	 * naming a unit already there updates it (blank optional cells, a missing or blank villages column and a missing
	 * leadership sheet keep what it has; leadership rows update the members of the same name and add the others),
	 * any other row adds a unit, which needs its leaders. When any row is wrong nothing is written, otherwise every
	 * unit with its leaders and villages is written in this one transaction.
	 */
	@Transactional
	@Override
	public ImportPlan importFile(InputStream in) throws ImportFileException {
		Checked checked = check(in);
		if (!checked.plan().succeeded()) {
			return checked.plan();
		}
		// A principal handed to another member is taken away first: at most one active principal at any time.
		boolean revoked = false;
		for (UnitLine line : checked.units()) {
			if (line.existing != null && line.action == ImportPlan.Action.UPDATE
					&& line.leaders.stream().anyMatch(LeaderLine::principal)) {
				for (UnitLeader leader : line.existing.getLeaders()) {
					if (leader.isPrincipal() && line.leaders.stream()
						.noneMatch(l -> l.principal() && lower(l.name()).equals(lower(leader.getName())))) {
						leader.revokePrincipal();
						revoked = true;
					}
				}
			}
		}
		try {
			if (revoked) {
				this.units.flush();
			}
			for (UnitLine line : checked.units()) {
				if (line.existing == null) {
					AidUnit unit = new AidUnit(line.name, line.kind);
					unit.update(line.name, line.kind, line.phone, line.address);
					for (LeaderLine leader : line.leaders) {
						unit.addLeader(leader.name, leader.gender, leader.position, leader.phone, leader.principal);
					}
					unit.linkVillages(line.villageIds);
					this.units.save(unit);
				}
				else if (line.action == ImportPlan.Action.UPDATE) {
					update(line.existing, line);
				}
			}
			this.units.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw BusinessRuleException.global("excel.import.conflict");
		}
		return checked.plan();
	}

	private static void update(AidUnit unit, UnitLine line) {
		unit.update(unit.getName(), line.kind, line.phone == null ? unit.getPhone() : line.phone,
				line.address == null ? unit.getAddress() : line.address);
		for (LeaderLine row : line.leaders) {
			Optional<UnitLeader> same = activeLeader(unit, row.name);
			if (same.isPresent()) {
				UnitLeader leader = same.get();
				leader.update(leader.getName(), row.gender == null ? leader.getGender() : row.gender, row.position,
						row.phone == null ? leader.getPhone() : row.phone, row.principal, leader.getSortOrder());
			}
			else {
				unit.addLeader(row.name, row.gender, row.position, row.phone, row.principal);
			}
		}
		if (!line.villageRefs.isEmpty()) {
			unit.linkVillages(line.villageIds);
		}
	}

	private static Optional<UnitLeader> activeLeader(AidUnit unit, String name) {
		return unit.getLeaders()
			.stream()
			.filter(l -> l.isActive() && lower(l.getName()).equals(lower(name)))
			.findFirst();
	}

	private Checked check(InputStream in) throws ImportFileException {
		this.access.officeAdmin();
		ImportSheet unitSheet = unitSheet();
		ImportSheet leaderSheet = leaderSheet();
		ImportErrors errors = new ImportErrors();
		Map<String, UnitKind> kinds = this.labels.labels(UnitKind.class, "unit.kind.");
		Map<String, Gender> genders = this.labels.labels(Gender.class, "gender.");
		Map<String, Boolean> yesNo = this.labels.yesNo();
		List<UnitLine> units = new ArrayList<>();
		List<LeaderLine> leaders = new ArrayList<>();
		try (XlsxImport file = XlsxImport.open(in)) {
			for (ImportRow row : file.read(unitSheet, errors)) {
				units.add(new UnitLine(row, row.text("name", 100), row.choice("kind", kinds), row.text("phone", 20, PHONE),
						row.text("address", 200), row.list("villages")));
			}
			for (ImportRow row : leaderRows(file, leaderSheet, errors)) {
				Boolean principal = row.choice("principal", yesNo);
				leaders.add(new LeaderLine(row, row.text("unit", 100), row.text("name", 50), row.choice("gender", genders),
						row.text("position", 50), row.text("phone", 20, PHONE), Boolean.TRUE.equals(principal)));
			}
		}
		catch (IOException ex) {
			throw new ImportFileException("excel.file.unreadable");
		}
		Map<String, UnitLine> byName = checkUnits(units);
		checkLeaders(units, leaders, byName);
		checkVillages(units);
		if (!errors.isEmpty()) {
			return new Checked(ImportPlan.rejected(errors), units);
		}
		List<ImportPlan.Line> plan = new ArrayList<>();
		for (UnitLine line : units) {
			line.action = line.existing == null ? ImportPlan.Action.CREATE
					: unchanged(line.existing, line) ? ImportPlan.Action.UNCHANGED : ImportPlan.Action.UPDATE;
			plan.add(new ImportPlan.Line(line.row.sheetName(), line.row.number(), line.name,
					this.labels.label("unit.kind.", line.kind), line.action));
		}
		return new Checked(ImportPlan.of(plan), units);
	}

	/** The leadership rows; an export of the list has no leadership sheet, which then changes no leader. */
	private static List<ImportRow> leaderRows(XlsxImport file, ImportSheet sheet, ImportErrors errors)
			throws ImportFileException {
		try {
			return file.read(sheet, errors);
		}
		catch (ImportFileException ex) {
			if ("excel.file.missing-sheet".equals(ex.messageKey())) {
				return List.of();
			}
			throw ex;
		}
	}

	private static boolean unchanged(AidUnit unit, UnitLine line) {
		boolean same = unit.getKind() == line.kind && (line.phone == null || line.phone.equals(unit.getPhone()))
				&& (line.address == null || line.address.equals(unit.getAddress()))
				&& (line.villageRefs.isEmpty() || line.villageIds.equals(unit.getVillageIds()));
		for (LeaderLine row : line.leaders) {
			Optional<UnitLeader> leader = activeLeader(unit, row.name);
			same &= leader.isPresent() && leader.get().getPosition().equals(row.position)
					&& leader.get().isPrincipal() == row.principal
					&& (row.gender == null || row.gender == leader.get().getGender())
					&& (row.phone == null || row.phone.equals(leader.get().getPhone()));
		}
		return same;
	}

	/** A unit name appears once in the file; finds the units already there (the key). */
	private Map<String, UnitLine> checkUnits(List<UnitLine> units) {
		Set<String> names = units.stream().filter(u -> u.name != null).map(u -> lower(u.name)).collect(Collectors.toSet());
		Map<String, AidUnit> existing = names.isEmpty() ? Map.of()
				: this.units.findByLowerNameIn(names)
					.stream()
					.collect(Collectors.toMap(u -> lower(u.getName()), Function.identity(), (a, b) -> a));
		Map<String, UnitLine> byName = new HashMap<>();
		for (UnitLine line : units) {
			if (line.name == null) {
				continue;
			}
			UnitLine first = byName.putIfAbsent(lower(line.name), line);
			if (first != null) {
				line.row.reject("name", "excel.duplicate-in-file", first.row.number());
			}
			else {
				line.existing = existing.get(lower(line.name));
			}
		}
		return byName;
	}

	/**
	 * Each leader belongs to a unit of the file and appears once for it; a new unit has at least one leader; each unit
	 * ends with exactly one active principal (a unit already there keeps the leaders the file does not name, and
	 * their principal unless the file marks another).
	 */
	private void checkLeaders(List<UnitLine> units, List<LeaderLine> leaders, Map<String, UnitLine> byName) {
		for (LeaderLine leader : leaders) {
			if (leader.unitName == null) {
				continue;
			}
			UnitLine unit = byName.get(lower(leader.unitName));
			if (unit == null) {
				leader.row.reject("unit", "excel.leader.unit-unknown", leader.unitName);
			}
			else if (leader.name != null && unit.leaders.stream().anyMatch(l -> lower(l.name).equals(lower(leader.name)))) {
				leader.row.reject("name", "excel.leader.twice", leader.name);
			}
			else {
				unit.leaders.add(leader);
				unit.leaderRowsValid &= leader.row.isValid();
			}
		}
		for (UnitLine unit : units) {
			if (unit.name == null || !unit.leaderRowsValid) {
				continue;
			}
			long principals = unit.leaders.stream().filter(l -> l.principal).count();
			if (unit.existing != null && principals == 0) {
				// the principal stays unless the file names them without the mark
				principals = unit.existing.getLeaders()
					.stream()
					.filter(l -> l.isActive() && l.isPrincipal())
					.filter(l -> unit.leaders.stream().noneMatch(r -> lower(r.name).equals(lower(l.getName()))))
					.count();
			}
			if (unit.existing == null && unit.leaders.isEmpty()) {
				unit.row.reject("name", "excel.unit.no-leaders");
			}
			else if (principals != 1) {
				unit.row.reject("name", "excel.unit.principals", principals);
			}
		}
	}

	/** Linked villages are written 镇/村 (or only 村 when no other town has a village of that name). */
	private void checkVillages(List<UnitLine> units) {
		Set<String> names = new LinkedHashSet<>();
		for (UnitLine unit : units) {
			for (String ref : unit.villageRefs) {
				String[] parts = TOWN_VILLAGE.split(ref, 2);
				names.add(lower(parts[parts.length - 1]));
			}
		}
		Map<String, List<VillagePick>> byName = names.isEmpty() ? Map.of()
				: this.villages.picksByLowerName(names).stream().collect(Collectors.groupingBy(p -> lower(p.name())));
		for (UnitLine unit : units) {
			for (String ref : unit.villageRefs) {
				String[] parts = TOWN_VILLAGE.split(ref, 2);
				List<VillagePick> candidates = byName.getOrDefault(lower(parts[parts.length - 1]), List.of());
				if (parts.length == 2) {
					String town = lower(parts[0]);
					candidates = candidates.stream().filter(p -> lower(p.townName()).equals(town)).toList();
				}
				if (candidates.isEmpty()) {
					unit.row.reject("villages", "excel.unit.village-unknown", ref);
				}
				else if (candidates.size() > 1) {
					unit.row.reject("villages", "excel.unit.village-ambiguous", ref);
				}
				else {
					unit.villageIds.add(candidates.get(0).id());
				}
			}
		}
	}

	private ImportColumn column(String sheet, String id, boolean required, Object example) {
		return new ImportColumn(id, this.labels.get("excel." + sheet + "." + id), required,
				this.labels.get("excel." + sheet + "." + id + ".help"), example);
	}

	private static String lower(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	/** The checked rows and the plan made from them. */
	private record Checked(ImportPlan plan, List<UnitLine> units) {
	}

	/** A unit row as read, with the unit of its key, the leaders and villages found for it and its action. */
	private static final class UnitLine {

		final ImportRow row;

		final String name;

		final UnitKind kind;

		final String phone;

		final String address;

		final List<String> villageRefs;

		final List<LeaderLine> leaders = new ArrayList<>();

		final Set<Long> villageIds = new LinkedHashSet<>();

		boolean leaderRowsValid = true;

		AidUnit existing;

		ImportPlan.Action action;

		UnitLine(ImportRow row, String name, UnitKind kind, String phone, String address, List<String> villageRefs) {
			this.row = row;
			this.name = name;
			this.kind = kind;
			this.phone = phone;
			this.address = address;
			this.villageRefs = villageRefs;
		}
	}

	/** A leader row as read. */
	private record LeaderLine(ImportRow row, String unitName, String name, Gender gender, String position,
			String phone, boolean principal) {
	}
}
