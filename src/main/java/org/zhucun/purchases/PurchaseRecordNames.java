package org.zhucun.purchases;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.purchases.domain.Purchase;
import org.zhucun.purchases.domain.PurchaseCategory;
import org.zhucun.purchases.domain.PurchaseChannel;
import org.zhucun.purchases.domain.ReservedShare;
import org.zhucun.shared.audit.AuditedRecordNames;
import org.zhucun.shared.audit.SqlRecordNames;

/**
 * The audit trail's names of the purchases' records: a purchase by its unit, date, product and amount (read from the
 * audit table, as purchases can be deleted), a reserved share by unit and year, channels and categories by name.
 */
@Configuration(proxyBeanMethods = false)
class PurchaseRecordNames {

	@Bean
	AuditedRecordNames purchaseNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Purchase.class, jdbc, messages, """
				select p.id, u.name, p.purchase_date, p.product, p.amount
				from purchase p join aid_unit u on u.id = p.unit_id where p.id in (:ids)
				union all
				select * from (select distinct on (a.id) a.id, u.name, a.purchase_date, a.product, a.amount
				               from purchase_aud a join aid_unit u on u.id = a.unit_id
				               where a.id in (:ids) and a.unit_id is not null
				               and not exists (select 1 from purchase p where p.id = a.id)
				               order by a.id, a.rev desc) deleted""",
				Map.of("unitId", "AidUnit", "villageId", "Village", "channelId", "PurchaseChannel", "categoryId",
						"PurchaseCategory"));
	}

	@Bean
	AuditedRecordNames purchaseShareNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(ReservedShare.class, jdbc, messages, """
				select s.id, u.name, s.year::text from purchase_share s join aid_unit u on u.id = s.unit_id
				where s.id in (:ids)""", Map.of("unitId", "AidUnit"));
	}

	@Bean
	AuditedRecordNames purchaseChannelNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(PurchaseChannel.class, jdbc, messages, """
				select id, name from purchase_channel where id in (:ids)
				union all
				select * from (select distinct on (a.id) a.id, a.name from purchase_channel_aud a
				               where a.id in (:ids) and a.name is not null
				               and not exists (select 1 from purchase_channel c where c.id = a.id)
				               order by a.id, a.rev desc) deleted""");
	}

	@Bean
	AuditedRecordNames purchaseCategoryNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(PurchaseCategory.class, jdbc, messages, """
				select id, name from purchase_category where id in (:ids)
				union all
				select * from (select distinct on (a.id) a.id, a.name from purchase_category_aud a
				               where a.id in (:ids) and a.name is not null
				               and not exists (select 1 from purchase_category c where c.id = a.id)
				               order by a.id, a.rev desc) deleted""");
	}
}
