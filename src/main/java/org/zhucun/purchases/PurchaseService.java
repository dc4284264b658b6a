package org.zhucun.purchases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.purchases.domain.PurchaseCategory;
import org.zhucun.purchases.domain.PurchaseCategoryRepository;
import org.zhucun.purchases.domain.PurchaseChannel;
import org.zhucun.purchases.domain.PurchaseChannelRepository;
import org.zhucun.purchases.domain.Purchase;
import org.zhucun.purchases.domain.PurchaseDetails;
import org.zhucun.purchases.domain.PurchaseRepository;
import org.zhucun.purchases.domain.PurchaseRules;
import org.zhucun.purchases.domain.PurchaseStatus;
import org.zhucun.purchases.domain.Violation;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.Paging;

/**
 * Purchases (DOMAIN §8): recording and changing them within scope, the steps ordered → received → paid (dated,
 * forward only, back only by the office), deleting an ordered one, the lists and their sums.
 */
@Service
@Transactional
public class PurchaseService {

	/** Form field of the buying unit (the office chooses it). */
	public static final String UNIT_FIELD = "unitId";

	private final PurchaseRepository purchases;

	private final PurchaseChannelRepository channels;

	private final PurchaseCategoryRepository categories;

	private final PurchaseQueries queries;

	private final PurchaseAccess access;

	private final Organization organization;

	private final Clock clock;

	PurchaseService(PurchaseRepository purchases, PurchaseChannelRepository channels, PurchaseCategoryRepository categories,
			PurchaseQueries queries, PurchaseAccess access, Organization organization, Clock clock) {
		this.purchases = purchases;
		this.channels = channels;
		this.categories = categories;
		this.queries = queries;
		this.access = access;
		this.organization = organization;
		this.clock = clock;
	}

	/** @return whether the signed-in account may record purchases */
	@Transactional(readOnly = true)
	public boolean canRecord() {
		return this.access.canRecord();
	}

	/** @return the unit the signed-in account records for, or null when it chooses (the office) */
	@Transactional(readOnly = true)
	public Long fixedUnit() {
		DataScope scope = this.access.current();
		return scope.isUnit() ? scope.unitId() : null;
	}

	/**
	 * Records a new ordered purchase.
	 * @return its id
	 * @throws PurchaseInputException with every broken rule, beside its field
	 */
	public Long record(PurchaseDetails entered) {
		this.access.requireRecord();
		PurchaseDetails details = withUnit(entered);
		throwIfAny(violations(details, null));
		return this.purchases.save(Purchase.order(details)).getId();
	}

	/** Changes a purchase's values; its unit stays. */
	public void update(Long id, long version, PurchaseDetails entered) {
		Purchase purchase = loadForWrite(id, version);
		if (purchase.status() == PurchaseStatus.PAID && !this.access.current().isOfficeAdmin()) {
			throw BusinessRuleException.global("purchase.error.paid-locked");
		}
		PurchaseDetails details = new PurchaseDetails(purchase.unitId(), entered.date(), entered.villageId(),
				entered.sellerKind(), entered.sellerName(), entered.product(), entered.categoryId(), entered.quantity(),
				entered.measure(), entered.amount(), entered.channelId(), entered.destination(), entered.buyerKind(),
				entered.note());
		throwIfAny(violations(details, purchase));
		purchase.update(details);
	}

	/** Marks the purchase received on the day. */
	public void receive(Long id, long version, LocalDate on) {
		loadForWrite(id, version).receive(on, today());
	}

	/** Marks the purchase paid on the day (it must have been received). */
	public void pay(Long id, long version, LocalDate on) {
		loadForWrite(id, version).pay(on, today());
	}

	/** Moves the purchase one step back: the office administrator only. */
	public void stepBack(Long id, long version) {
		Purchase purchase = loadForWrite(id, version);
		purchase.stepBack(this.access.current().isOfficeAdmin());
	}

	/** Deletes an ordered purchase (a mistake); received or paid ones are moved back by the office first. */
	public void delete(Long id, long version) {
		Purchase purchase = loadForWrite(id, version);
		if (purchase.status() != PurchaseStatus.ORDERED) {
			throw BusinessRuleException.global("purchase.error.delete-ordered-only");
		}
		this.purchases.delete(purchase);
	}

	/** @return the purchase as the signed-in account may see it */
	@Transactional(readOnly = true)
	public PurchaseRow get(Long id) {
		PurchaseRow row = this.queries.find(id).orElseThrow(() -> new NotFoundException("purchase", id));
		this.access.read(row);
		return row;
	}

	/** @return whether the signed-in account may change the purchase */
	@Transactional(readOnly = true)
	public boolean canWrite(PurchaseRow row) {
		return this.access.canWrite(this.access.current(), row.unitId());
	}

	/** @return whether the signed-in account may change the purchase's values (a paid one: the office only) */
	@Transactional(readOnly = true)
	public boolean canEdit(PurchaseRow row) {
		DataScope scope = this.access.current();
		return this.access.canWrite(scope, row.unitId()) && (row.status() != PurchaseStatus.PAID || scope.isOfficeAdmin());
	}

	/** @return one page of the list within scope */
	@Transactional(readOnly = true)
	public Page<PurchaseRow> search(PurchaseFilter filter, int page) {
		return this.queries.search(this.access.scoped(filter), Paging.page(page));
	}

	/** @return the sums of the list within scope */
	@Transactional(readOnly = true)
	public PurchaseSums sums(PurchaseFilter filter) {
		return this.queries.sums(this.access.scoped(filter));
	}

	/** @return the active channels, in the office's order */
	@Transactional(readOnly = true)
	public List<Choice> channelChoices() {
		return this.channels.findAllByOrderBySortOrderAscNameAsc()
			.stream()
			.filter(PurchaseChannel::isActive)
			.map(c -> new Choice(c.getId(), c.getName()))
			.toList();
	}

	/** @return the active categories, in the office's order */
	@Transactional(readOnly = true)
	public List<Choice> categoryChoices() {
		return this.categories.findAllByOrderBySortOrderAscNameAsc()
			.stream()
			.filter(PurchaseCategory::isActive)
			.map(c -> new Choice(c.getId(), c.getName()))
			.toList();
	}

	/** @return the villages sellers may be in */
	@Transactional(readOnly = true)
	public List<VillageChoice> villageChoices() {
		return this.queries.assistedVillages();
	}

	/** @return the units the office may choose */
	@Transactional(readOnly = true)
	public List<Choice> unitChoices() {
		return this.organization.unitChoices();
	}

	/**
	 * Every broken rule of the values: the values themselves, then the references (an active unit, a village that
	 * is assisted, a known channel and category in use). A purchase being changed may keep a channel or category
	 * the office has since stopped using.
	 */
	List<Violation> violations(PurchaseDetails d, Purchase existing) {
		List<Violation> found = new ArrayList<>(PurchaseRules.check(d, today()));
		if (d.unitId() == null) {
			found.add(0, new Violation(UNIT_FIELD, "purchase.error.unit-required"));
		}
		else if (existing == null && this.organization.unit(d.unitId()).filter(u -> u.active()).isEmpty()) {
			found.add(0, new Violation(UNIT_FIELD, "purchase.error.unit-unknown"));
		}
		if (d.villageId() != null && !this.queries.isAssisted(d.villageId())
				&& (existing == null || !d.villageId().equals(existing.villageId()))) {
			found.add(new Violation("villageId", "purchase.error.village-not-assisted"));
		}
		if (d.channelId() != null) {
			Optional<PurchaseChannel> channel = this.channels.findById(d.channelId());
			boolean kept = existing != null && d.channelId().equals(existing.channelId());
			if (channel.isEmpty() || (!channel.get().isActive() && !kept)) {
				found.add(new Violation("channelId", "purchase.error.channel-unknown"));
			}
		}
		if (d.categoryId() != null) {
			Optional<PurchaseCategory> category = this.categories.findById(d.categoryId());
			boolean kept = existing != null && d.categoryId().equals(existing.categoryId());
			if (category.isEmpty() || (!category.get().isActive() && !kept)) {
				found.add(new Violation("categoryId", "purchase.error.category-unknown"));
			}
		}
		return found;
	}

	private PurchaseDetails withUnit(PurchaseDetails d) {
		Long unit = fixedUnit();
		if (unit == null) {
			if (d.unitId() != null) {
				this.access.write(d.unitId());
			}
			return d;
		}
		return new PurchaseDetails(unit, d.date(), d.villageId(), d.sellerKind(), d.sellerName(), d.product(),
				d.categoryId(), d.quantity(), d.measure(), d.amount(), d.channelId(), d.destination(), d.buyerKind(),
				d.note());
	}

	private Purchase loadForWrite(Long id, long version) {
		Purchase purchase = this.purchases.findById(id).orElseThrow(() -> new NotFoundException("purchase", id));
		this.access.write(purchase.unitId());
		purchase.checkVersion(version);
		return purchase;
	}

	private static void throwIfAny(List<Violation> found) {
		if (!found.isEmpty()) {
			throw new PurchaseInputException(found);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}
}
