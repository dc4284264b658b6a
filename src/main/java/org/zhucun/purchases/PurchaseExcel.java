package org.zhucun.purchases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.purchases.domain.BuyerKind;
import org.zhucun.purchases.domain.Destination;
import org.zhucun.purchases.domain.Purchase;
import org.zhucun.purchases.domain.PurchaseDetails;
import org.zhucun.purchases.domain.PurchaseRepository;
import org.zhucun.purchases.domain.PurchaseRules;
import org.zhucun.purchases.domain.PurchaseStatus;
import org.zhucun.purchases.domain.SellerKind;
import org.zhucun.purchases.domain.Violation;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.DownloadTarget;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.ImportColumn;
import org.zhucun.shared.excel.ImportErrors;
import org.zhucun.shared.excel.ImportFileException;
import org.zhucun.shared.excel.ImportPlan;
import org.zhucun.shared.excel.ImportRow;
import org.zhucun.shared.excel.ImportSheet;
import org.zhucun.shared.excel.XlsxImport;
import org.zhucun.shared.excel.XlsxTemplate;
import org.zhucun.shared.excel.XlsxWriter;

/**
 * Purchases in Excel (files always in Chinese, so that an export imports again): the export of the list as filtered,
 * of the reserved shares and of the overview; the import template; and the import of a unit's purchases, where every
 * row is checked by the same rules as the form and nothing is written while any row is wrong. A row that looks like
 * a purchase already recorded or earlier in the file (same unit, date, seller and amount) is refused as a likely
 * duplicate unless the uploader confirms the duplicates.
 */
@Service
@Transactional(readOnly = true)
public class PurchaseExcel {

	/** The columns of the import, in the file's order; the export writes the same and a few more. */
	static final List<String> COLUMNS = List.of("date", "town", "village", "sellerKind", "sellerName", "product",
			"category", "quantity", "measure", "amount", "channel", "destination", "buyerKind", "status", "receivedOn",
			"paidOn", "note");

	private static final Set<String> REQUIRED = Set.of("date", "town", "village", "sellerKind", "product", "category",
			"quantity", "measure", "amount", "channel", "destination", "buyerKind");

	private static final Map<String, String> FIELD_TO_COLUMN = Map.of("villageId", "village", "categoryId",
			"category", "channelId", "channel", Purchase.RECEIVED_FIELD, "receivedOn", Purchase.PAID_FIELD, "paidOn");

	private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

	private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private final PurchaseQueries queries;

	private final PurchaseAccess access;

	private final PurchaseRepository purchases;

	private final NamedParameterJdbcTemplate jdbc;

	private final ExcelTexts texts;

	private final Clock clock;

	PurchaseExcel(PurchaseQueries queries, PurchaseAccess access, PurchaseRepository purchases,
			NamedParameterJdbcTemplate jdbc, ExcelTexts texts, Clock clock) {
		this.queries = queries;
		this.access = access;
		this.purchases = purchases;
		this.jdbc = jdbc;
		this.texts = texts;
		this.clock = clock;
	}

	/** The import's sheet: its columns, with an example row. */
	public ImportSheet sheet() {
		List<ImportColumn> columns = new ArrayList<>();
		Map<String, Object> examples = Map.ofEntries(Map.entry("date", LocalDate.now(this.clock).toString()),
				Map.entry("town", this.texts.get("purchase.excel.example.town")),
				Map.entry("village", this.texts.get("purchase.excel.example.village")),
				Map.entry("sellerKind", this.texts.label("purchase.seller-kind.", SellerKind.COOPERATIVE)),
				Map.entry("sellerName", this.texts.get("purchase.excel.example.seller")),
				Map.entry("product", this.texts.get("purchase.excel.example.product")),
				Map.entry("category", this.texts.get("purchase.excel.example.category")),
				Map.entry("quantity", new BigDecimal("50")), Map.entry("measure", this.texts.get("purchase.excel.example.measure")),
				Map.entry("amount", new BigDecimal("1500.00")),
				Map.entry("channel", this.texts.get("purchase.excel.example.channel")),
				Map.entry("destination", this.texts.label("purchase.destination.", Destination.CANTEEN)),
				Map.entry("buyerKind", this.texts.label("purchase.buyer-kind.", BuyerKind.UNIT)),
				Map.entry("status", this.texts.label("purchase.status.", PurchaseStatus.ORDERED)));
		for (String id : COLUMNS) {
			columns.add(new ImportColumn(id, this.texts.get("purchase.excel." + id), REQUIRED.contains(id),
					this.texts.get("purchase.excel." + id + ".help"), examples.get(id)));
		}
		return ImportSheet.main(this.texts.get("purchase.excel.sheet"), columns);
	}

	public String templateFileName() {
		return this.texts.get("purchase.excel.template-file");
	}

	public String exportFileName() {
		return this.texts.get("purchase.excel.export-file", LocalDate.now(this.clock).toString());
	}

	public String sharesFileName(int year) {
		return this.texts.get("purchase.excel.shares-file", String.valueOf(year));
	}

	public String overviewFileName(int year) {
		return this.texts.get("purchase.excel.overview-file", String.valueOf(year));
	}

	/** @return whether the signed-in account may import (a unit administrator, the office administrator) */
	public boolean canImport() {
		return this.access.canRecord();
	}

	/** Refuses anyone who may not import. */
	public void requireImporter() {
		this.access.requireRecord();
	}

	/** Writes the template with its example row and the explanation sheet. */
	public void writeTemplate(DownloadTarget target) throws IOException {
		requireImporter();
		XlsxTemplate.write(target.open(), List.of(sheet()), this.texts.help());
	}

	/** Writes every purchase of the (scoped) list, as filtered, oldest first. */
	public void export(PurchaseFilter filter, DownloadTarget target) {
		PurchaseFilter scoped = this.access.scoped(filter);
		ImportSheet sheet = sheet();
		List<String> headers = new ArrayList<>(sheet.headers());
		headers.add(this.texts.get("purchase.excel.unit"));
		headers.add(this.texts.get("purchase.excel.counted"));
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			writer.sheet(sheet.name(), headers);
			this.queries.forEach(scoped, r -> write(writer, r.date(), r.townName(), r.villageName(),
					this.texts.label("purchase.seller-kind.", r.sellerKind()), r.sellerName(), r.product(),
					r.categoryName(), r.quantity().stripTrailingZeros(), r.measure(), r.amount(), r.channelName(),
					this.texts.label("purchase.destination.", r.destination()),
					this.texts.label("purchase.buyer-kind.", r.buyerKind()), this.texts.label("purchase.status.", r.status()),
					r.receivedOn(), r.paidOn(), r.note(), r.unitName(), this.texts.yesNo(r.status().counted())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the reserved shares and progress of the units in scope for the year. */
	public void exportShares(List<UnitProgress> rows, DownloadTarget target) {
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			writer.sheet(this.texts.get("purchase.shares.title"),
					List.of(this.texts.get("purchase.unit"), this.texts.get("purchase.share.target"),
							this.texts.get("purchase.share.exempt"), this.texts.get("purchase.share.counted"),
							this.texts.get("purchase.share.due"), this.texts.get("purchase.share.progress"),
							this.texts.get("purchase.share.behind")));
			for (UnitProgress r : rows) {
				writer.row(r.unitName(), r.target(), this.texts.yesNo(r.exempt()), r.counted(), r.dueBy(), r.progress(),
						this.texts.yesNo(r.behind()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the overview's tables, one sheet each. */
	public void exportOverview(PurchaseOverview o, List<UnitProgress> behind, DownloadTarget target) throws IOException {
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			writer.sheet(this.texts.get("purchase.overview.months"),
					List.of(this.texts.get("purchase.filter.month"), this.texts.get("purchase.overview.purchases"),
							this.texts.get("purchase.overview.counted"), this.texts.get("purchase.overview.cumulative"),
							this.texts.get("purchase.overview.due"), this.texts.get("purchase.share.progress")));
			for (PurchaseOverview.MonthTotal m : o.months()) {
				writer.row(m.month().toString(), m.purchases(), m.counted(), m.cumulative(), m.dueByMonthEnd(),
						m.progress());
			}
			writer.sheet(this.texts.get("purchase.overview.channels"),
					List.of(this.texts.get("purchase.channel"), this.texts.get("purchase.overview.purchases"),
							this.texts.get("purchase.overview.counted"), this.texts.get("purchase.overview.share")));
			for (PurchaseOverview.ChannelTotal c : o.channels()) {
				writer.row(c.name(), c.purchases(), c.counted(), c.share());
			}
			writer.sheet(this.texts.get("purchase.excel.behind-sheet"),
					List.of(this.texts.get("purchase.unit"), this.texts.get("purchase.share.target"),
							this.texts.get("purchase.share.counted"), this.texts.get("purchase.share.due"),
							this.texts.get("purchase.share.progress")));
			for (UnitProgress r : behind) {
				writer.row(r.unitName(), r.target(), r.counted(), r.dueBy(), r.progress());
			}
			writer.sheet(this.texts.get("purchase.excel.towns-sheet"),
					List.of(this.texts.get("purchase.overview.town"), this.texts.get("purchase.overview.units"),
							this.texts.get("purchase.share.target"), this.texts.get("purchase.share.counted"),
							this.texts.get("purchase.share.progress")));
			for (PurchaseOverview.TownProgress t : o.towns()) {
				writer.row(t.name(), t.units(), t.target(), t.counted(), t.progress());
			}
			writer.sheet(this.texts.get("purchase.excel.sellers-sheet"),
					List.of(this.texts.get("purchase.overview.town"), this.texts.get("purchase.overview.villages"),
							this.texts.get("purchase.overview.purchases"), this.texts.get("purchase.overview.counted")));
			for (PurchaseOverview.TownSellers t : o.sellers()) {
				writer.row(t.name(), t.villages(), t.purchases(), t.counted());
			}
		}
	}

	/**
	 * Checks every row of a file of purchases for the unit (the unit administrator's own, or the unit the office
	 * administrator chose) and says what importing it would do; writes nothing.
	 * @param allowDuplicates whether rows that look like purchases already recorded are wanted all the same
	 */
	public ImportPlan preview(InputStream in, Long chosenUnit, boolean allowDuplicates) throws ImportFileException {
		return check(in, chosenUnit, allowDuplicates).plan();
	}

	/**
	 * Imports a unit's purchases. A purchase has no key of its own, so a row is recognised by all its values: a row
	 * identical (every column) to a purchase of the unit already recorded is that purchase and is skipped as
	 * unchanged, so that the unit's own export imports again without creating anything; each recorded purchase
	 * matches one such row. Any other row creates a purchase, unless it looks like one already recorded or earlier in
	 * the file (same day, seller and amount) and the uploader has not confirmed such rows. Every row is checked
	 * first; when any is wrong nothing is written.
	 * @param allowDuplicates whether rows that look like purchases already recorded are wanted all the same
	 */
	@Transactional
	public ImportPlan importFile(InputStream in, Long chosenUnit, boolean allowDuplicates) throws ImportFileException {
		Checked checked = check(in, chosenUnit, allowDuplicates);
		if (checked.plan().succeeded()) {
			for (Line line : checked.lines()) {
				if (line.action() == ImportPlan.Action.CREATE) {
					this.purchases.save(line.purchase());
				}
			}
			this.purchases.flush();
		}
		return checked.plan();
	}

	private Checked check(InputStream in, Long chosenUnit, boolean allowDuplicates) throws ImportFileException {
		requireImporter();
		DataScope scope = this.access.current();
		// A unit's administrator imports into their own unit; naming another one is refused.
		Long unitId = chosenUnit == null && scope.isUnit() ? scope.unitId() : chosenUnit;
		if (unitId == null) {
			throw new BusinessRuleException("unitId", "purchase.error.unit-required");
		}
		this.access.write(unitId);
		LocalDate today = LocalDate.now(this.clock);
		ImportSheet sheet = sheet();
		ImportErrors errors = new ImportErrors();
		List<Candidate> candidates = new ArrayList<>();
		Map<String, SellerKind> sellerKinds = this.texts.labels(SellerKind.class, "purchase.seller-kind.");
		Map<String, Destination> destinations = this.texts.labels(Destination.class, "purchase.destination.");
		Map<String, BuyerKind> buyerKinds = this.texts.labels(BuyerKind.class, "purchase.buyer-kind.");
		Map<String, PurchaseStatus> statuses = this.texts.labels(PurchaseStatus.class, "purchase.status.");
		Map<String, Long> villages = villagesByName();
		Map<String, Long> channels = names("purchase_channel");
		Map<String, Long> categories = names("purchase_category");
		try (XlsxImport file = XlsxImport.open(in)) {
			for (ImportRow row : file.read(sheet, errors)) {
				LocalDate date = date(row, "date");
				String town = row.text("town", 50);
				String village = row.text("village", 50);
				Long villageId = null;
				if (town != null && village != null) {
					villageId = villages.get(key(town, village));
					if (villageId == null) {
						row.reject("village", "purchase.excel.village-unknown", town, village);
					}
					else if (villageId < 0) {
						row.reject("village", "purchase.error.village-not-assisted");
						villageId = null;
					}
				}
				SellerKind sellerKind = row.choice("sellerKind", sellerKinds);
				Long categoryId = reference(row, "category", categories, "purchase.error.category-unknown");
				Long channelId = reference(row, "channel", channels, "purchase.error.channel-unknown");
				PurchaseDetails details = new PurchaseDetails(unitId, date, villageId, sellerKind,
						row.raw("sellerName"), row.raw("product"), categoryId, number(row, "quantity"),
						row.raw("measure"), number(row, "amount"), channelId, row.choice("destination", destinations),
						row.choice("buyerKind", buyerKinds), row.raw("note"));
				PurchaseStatus status = row.raw("status") == null ? PurchaseStatus.ORDERED : row.choice("status", statuses);
				LocalDate received = date(row, "receivedOn");
				LocalDate paid = date(row, "paidOn");
				if (row.isValid()) {
					for (Violation v : PurchaseRules.check(details, today)) {
						if (!"unitId".equals(v.field())) {
							row.reject(FIELD_TO_COLUMN.getOrDefault(v.field(), v.field()), v.key(), v.args());
						}
					}
				}
				Purchase purchase = null;
				if (row.isValid() && status != null) {
					purchase = Purchase.order(details);
					try {
						if (status != PurchaseStatus.ORDERED) {
							purchase.receive(received, today);
						}
						if (status == PurchaseStatus.PAID) {
							purchase.pay(paid, today);
						}
					}
					catch (BusinessRuleException ex) {
						row.reject(FIELD_TO_COLUMN.getOrDefault(ex.field(), "status"), ex.messageKey(), ex.args());
						purchase = null;
					}
				}
				candidates.add(new Candidate(row, purchase));
			}
		}
		catch (IOException ex) {
			throw new ImportFileException("excel.file.unreadable");
		}
		List<Line> lines = plan(unitId, candidates, allowDuplicates);
		if (!errors.isEmpty()) {
			return new Checked(ImportPlan.rejected(errors), List.of());
		}
		return new Checked(ImportPlan.of(lines.stream()
			.map(l -> new ImportPlan.Line(l.row().sheetName(), l.row().number(), describe(l.purchase()),
					this.texts.label("purchase.status.", l.purchase().status()), l.action()))
			.toList()), lines);
	}

	/**
	 * Says what becomes of each valid row: a row identical to a recorded purchase not yet matched is that purchase
	 * (unchanged); any other row creates one, unless it looks like a purchase recorded or created earlier in the file
	 * (same day, seller and amount) and such rows are not wanted (rejected).
	 */
	private List<Line> plan(Long unitId, List<Candidate> candidates, boolean allowDuplicates) {
		List<Candidate> valid = candidates.stream().filter(c -> c.purchase() != null).toList();
		if (valid.isEmpty()) {
			return List.of();
		}
		LocalDate first = valid.stream().map(c -> c.purchase().date()).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = valid.stream().map(c -> c.purchase().date()).max(LocalDate::compareTo).orElseThrow();
		Map<String, Integer> recorded = new HashMap<>();
		Set<String> recordedLookalikes = new HashSet<>();
		this.jdbc.query("""
				select purchase_date, village_id, seller_kind, seller_name, product, category_id, quantity, measure,
				       amount, channel_id, destination, buyer_kind, status, received_on, paid_on, note
				from purchase where unit_id = :unit and purchase_date between :first and :last""",
				new MapSqlParameterSource("unit", unitId).addValue("first", Date.valueOf(first))
					.addValue("last", Date.valueOf(last)),
				rs -> {
					LocalDate date = rs.getDate("purchase_date").toLocalDate();
					recorded.merge(identity(date, rs.getLong("village_id"), rs.getString("seller_kind"),
							rs.getString("seller_name"), rs.getString("product"), rs.getLong("category_id"),
							rs.getBigDecimal("quantity"), rs.getString("measure"), rs.getBigDecimal("amount"),
							rs.getLong("channel_id"), rs.getString("destination"), rs.getString("buyer_kind"),
							rs.getString("status"), rs.getDate("received_on"), rs.getDate("paid_on"),
							rs.getString("note")), 1, Integer::sum);
					recordedLookalikes.add(lookalikeKey(date, rs.getLong("village_id"), rs.getString("seller_name"),
							rs.getBigDecimal("amount")));
				});
		Map<String, Integer> created = new HashMap<>();
		List<Line> lines = new ArrayList<>();
		for (Candidate c : valid) {
			Purchase p = c.purchase();
			String identity = identity(p);
			if (recorded.getOrDefault(identity, 0) > 0) {
				recorded.merge(identity, -1, Integer::sum);
				lines.add(new Line(c.row(), p, ImportPlan.Action.UNCHANGED));
				continue;
			}
			String lookalike = lookalikeKey(p.date(), p.villageId(), p.sellerName(), p.amount());
			Integer earlier = created.putIfAbsent(lookalike, c.row().number());
			if (!allowDuplicates && recordedLookalikes.contains(lookalike)) {
				c.row().reject(null, "purchase.excel.likely-duplicate");
			}
			else if (!allowDuplicates && earlier != null) {
				c.row().reject(null, "purchase.excel.likely-duplicate-in-file", earlier);
			}
			else {
				lines.add(new Line(c.row(), p, ImportPlan.Action.CREATE));
			}
		}
		return lines;
	}

	/** @return the purchase's every value, as one text: equal texts are the same purchase */
	private static String identity(Purchase p) {
		return identity(p.date(), p.villageId(), p.sellerKind().name(), p.sellerName(), p.product(), p.categoryId(),
				p.quantity(), p.measure(), p.amount(), p.channelId(), p.destination().name(), p.buyerKind().name(),
				p.status().name(), p.receivedOn(), p.paidOn(), p.note());
	}

	private static String identity(Object... values) {
		StringBuilder text = new StringBuilder();
		for (Object value : values) {
			String part;
			if (value == null) {
				part = "";
			}
			else if (value instanceof BigDecimal number) {
				part = number.stripTrailingZeros().toPlainString();
			}
			else if (value instanceof Date day) {
				part = day.toLocalDate().toString();
			}
			else {
				part = value.toString().strip();
			}
			text.append(part.replace("\\", "\\\\").replace("|", "\\|")).append('|');
		}
		return text.toString();
	}

	/** @return what makes two purchases look alike: the day, the seller (village and name) and the amount */
	private static String lookalikeKey(LocalDate date, Long villageId, String seller, BigDecimal amount) {
		return identity(date, villageId, seller, amount);
	}

	/** @return the row's purchase in a few words: the day, the seller and the amount */
	private String describe(Purchase p) {
		return p.date() + " " + (p.sellerName() == null ? "" : p.sellerName() + " ") + p.product() + " "
				+ p.amount().toPlainString();
	}

	/** @return town|village → id of every village; an id below zero marks a village that is not assisted */
	private Map<String, Long> villagesByName() {
		Map<String, Long> byName = new HashMap<>();
		this.jdbc.query("""
				select t.name as town, v.name as village, v.id, v.active and v.category <> 'OTHER' as assisted
				from village v join town t on t.id = v.town_id""", rs -> {
			byName.put(key(rs.getString("town"), rs.getString("village")),
					rs.getBoolean("assisted") ? rs.getLong("id") : -rs.getLong("id"));
		});
		return byName;
	}

	/** @return name (lower case) → id of the active values of a reference table */
	private Map<String, Long> names(String table) {
		Map<String, Long> byName = new HashMap<>();
		this.jdbc.query("select id, name from " + table + " where active", rs -> {
			byName.put(lower(rs.getString("name")), rs.getLong("id"));
		});
		return byName;
	}

	private static Long reference(ImportRow row, String column, Map<String, Long> known, String unknownKey) {
		String name = row.text(column, 60);
		if (name == null) {
			return null;
		}
		Long id = known.get(lower(name));
		if (id == null) {
			row.reject(column, unknownKey);
		}
		return id;
	}

	private static BigDecimal number(ImportRow row, String column) {
		String text = row.text(column, 30);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", "").replace("，", "").replace("¥", "").strip());
		}
		catch (NumberFormatException ex) {
			row.reject(column, "excel.cell.not-number");
			return null;
		}
	}

	private static LocalDate date(ImportRow row, String column) {
		String text = row.text(column, 30);
		if (text == null) {
			return null;
		}
		try {
			Matcher m = DATE.matcher(text.strip());
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			if (SERIAL.matcher(text.strip()).matches()) {
				long days = new BigDecimal(text.strip()).longValue();
				if (days >= 1 && days <= 2958465) {
					return EXCEL_EPOCH.plusDays(days);
				}
			}
		}
		catch (DateTimeException | NumberFormatException ex) {
			// reported below
		}
		row.reject(column, "purchase.excel.date-format");
		return null;
	}

	private static String key(String town, String village) {
		return lower(town) + "|" + lower(village);
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

	/** One row of the file with the purchase it makes (null while the row is wrong). */
	private record Candidate(ImportRow row, Purchase purchase) {
	}

	/** A valid row, its purchase and what the import does with it. */
	private record Line(ImportRow row, Purchase purchase, ImportPlan.Action action) {
	}

	/** The checked rows and the plan made from them. */
	private record Checked(ImportPlan plan, List<Line> lines) {
	}
}
