package org.zhucun.purchases;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.purchases.domain.PurchaseCategory;
import org.zhucun.purchases.domain.PurchaseCategoryRepository;
import org.zhucun.purchases.domain.PurchaseChannel;
import org.zhucun.purchases.domain.PurchaseChannelRepository;
import org.zhucun.purchases.domain.ReferenceItem;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.DatabaseRules;
import org.zhucun.shared.domain.NotFoundException;

/**
 * The office's reference data of consumption aid: channels (the six of DOMAIN §8 to start) and product categories.
 * Everyone who reads purchases reads them; the office administrator adds, renames, stops and resumes them, and
 * deletes one only while no purchase uses it.
 */
@Service
@Transactional
public class ReferenceDataService {

	private static final Map<String, BusinessRuleException> RULES = Map.of("purchase_channel_name_uq",
			new BusinessRuleException("name", "purchase.reference.error.name-taken"), "purchase_category_name_uq",
			new BusinessRuleException("name", "purchase.reference.error.name-taken"));

	private final PurchaseChannelRepository channels;

	private final PurchaseCategoryRepository categories;

	private final PurchaseAccess access;

	private final NamedParameterJdbcTemplate jdbc;

	ReferenceDataService(PurchaseChannelRepository channels, PurchaseCategoryRepository categories, PurchaseAccess access,
			NamedParameterJdbcTemplate jdbc) {
		this.channels = channels;
		this.categories = categories;
		this.access = access;
		this.jdbc = jdbc;
	}

	/** @return every value of the kind, in the office's order, with whether it is used (two queries) */
	@Transactional(readOnly = true)
	public List<ReferenceRow> list(ReferenceKind kind) {
		this.access.reader();
		String column = kind == ReferenceKind.CHANNEL ? "channel_id" : "category_id";
		Set<Long> used = this.jdbc
			.queryForList("select distinct " + column + " from purchase", Map.of(), Long.class)
			.stream()
			.collect(Collectors.toSet());
		List<? extends ReferenceItem> items = kind == ReferenceKind.CHANNEL
				? this.channels.findAllByOrderBySortOrderAscNameAsc() : this.categories.findAllByOrderBySortOrderAscNameAsc();
		return items.stream()
			.map(i -> new ReferenceRow(i.getId(), i.getName(), i.getSortOrder(), i.isActive(), used.contains(i.getId()),
					i.getVersion()))
			.toList();
	}

	/** @return whether the signed-in account may change the reference data */
	@Transactional(readOnly = true)
	public boolean canEdit() {
		return this.access.current().isOfficeAdmin();
	}

	/** Adds a value; the name must be free (any case). */
	public Long add(ReferenceKind kind, String name, int sortOrder) {
		this.access.officeAdmin();
		String clean = checkName(name);
		ReferenceItem item = kind == ReferenceKind.CHANNEL ? new PurchaseChannel(clean, sortOrder) : new PurchaseCategory(clean, sortOrder);
		try {
			ReferenceItem saved = kind == ReferenceKind.CHANNEL ? this.channels.saveAndFlush((PurchaseChannel) item)
					: this.categories.saveAndFlush((PurchaseCategory) item);
			return saved.getId();
		}
		catch (DataIntegrityViolationException ex) {
			throw DatabaseRules.translate(ex, RULES);
		}
	}

	/** Renames and reorders a value. */
	public void rename(ReferenceKind kind, Long id, long version, String name, int sortOrder) {
		ReferenceItem item = load(kind, id, version);
		item.rename(checkName(name), sortOrder);
		try {
			flush(kind);
		}
		catch (DataIntegrityViolationException ex) {
			throw DatabaseRules.translate(ex, RULES);
		}
	}

	/** Stops or resumes offering a value in the forms; purchases keep it. */
	public void setActive(ReferenceKind kind, Long id, long version, boolean active) {
		load(kind, id, version).setActive(active);
	}

	/** Deletes a value that no purchase uses. */
	public void delete(ReferenceKind kind, Long id, long version) {
		ReferenceItem item = load(kind, id, version);
		boolean used = kind == ReferenceKind.CHANNEL ? this.channels.isUsed(id) : this.categories.isUsed(id);
		if (used) {
			throw BusinessRuleException.global("purchase.reference.error.used");
		}
		if (kind == ReferenceKind.CHANNEL) {
			this.channels.delete((PurchaseChannel) item);
		}
		else {
			this.categories.delete((PurchaseCategory) item);
		}
	}

	private ReferenceItem load(ReferenceKind kind, Long id, long version) {
		this.access.officeAdmin();
		ReferenceItem item = (kind == ReferenceKind.CHANNEL ? this.channels.findById(id).map(ReferenceItem.class::cast)
				: this.categories.findById(id).map(ReferenceItem.class::cast))
			.orElseThrow(() -> new NotFoundException(kind.name(), id));
		item.checkVersion(version);
		return item;
	}

	private void flush(ReferenceKind kind) {
		if (kind == ReferenceKind.CHANNEL) {
			this.channels.flush();
		}
		else {
			this.categories.flush();
		}
	}

	private static String checkName(String name) {
		if (name == null || name.isBlank()) {
			throw new BusinessRuleException("name", "purchase.reference.error.name-required");
		}
		if (name.strip().length() > 60) {
			throw new BusinessRuleException("name", "purchase.error.too-long", 60);
		}
		return name.strip();
	}
}
