package org.zhucun.purchases;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhucun.purchases.domain.BuyerKind;
import org.zhucun.purchases.domain.Destination;
import org.zhucun.purchases.domain.Pace;
import org.zhucun.purchases.domain.PurchaseStatus;
import org.zhucun.purchases.domain.SellerKind;

/**
 * The purchases' SQL: lists, sums and totals, computed by the database. It reads organization's tables (aid_unit,
 * village, town, aid_unit_village) for the names and the towns' scope, the one place of this module that does so.
 * Only paid purchases (received and paid) count, by the month of the purchase's date, as in
 * {@link org.zhucun.purchases.domain.PurchaseTotals}. No scope check: the services pass the scoped filter.
 */
@Component
public class PurchaseQueries {

	static final String ROW = """
			select p.id, p.unit_id, u.name as unit_name, p.purchase_date, p.village_id, v.name as village_name,
			       v.town_id, t.name as town_name, p.seller_kind, p.seller_name, p.product, p.category_id,
			       c.name as category_name, p.quantity, p.measure, p.amount, p.channel_id, ch.name as channel_name,
			       p.destination, p.buyer_kind, p.status, p.received_on, p.paid_on, p.note, p.version
			from purchase p
			join aid_unit u on u.id = p.unit_id
			join village v on v.id = p.village_id
			join town t on t.id = v.town_id
			join purchase_category c on c.id = p.category_id
			join purchase_channel ch on ch.id = p.channel_id
			""";

	static final RowMapper<PurchaseRow> ROW_MAPPER = PurchaseQueries::row;

	private final NamedParameterJdbcTemplate jdbc;

	PurchaseQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the filtered list, newest first, with the total count. */
	public Page<PurchaseRow> search(PurchaseFilter filter, Pageable page) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		Long total = this.jdbc.queryForObject("select count(*) from purchase p join village v on v.id = p.village_id"
				+ where, params, Long.class);
		params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
		List<PurchaseRow> rows = this.jdbc.query(ROW + where
				+ " order by p.purchase_date desc, p.id desc limit :limit offset :offset", params, ROW_MAPPER);
		return new PageImpl<>(rows, page, total == null ? 0 : total);
	}

	/** The sums of the filtered list. */
	public PurchaseSums sums(PurchaseFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		return this.jdbc.queryForObject("""
				select count(*) as n, coalesce(sum(p.amount), 0) as amount,
				       coalesce(sum(p.amount) filter (where p.status = 'PAID'), 0) as counted
				from purchase p join village v on v.id = p.village_id""" + where, params,
				(rs, n) -> new PurchaseSums(rs.getLong("n"), rs.getBigDecimal("amount"), rs.getBigDecimal("counted")));
	}

	/** Streams every row of the filtered list (oldest first, as a spreadsheet is kept) to the consumer. */
	public void forEach(PurchaseFilter filter, Consumer<PurchaseRow> consumer) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		this.jdbc.query(ROW + where + " order by p.purchase_date, p.id", params, rs -> {
			consumer.accept(row(rs, 0));
		});
	}

	/** @return the purchase with its names */
	public Optional<PurchaseRow> find(Long id) {
		return this.jdbc.query(ROW + " where p.id = :id", new MapSqlParameterSource("id", id), ROW_MAPPER)
			.stream()
			.findFirst();
	}

	/** A unit's month for the monthly report, in one query. */
	public PurchaseMonth unitMonth(Long unitId, YearMonth month) {
		MapSqlParameterSource params = new MapSqlParameterSource("unit", unitId)
			.addValue("yearStart", Date.valueOf(month.atDay(1).withDayOfYear(1)))
			.addValue("monthStart", Date.valueOf(month.atDay(1)))
			.addValue("monthEnd", Date.valueOf(month.atEndOfMonth()))
			.addValue("year", month.getYear());
		return this.jdbc.queryForObject("""
				select coalesce(sum(p.amount) filter (where p.purchase_date >= :monthStart), 0) as month_total,
				       coalesce(sum(p.amount), 0) as year_total,
				       (select s.target from purchase_share s where s.unit_id = :unit and s.year = :year) as target,
				       coalesce((select s.exempt from purchase_share s where s.unit_id = :unit and s.year = :year),
				                false) as exempt
				from purchase p
				where p.unit_id = :unit and p.status = 'PAID' and p.purchase_date between :yearStart and :monthEnd
				""", params, (rs, n) -> {
			BigDecimal target = rs.getBigDecimal("target");
			boolean exempt = rs.getBoolean("exempt");
			BigDecimal ytd = rs.getBigDecimal("year_total");
			return new PurchaseMonth(rs.getBigDecimal("month_total"), ytd, exempt ? null : target, exempt,
					Pace.progress(ytd, target, exempt));
		});
	}

	/**
	 * The progress of the active units (or one unit) in a year up to the day judged, by unit name.
	 * @param unitId one unit, or null for all
	 * @param townId the units linked to a village of the town, or null for all
	 */
	public List<UnitProgress> progress(int year, LocalDate judgedOn, Long unitId, Long townId) {
		MapSqlParameterSource params = new MapSqlParameterSource("year", year)
			.addValue("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.addValue("to", Date.valueOf(judgedOn));
		StringBuilder where = new StringBuilder(" where u.active");
		if (unitId != null) {
			where.append(" and u.id = :unit");
			params.addValue("unit", unitId);
		}
		if (townId != null) {
			where.append(" and exists (select 1 from aid_unit_village l join village lv on lv.id = l.village_id"
					+ " where l.unit_id = u.id and lv.town_id = :town)");
			params.addValue("town", townId);
		}
		return this.jdbc.query("""
				select u.id, u.name, s.target, coalesce(s.exempt, false) as exempt, s.version,
				       coalesce(c.counted, 0) as counted
				from aid_unit u
				left join purchase_share s on s.unit_id = u.id and s.year = :year
				left join (select p.unit_id, sum(p.amount) as counted from purchase p
				           where p.status = 'PAID' and p.purchase_date between :from and :to group by p.unit_id) c
				       on c.unit_id = u.id""" + where + " order by u.name, u.id", params,
				(rs, n) -> progressRow(rs, judgedOn));
	}

	/** The district's counted amount per month of the year up to the day, months without purchases left out. */
	public List<Object[]> monthTotals(int year, LocalDate judgedOn) {
		return this.jdbc.query("""
				select extract(month from purchase_date)::int as m, count(*) as n, sum(amount) as counted
				from purchase where status = 'PAID' and purchase_date between :from and :to group by 1 order by 1""",
				yearParams(year, judgedOn),
				(rs, n) -> new Object[] { rs.getInt("m"), rs.getLong("n"), rs.getBigDecimal("counted") });
	}

	/** @return the sum of the year's targets of the active units that are not exempt */
	public BigDecimal districtTarget(int year) {
		return this.jdbc.queryForObject("""
				select coalesce(sum(s.target), 0) from purchase_share s join aid_unit u on u.id = s.unit_id
				where s.year = :year and u.active and not s.exempt""", new MapSqlParameterSource("year", year),
				BigDecimal.class);
	}

	/** Every channel (in the office's order) with its counted purchases in the year up to the day. */
	public List<PurchaseOverview.ChannelTotal> channelTotals(int year, LocalDate judgedOn) {
		return this.jdbc.query("""
				select ch.id, ch.name, count(p.id) as n, coalesce(sum(p.amount), 0) as counted
				from purchase_channel ch
				left join purchase p on p.channel_id = ch.id and p.status = 'PAID' and p.purchase_date between :from and :to
				group by ch.id, ch.name, ch.sort_order order by ch.sort_order, ch.name""", yearParams(year, judgedOn),
				(rs, n) -> new PurchaseOverview.ChannelTotal(rs.getLong("id"), rs.getString("name"), rs.getLong("n"),
						rs.getBigDecimal("counted"), null));
	}

	/**
	 * The progress of the active towns: the units linked to a village of the town, the sum of their targets (exempt
	 * units and units without a target left out) and of their counted amounts.
	 */
	public List<PurchaseOverview.TownProgress> townProgress(int year, LocalDate judgedOn) {
		MapSqlParameterSource params = yearParams(year, judgedOn).addValue("year", year)
			.addValue("gone", Pace.yearGone(judgedOn));
		return this.jdbc.query("""
				with counted as (select unit_id, sum(amount) as counted from purchase
				                 where status = 'PAID' and purchase_date between :from and :to group by unit_id),
				town_unit as (select distinct v.town_id, l.unit_id from aid_unit_village l
				              join village v on v.id = l.village_id join aid_unit u on u.id = l.unit_id and u.active)
				select t.id, t.name, count(tu.unit_id) as units,
				       coalesce(sum(s.target) filter (where not s.exempt), 0) as target,
				       coalesce(sum(c.counted) filter (where s.target is not null and not s.exempt), 0) as counted
				from town t
				left join town_unit tu on tu.town_id = t.id
				left join purchase_share s on s.unit_id = tu.unit_id and s.year = :year
				left join counted c on c.unit_id = tu.unit_id
				where t.active group by t.id, t.name, t.sort_order order by t.sort_order, t.name""", params, (rs, n) -> {
			BigDecimal target = rs.getBigDecimal("target");
			BigDecimal counted = rs.getBigDecimal("counted");
			BigDecimal progress = Pace.progress(counted, target, false);
			return new PurchaseOverview.TownProgress(rs.getLong("id"), rs.getString("name"), rs.getLong("units"), target, counted,
					progress, Pace.behind(progress, judgedOn));
		});
	}

	/** The active towns with the villages that sold to the units in the year up to the day. */
	public List<PurchaseOverview.TownSellers> townSellers(int year, LocalDate judgedOn) {
		return this.jdbc.query("""
				select t.id, t.name, count(distinct p.village_id) as villages, count(p.id) as n,
				       coalesce(sum(p.amount), 0) as counted
				from town t
				left join village v on v.town_id = t.id
				left join purchase p on p.village_id = v.id and p.status = 'PAID' and p.purchase_date between :from and :to
				where t.active group by t.id, t.name, t.sort_order order by t.sort_order, t.name""",
				yearParams(year, judgedOn), (rs, n) -> new PurchaseOverview.TownSellers(rs.getLong("id"), rs.getString("name"),
						rs.getLong("villages"), rs.getLong("n"), rs.getBigDecimal("counted")));
	}

	/** The active units behind their pace on the day, the furthest behind first. */
	public List<UnitProgress> behind(int year, LocalDate judgedOn) {
		return progress(year, judgedOn, null, null).stream()
			.filter(UnitProgress::behind)
			.sorted(java.util.Comparator.comparing(UnitProgress::progress).thenComparing(UnitProgress::unitName))
			.toList();
	}

	private static MapSqlParameterSource yearParams(int year, LocalDate judgedOn) {
		return new MapSqlParameterSource("from", Date.valueOf(LocalDate.of(year, 1, 1))).addValue("to",
				Date.valueOf(judgedOn));
	}

	/** @return the number of active units behind their pace on the day (one query) */
	public long behindCount(LocalDate judgedOn) {
		MapSqlParameterSource params = new MapSqlParameterSource("year", judgedOn.getYear())
			.addValue("from", Date.valueOf(judgedOn.withDayOfYear(1)))
			.addValue("to", Date.valueOf(judgedOn))
			.addValue("gone", Pace.yearGone(judgedOn));
		Long count = this.jdbc.queryForObject("""
				select count(*) from aid_unit u
				join purchase_share s on s.unit_id = u.id and s.year = :year and not s.exempt and s.target > 0
				left join (select p.unit_id, sum(p.amount) as counted from purchase p
				           where p.status = 'PAID' and p.purchase_date between :from and :to group by p.unit_id) c
				       on c.unit_id = u.id
				where u.active and round(coalesce(c.counted, 0) / s.target, 4) < :gone""", params, Long.class);
		return count == null ? 0 : count;
	}

	/**
	 * The unit administrator's home card in one query: the unit's counted amount this year up to the day, its target
	 * or exemption, and its purchases received and waiting for payment (count and amount).
	 */
	public UnitCard unitCard(Long unitId, LocalDate judgedOn) {
		MapSqlParameterSource params = new MapSqlParameterSource("unit", unitId).addValue("year", judgedOn.getYear())
			.addValue("from", Date.valueOf(judgedOn.withDayOfYear(1)))
			.addValue("to", Date.valueOf(judgedOn));
		return this.jdbc.queryForObject("""
				select coalesce(sum(p.amount) filter (where p.status = 'PAID' and p.purchase_date between :from and :to),
				                0) as counted,
				       count(*) filter (where p.status = 'RECEIVED') as waiting,
				       coalesce(sum(p.amount) filter (where p.status = 'RECEIVED'), 0) as waiting_amount,
				       (select s.target from purchase_share s where s.unit_id = :unit and s.year = :year) as target,
				       coalesce((select s.exempt from purchase_share s where s.unit_id = :unit and s.year = :year),
				                false) as exempt
				from purchase p where p.unit_id = :unit and (p.status = 'RECEIVED' or p.purchase_date between :from and :to)
				""", params, (rs, n) -> {
			BigDecimal target = rs.getBigDecimal("target");
			boolean exempt = rs.getBoolean("exempt");
			BigDecimal counted = rs.getBigDecimal("counted");
			BigDecimal progress = Pace.progress(counted, target, exempt);
			return new UnitCard(counted, exempt ? null : target, exempt, progress, Pace.behind(progress, judgedOn),
					rs.getLong("waiting"), rs.getBigDecimal("waiting_amount"));
		});
	}

	/** @return the unit's purchases received and waiting for payment: count and amount */
	public PurchaseSums waitingForPayment(Long unitId) {
		return this.jdbc.queryForObject("""
				select count(*) as n, coalesce(sum(amount), 0) as amount, 0 as counted from purchase
				where unit_id = :unit and status = 'RECEIVED'""", new MapSqlParameterSource("unit", unitId),
				(rs, n) -> new PurchaseSums(rs.getLong("n"), rs.getBigDecimal("amount"), BigDecimal.ZERO));
	}

	/** @return the first purchase of the unit on the day from the village's seller with the amount (a likely twin) */
	public Optional<Long> likelyDuplicate(Long unitId, LocalDate date, Long villageId, String sellerName,
			BigDecimal amount, Long exceptId) {
		MapSqlParameterSource params = new MapSqlParameterSource("unit", unitId).addValue("date", Date.valueOf(date))
			.addValue("village", villageId)
			.addValue("seller", sellerName == null ? "" : sellerName.strip())
			.addValue("amount", amount)
			.addValue("except", exceptId == null ? -1L : exceptId);
		return this.jdbc.queryForList("""
				select id from purchase where unit_id = :unit and purchase_date = :date and village_id = :village
				and coalesce(seller_name, '') = :seller and amount = :amount and id <> :except order by id limit 1""",
				params, Long.class).stream().findFirst();
	}

	/** @return the villages sellers may be in (registered poor and with tasks, active), with their towns */
	public List<VillageChoice> assistedVillages() {
		return this.jdbc.query("""
				select v.id, v.name, t.name as town_name from village v join town t on t.id = v.town_id
				where v.active and v.category <> 'OTHER' order by t.sort_order, t.name, v.name""",
				(rs, n) -> new VillageChoice(rs.getLong("id"), rs.getString("name"), rs.getString("town_name")));
	}

	/** @return whether the village is assisted (registered poor or with tasks) and active */
	public boolean isAssisted(Long villageId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from village where id = :id and active and category <> 'OTHER')",
				new MapSqlParameterSource("id", villageId), Boolean.class));
	}

	/** @return the town of the village */
	public Optional<Long> townOfVillage(Long villageId) {
		return this.jdbc.queryForList("select town_id from village where id = :id",
				new MapSqlParameterSource("id", villageId), Long.class).stream().findFirst();
	}

	private static String where(PurchaseFilter f, MapSqlParameterSource params) {
		List<String> parts = new ArrayList<>();
		YearMonth month = f.yearMonth();
		if (month != null) {
			parts.add("p.purchase_date between :from and :to");
			params.addValue("from", Date.valueOf(month.atDay(1))).addValue("to", Date.valueOf(month.atEndOfMonth()));
		}
		else if (f.validYear() != null) {
			parts.add("p.purchase_date between :from and :to");
			params.addValue("from", Date.valueOf(LocalDate.of(f.validYear(), 1, 1)))
				.addValue("to", Date.valueOf(LocalDate.of(f.validYear(), 12, 31)));
		}
		add(parts, params, "p.unit_id = :unit", "unit", f.unitId());
		add(parts, params, "v.town_id = :town", "town", f.townId());
		add(parts, params, "p.village_id = :village", "village", f.villageId());
		add(parts, params, "p.channel_id = :channel", "channel", f.channelId());
		add(parts, params, "p.category_id = :category", "category", f.categoryId());
		add(parts, params, "p.status = :status", "status", f.status() == null ? null : f.status().name());
		if (f.q() != null && !f.q().isBlank()) {
			parts.add("(p.product ilike :q or p.seller_name ilike :q)");
			params.addValue("q", "%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%");
		}
		return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
	}

	private static void add(List<String> parts, MapSqlParameterSource params, String clause, String name, Object value) {
		if (value != null) {
			parts.add(clause);
			params.addValue(name, value);
		}
	}

	private static UnitProgress progressRow(ResultSet rs, LocalDate judgedOn) throws SQLException {
		BigDecimal target = rs.getBigDecimal("target");
		boolean exempt = rs.getBoolean("exempt");
		BigDecimal counted = rs.getBigDecimal("counted");
		BigDecimal progress = Pace.progress(counted, target, exempt);
		long version = rs.getLong("version");
		Long shareVersion = rs.wasNull() ? null : version;
		return new UnitProgress(rs.getLong("id"), rs.getString("name"), exempt ? null : target, exempt, counted,
				progress, Pace.dueBy(target, exempt, judgedOn), Pace.behind(progress, judgedOn),
				shareVersion);
	}

	private static PurchaseRow row(ResultSet rs, int n) throws SQLException {
		Date received = rs.getDate("received_on");
		Date paid = rs.getDate("paid_on");
		return new PurchaseRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
				rs.getDate("purchase_date").toLocalDate(), rs.getLong("village_id"), rs.getString("village_name"),
				rs.getLong("town_id"), rs.getString("town_name"), SellerKind.valueOf(rs.getString("seller_kind")),
				rs.getString("seller_name"), rs.getString("product"), rs.getLong("category_id"),
				rs.getString("category_name"), rs.getBigDecimal("quantity"), rs.getString("measure"),
				rs.getBigDecimal("amount"), rs.getLong("channel_id"), rs.getString("channel_name"),
				Destination.valueOf(rs.getString("destination")), BuyerKind.valueOf(rs.getString("buyer_kind")),
				PurchaseStatus.valueOf(rs.getString("status")), received == null ? null : received.toLocalDate(),
				paid == null ? null : paid.toLocalDate(), rs.getString("note"), rs.getLong("version"));
	}
}
