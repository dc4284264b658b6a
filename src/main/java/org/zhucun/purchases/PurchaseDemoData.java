package org.zhucun.purchases;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.zhucun.purchases.domain.Pace;
import org.zhucun.shared.platform.DemoData;

/**
 * Consumption aid's demo records, set-based ({@code insert … select} over {@code generate_series}, pseudo-random
 * numbers from hashes of row numbers, the same on every machine): a year of purchases up to the load day for every
 * active unit (24 each in the demo district, 50 in the city) across channels, categories and statuses (older ones
 * paid, the last three weeks mixed), and this year's reserved shares: most units on pace, about one in six behind,
 * a few unset, two exempt, and {@code unit}'s 示范区财政金融局 at about 70 % of its target.
 */
@Component
@Profile("demo")
class PurchaseDemoData implements DemoData {

	/** Purchases per unit in the demo district. */
	static final int DISTRICT_PER_UNIT = 24;

	/** Purchases per unit in the city. */
	static final int CITY_PER_UNIT = 50;

	/** The progress of the demo unit admin's unit. */
	static final BigDecimal UNIT_PROGRESS = new BigDecimal("0.70");

	private static final String AUDIT = "now(), 'demo', now(), 'demo'";

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void load(Context context) {
		int perUnit = context.scale() == Scale.CITY ? CITY_PER_UNIT : DISTRICT_PER_UNIT;
		LocalDate today = context.today();
		long seed = context.seed();
		String day = "date '" + today + "'";
		context.jdbc().execute("""
				create temp table demo_purchase on commit drop as
				with units as (select id, row_number() over (order by id) as ui from aid_unit where active),
				assisted as (select array_agg(id order by id) as ids from village where active and category <> 'OTHER'),
				linked as (select l.unit_id, array_agg(l.village_id order by l.village_id) as ids
				           from aid_unit_village l join village v on v.id = l.village_id
				           where v.active and v.category <> 'OTHER' group by l.unit_id),
				ch as (select array_agg(id order by sort_order, id) as ids from purchase_channel where active),
				cat as (select array_agg(id order by sort_order, id) as ids from purchase_category where active),
				rows as (select u.id as unit_id, u.ui * 1000 + k as h, least(364, k * (365 / %1$d)
				                + %2$s) as age
				         from units u cross join generate_series(0, %1$d - 1) k)
				select r.unit_id, r.h, r.age, %3$s - r.age as purchase_date,
				       case when l.ids is not null and %4$s < 7 then l.ids[1 + ((hashint8extended(r.h, %13$d + 3) & 1073741823) %% cardinality(l.ids))::int]
				            else a.ids[1 + ((hashint8extended(r.h, %13$d + 4) & 1073741823) %% cardinality(a.ids))::int] end as village_id,
				       ch.ids[1 + (array[0, 0, 1, 2, 3, 3, 4, 4, 4, 5, 5, 5])[1 + %5$s]] as channel_id,
				       %6$s as ci, cat.ids as cats, %7$s as seller_roll, %8$s as status_roll,
				       %9$s as received_after, %10$s as paid_after, 5 + %11$s as quantity, %12$s as price_roll
				from rows r cross join assisted a cross join ch cross join cat
				left join linked l on l.unit_id = r.unit_id
				""".formatted(perUnit, rnd("(u.ui * 1000 + k)", seed + 1, 365 / perUnit), day, rnd("r.h", seed + 2, 10),
				rnd("r.h", seed + 5, 12), rnd("r.h", seed + 6, 7), rnd("r.h", seed + 10, 100), rnd("r.h", seed + 13, 100),
				rnd("r.h", seed + 14, 4), rnd("r.h", seed + 15, 8), rnd("r.h", seed + 8, 200), rnd("r.h", seed + 9, 41),
				seed));
		context.jdbc().update("""
				insert into purchase (unit_id, purchase_date, village_id, seller_kind, seller_name, product, category_id,
				    quantity, measure, amount, channel_id, destination, buyer_kind, status, received_on, paid_on,
				    created_at, created_by, modified_at, modified_by)
				select d.unit_id, d.purchase_date, d.village_id,
				       case when d.seller_roll < 30 then 'VILLAGE' when d.seller_roll < 75 then 'COOPERATIVE' else 'HOUSEHOLD' end,
				       case when d.seller_roll < 30 then null
				            when d.seller_roll < 75 then v.name || (array['种植专业合作社', '养殖专业合作社', '农副产品专业合作社'])[1 + d.h %% 3]
				            else (array['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'])[1 + d.h %% 10]
				                 || (array['建国', '秀英', '桂兰', '国强', '玉梅', '德胜', '春花', '志刚'])[1 + (d.h / 10) %% 8] end,
				       (array['小麦粉', '菜籽油', '大米', '白菜', '土豆', '萝卜', '苹果', '猕猴桃', '冬桃', '土鸡蛋', '黑猪肉',
				              '散养鸡', '核桃', '小米', '花椒', '冬凌草茶', '蜂蜜', '红薯粉条', '手工布鞋', '竹编篮', '农家醋'])
				              [d.ci * 3 + 1 + (d.h / 7) %% 3],
				       d.cats[1 + least(d.ci, cardinality(d.cats) - 1)], d.quantity,
				       (array['公斤', '公斤', '公斤', '公斤', '公斤', '箱', '件'])[1 + d.ci],
				       round(d.quantity * (array[6.5, 3.2, 8.0, 28.0, 18.0, 45.0, 60.0])[1 + d.ci] * (80 + d.price_roll) / 100.0, 2),
				       d.channel_id,
				       (array['CANTEEN', 'CANTEEN', 'CANTEEN', 'OFFICE', 'SCHOOL', 'COMMUNITY', 'SUPERMARKET'])[1 + d.h %% 7],
				       (array['UNIT', 'UNIT', 'UNIT', 'UNION', 'UNION', 'STAFF'])[1 + (d.h / 3) %% 6],
				       s.status,
				       case when s.status = 'ORDERED' then null else d.purchase_date + least(d.received_after, d.age) end,
				       case when s.status = 'PAID' then d.purchase_date + least(d.received_after, d.age)
				            + least(d.paid_after, d.age - least(d.received_after, d.age)) end,
				       %s
				from demo_purchase d join village v on v.id = d.village_id
				cross join lateral (select case when d.age > 20 then case when d.status_roll < 97 then 'PAID' else 'RECEIVED' end
				                                when d.status_roll < 35 then 'ORDERED' when d.status_roll < 65 then 'RECEIVED'
				                                else 'PAID' end as status) s
				order by d.purchase_date, d.unit_id, d.h
				""".formatted(AUDIT));
		writeShares(context, today, seed);
	}

	private static void writeShares(Context context, LocalDate today, long seed) {
		BigDecimal gone = Pace.yearGone(today);
		context.jdbc().update("""
				insert into purchase_share (unit_id, year, target, exempt, created_at, created_by, modified_at, modified_by)
				with units as (select u.id, row_number() over (order by u.id) as ui,
				                      u.id = (select a.unit_id from account a where a.username = 'unit') as demo
				               from aid_unit u where u.active),
				last_two as (select id from units where not demo order by id desc limit 2),
				counted as (select unit_id, sum(amount) as ytd from purchase
				            where status = 'PAID' and purchase_date between date '%1$s' and date '%2$s' group by unit_id)
				select u.id, %3$d,
				       case when u.id in (select id from last_two) then null
				            when coalesce(c.ytd, 0) = 0 then 30000
				            when u.demo then greatest(100, round(c.ytd / %4$s, -2))
				            when %5$s = 0 then greatest(100, round(c.ytd / (%6$s * (55 + %7$s) / 100.0), -2))
				            else greatest(100, round(c.ytd / (%6$s * (105 + %8$s) / 100.0), -2)) end,
				       u.id in (select id from last_two),
				       %9$s
				from units u left join counted c on c.unit_id = u.id
				where u.demo or u.id in (select id from last_two) or %10$s <> 0
				""".formatted(today.withDayOfYear(1), today, today.getYear(), UNIT_PROGRESS.toPlainString(),
				rnd("u.ui", seed + 21, 6), gone.toPlainString(), rnd("u.ui", seed + 22, 26), rnd("u.ui", seed + 23, 31),
				AUDIT, rnd("u.ui", seed + 20, 15)));
	}

	/** @return SQL for a pseudo-random whole number in [0, n) from the hash of {@code key} with the seed */
	private static String rnd(String key, long seed, int n) {
		return "((hashint8extended(" + key + ", " + seed + ") & 1073741823) % " + n + ")::int";
	}
}
