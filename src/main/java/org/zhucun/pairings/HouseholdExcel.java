package org.zhucun.pairings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.ContactPhones;
import org.zhucun.pairings.HouseholdQueries.NamedVillage;
import org.zhucun.pairings.domain.CategoryRules;
import org.zhucun.pairings.domain.Household;
import org.zhucun.pairings.domain.HouseholdCategory;
import org.zhucun.pairings.domain.HouseholdRepository;
import org.zhucun.pairings.domain.MonitoredKind;
import org.zhucun.pairings.domain.RiskTag;
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

/**
 * Households in Excel: the template, the export of the list (which can be edited and imported again) and the
 * import. The key of the import is the household's number (户编号): a row whose number is in the register updates
 * that household, any other row registers a new one. Every row is checked before anything is written; a preview
 * says what would be created, updated and left unchanged before the user confirms. On an update, a blank optional
 * cell leaves the value as it is; members are kept (they are entered on the household's page).
 */
@Service
@Transactional(readOnly = true)
public class HouseholdExcel {

	static final String PREFIX = "pairings.excel.household.";

	private static final Pattern PHONE = Pattern.compile(ContactPhones.PATTERN);

	private static final BigDecimal MAX_INCOME = new BigDecimal("9999999");

	/** The columns of the list's export after the importable ones, read-only facts. */
	private static final List<String> EXPORT_EXTRAS = List.of("pairings.household.members", "pairings.cadre",
			"pairings.unit", "pairings.household.last-contact", "pairings.household.last-home-visit",
			"pairings.overdue");

	/** The importable columns the export writes (the head's phone and income sources are not exported). */
	private static final List<String> EXPORTED = List.of("code", "town", "village", "head", "category", "kind", "risks",
			"incomeYear", "income");

	/** What an import does with a row. */
	public enum Action {
		CREATE, UPDATE, UNCHANGED
	}

	/** A row of the preview: its number in the file, the household and what will happen. */
	public record PlanLine(int row, String code, String headName, String villageName, Action action) {
	}

	/**
	 * What an import would do (or did): the row errors (nothing written when there are any), and otherwise the
	 * number of households created, updated and unchanged, with the first lines.
	 */
	public record Plan(ImportResult result, int created, int updated, int unchanged, List<PlanLine> lines) {

		/** How many lines of the plan a preview shows. */
		public static final int SHOWN = 200;

		public boolean succeeded() {
			return this.result.succeeded();
		}

		public int rows() {
			return this.created + this.updated + this.unchanged;
		}
	}

	private final HouseholdRepository households;

	private final HouseholdQueries queries;

	private final HouseholdService service;

	private final ScopeService scopes;

	private final ExcelTexts texts;

	private final HouseholdImportUploads uploads;

	private final Clock clock;

	HouseholdExcel(HouseholdRepository households, HouseholdQueries queries, HouseholdService service,
			ScopeService scopes, ExcelTexts texts, HouseholdImportUploads uploads, Clock clock) {
		this.households = households;
		this.uploads = uploads;
		this.queries = queries;
		this.service = service;
		this.scopes = scopes;
		this.texts = texts;
		this.clock = clock;
	}

	public ImportSheet sheet() {
		int lastYear = LocalDate.now(this.clock).getYear() - 1;
		return ImportSheet.main(this.texts.get(PREFIX + "sheet"), List.of(column("code", true, "JY-0001"),
				column("town", true, this.texts.get(PREFIX + "example.town")),
				column("village", true, this.texts.get(PREFIX + "example.village")),
				column("head", true, this.texts.get(PREFIX + "example.head")), column("phone", false, "13800001111"),
				column("category", true, this.texts.label("pairings.category.", HouseholdCategory.MONITORED)),
				column("kind", false, this.texts.label("pairings.kind.", MonitoredKind.MARGINAL)),
				column("risks", false, this.texts.label("pairings.risk.", RiskTag.ILLNESS) + "、"
						+ this.texts.label("pairings.risk.", RiskTag.HOUSING)),
				column("sources", false, this.texts.get(PREFIX + "example.sources")),
				column("incomeYear", false, lastYear), column("income", false, 8600)));
	}

	public String templateFileName() {
		return this.texts.get(PREFIX + "template-file");
	}

	public String exportFileName() {
		return this.texts.get("pairings.excel.households-file", LocalDate.now(this.clock).toString());
	}

	/** Refuses (403) anyone who may not import households: the office administrator and town officials may. */
	public void requireImporter() {
		this.service.requireCreate();
	}

	public void writeTemplate(DownloadTarget target) throws IOException {
		requireImporter();
		XlsxTemplate.write(target.open(), List.of(sheet()), this.texts.help());
	}

	/** Writes the households of the (scoped, filtered) list: the importable columns first, then read-only facts. */
	public void export(HouseholdFilter filter, DownloadTarget target) throws IOException {
		ImportSheet sheet = sheet();
		List<String> headers = new ArrayList<>(EXPORTED.stream().map(sheet::header).toList());
		EXPORT_EXTRAS.forEach(key -> headers.add(this.texts.get(key)));
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			writer.sheet(sheet.name(), headers);
			this.service.forEach(filter, h -> {
				try {
					writer.row(h.code(), h.townName(), h.villageName(), h.headName(),
							this.texts.label("pairings.category.", h.category()),
							this.texts.label("pairings.kind.", h.monitoredKind()),
							h.risks().stream().map(r -> this.texts.label("pairings.risk.", r)).collect(Collectors.joining("、")),
							h.incomeYear(), h.income(), h.memberCount(), h.cadreName(), h.unitName(), h.lastContactOn(),
							h.lastHomeVisitOn(), this.texts.yesNo(h.overdue()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	/** A checked file: what importing it would do and, when it has no error, the token that confirms it. */
	public record Preview(Plan plan, UUID token) {
	}

	/**
	 * Reads and checks the file and says what importing it would do, writing no household; a file without errors is
	 * kept for {@link #confirm} under the returned token.
	 */
	@Transactional
	public Preview preview(byte[] file) throws ImportFileException {
		Plan plan = plan(new ByteArrayInputStream(file)).plan;
		UUID token = plan.succeeded() ? this.uploads.keep(this.scopes.current().accountId(), file) : null;
		return new Preview(plan, token);
	}

	/**
	 * Imports the file previewed under the token (checked again: the register may have changed since).
	 * @return what was done, or empty when the account has no such file (already imported, or too old)
	 */
	@Transactional
	public Optional<Plan> confirm(UUID token) throws ImportFileException {
		requireImporter();
		Optional<byte[]> file = this.uploads.find(this.scopes.current().accountId(), token);
		if (file.isEmpty()) {
			return Optional.empty();
		}
		Plan plan = importFile(new ByteArrayInputStream(file.get()));
		if (plan.succeeded()) {
			this.uploads.remove(token);
		}
		return Optional.of(plan);
	}

	/**
	 * Imports the file: when any row is wrong nothing is written; otherwise every row is created or updated in this
	 * one transaction.
	 */
	@Transactional
	public Plan importFile(InputStream in) throws ImportFileException {
		Checked checked = plan(in);
		if (!checked.plan.succeeded()) {
			return checked.plan;
		}
		LocalDate today = LocalDate.now(this.clock);
		String reason = this.texts.get(PREFIX + "category-reason");
		for (Line line : checked.lines) {
			if (line.action == Action.CREATE) {
				Household h = new Household(line.code, line.village.id(), line.head, line.phone, line.category,
						line.kind, today);
				h.describe(line.code, line.village.id(), line.head, line.phone,
						line.risks == null ? EnumSet.noneOf(RiskTag.class) : line.risks, line.sources, List.of());
				if (line.income != null) {
					h.recordIncome(line.incomeYear, line.income);
				}
				this.households.save(h);
			}
			else if (line.action == Action.UPDATE) {
				Household h = line.existing;
				h.changeCategory(line.category, line.kind, today, reason);
				h.describe(h.getCode(), line.village.id(), line.head, line.phone == null ? h.getHeadPhone() : line.phone,
						line.risks == null ? h.getRiskTags() : line.risks,
						line.sources == null ? h.getIncomeSources() : line.sources, h.getMembers());
				if (line.income != null) {
					h.recordIncome(line.incomeYear, line.income);
				}
			}
		}
		try {
			this.households.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw BusinessRuleException.global("excel.import.conflict");
		}
		return checked.plan;
	}

	private Checked plan(InputStream in) throws ImportFileException {
		requireImporter();
		DataScope scope = this.scopes.current();
		ImportSheet sheet = sheet();
		ImportErrors errors = new ImportErrors();
		int thisYear = LocalDate.now(this.clock).getYear();
		Map<String, HouseholdCategory> categories = this.texts.labels(HouseholdCategory.class, "pairings.category.");
		Map<String, MonitoredKind> kinds = this.texts.labels(MonitoredKind.class, "pairings.kind.");
		Map<String, RiskTag> riskLabels = this.texts.labels(RiskTag.class, "pairings.risk.");
		List<Line> lines = new ArrayList<>();
		try (XlsxImport file = XlsxImport.open(in)) {
			for (ImportRow row : file.read(sheet, errors)) {
				Line line = new Line(row);
				line.code = row.text("code", 30);
				line.townName = row.text("town", 50);
				line.villageName = row.text("village", 50);
				line.head = row.text("head", 50);
				line.phone = row.text("phone", 20, PHONE);
				line.category = row.choice("category", categories);
				line.kind = row.choice("kind", kinds);
				line.risks = risks(row, riskLabels);
				line.sources = row.text("sources", 200);
				line.incomeYear = row.integer("incomeYear", 2000, thisYear);
				line.income = row.decimal("income", BigDecimal.ZERO, MAX_INCOME, 2);
				if ((row.raw("incomeYear") == null) != (row.raw("income") == null)) {
					row.reject("income", "pairings.household.income.both");
				}
				if (line.category != null && (row.raw("kind") == null || line.kind != null)
						&& !CategoryRules.kindFits(line.category, line.kind)) {
					row.reject("kind", CategoryRules.KIND_REQUIRED);
				}
				lines.add(line);
			}
		}
		catch (IOException ex) {
			throw new ImportFileException("excel.file.unreadable");
		}
		checkReferences(lines, scope);
		if (!errors.isEmpty()) {
			return new Checked(new Plan(ImportResult.rejected(errors), 0, 0, 0, List.of()), lines);
		}
		int[] counts = new int[Action.values().length];
		List<PlanLine> shown = new ArrayList<>();
		for (Line line : lines) {
			counts[line.action.ordinal()]++;
			if (shown.size() < Plan.SHOWN) {
				shown.add(new PlanLine(line.row.number(), line.code, line.head, line.village.name(), line.action));
			}
		}
		return new Checked(new Plan(ImportResult.imported(lines.size()), counts[Action.CREATE.ordinal()],
				counts[Action.UPDATE.ordinal()], counts[Action.UNCHANGED.ordinal()], shown), lines);
	}

	/** @return the risk tags of the cell; {@code null} when blank (an update keeps the household's) */
	private static Set<RiskTag> risks(ImportRow row, Map<String, RiskTag> labels) {
		if (row.raw("risks") == null) {
			return null;
		}
		Set<RiskTag> risks = EnumSet.noneOf(RiskTag.class);
		for (String item : row.list("risks")) {
			RiskTag tag = labels.get(item);
			if (tag == null) {
				row.reject("risks", "excel.cell.not-allowed", String.join("、", labels.keySet()));
				return null;
			}
			risks.add(tag);
		}
		return risks;
	}

	/**
	 * Finds each row's village (a town official: only the town's) and the household of its number, checks the
	 * category against the household's history and decides what the row does.
	 */
	private void checkReferences(List<Line> lines, DataScope scope) {
		List<NamedVillage> all = this.queries.namedVillages();
		Map<String, NamedVillage> villages = all.stream()
			.collect(Collectors.toMap(v -> key(v.townName(), v.name()), Function.identity(), (a, b) -> a));
		Map<Long, NamedVillage> villagesById = all.stream()
			.collect(Collectors.toMap(NamedVillage::id, Function.identity()));
		List<String> codes = lines.stream().filter(l -> l.code != null).map(l -> lower(l.code)).distinct().toList();
		Map<String, Household> existing = new HashMap<>();
		for (int i = 0; i < codes.size(); i += 1000) {
			this.households.findByLowerCodeIn(codes.subList(i, Math.min(codes.size(), i + 1000)))
				.forEach(h -> existing.put(lower(h.getCode()), h));
		}
		Map<String, Integer> seen = new HashMap<>();
		for (Line line : lines) {
			if (line.townName != null && line.villageName != null) {
				line.village = villages.get(key(line.townName, line.villageName));
				if (line.village == null || !line.village.active()) {
					line.row.reject("village", PREFIX + "village.unknown", line.townName, line.villageName);
				}
				else if (scope.isTown() && line.village.townId() != scope.townId()) {
					line.row.reject("village", PREFIX + "village.other-town", line.townName);
				}
			}
			if (line.code == null) {
				continue;
			}
			Integer first = seen.putIfAbsent(lower(line.code), line.row.number());
			if (first != null) {
				line.row.reject("code", "excel.duplicate-in-file", first);
				continue;
			}
			line.existing = existing.get(lower(line.code));
			if (line.existing != null && scope.isTown()) {
				NamedVillage now = villagesById.get(line.existing.getVillageId());
				if (now == null || now.townId() != scope.townId()) {
					line.row.reject("code", PREFIX + "code.other-town");
					continue;
				}
			}
			if (line.category == null || !CategoryRules.kindFits(line.category, line.kind)) {
				continue;
			}
			if (line.existing == null) {
				if (!CategoryRules.allowsRegistration(line.category, line.kind)) {
					line.row.reject("category", CategoryRules.NOT_ALLOWED);
				}
				line.action = Action.CREATE;
			}
			else {
				Household h = line.existing;
				boolean sameCategory = h.getCategory() == line.category && h.getMonitoredKind() == line.kind;
				if (!sameCategory && !CategoryRules.allowsChange(h.categoryHistory(), line.category, line.kind)) {
					line.row.reject("category", CategoryRules.NOT_ALLOWED);
				}
				line.action = line.village != null && unchanged(h, line, sameCategory) ? Action.UNCHANGED : Action.UPDATE;
			}
		}
	}

	private static boolean unchanged(Household h, Line line, boolean sameCategory) {
		return sameCategory && h.getVillageId() == line.village.id() && h.getHeadName().equals(line.head)
				&& (line.phone == null || line.phone.equals(h.getHeadPhone()))
				&& (line.risks == null || line.risks.equals(h.getRiskTags()))
				&& (line.sources == null || line.sources.equals(h.getIncomeSources()))
				&& (line.income == null || h.getIncomes()
					.stream()
					.anyMatch(i -> i.getYear() == line.incomeYear && i.getPerPerson().compareTo(line.income) == 0));
	}

	private ImportColumn column(String id, boolean required, Object example) {
		return new ImportColumn(id, this.texts.get(PREFIX + id), required, this.texts.get(PREFIX + id + ".help"),
				example);
	}

	private static String key(String town, String village) {
		return lower(town) + "|" + lower(village);
	}

	private static String lower(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	/** The checked rows and the plan made from them. */
	private record Checked(Plan plan, List<Line> lines) {
	}

	/** One row of the file as read, with its village, the household of its number and its action. */
	private static final class Line {

		final ImportRow row;

		String code;

		String townName;

		String villageName;

		String head;

		String phone;

		HouseholdCategory category;

		MonitoredKind kind;

		Set<RiskTag> risks;

		String sources;

		Integer incomeYear;

		BigDecimal income;

		NamedVillage village;

		Household existing;

		Action action;

		Line(ImportRow row) {
			this.row = row;
		}
	}
}
