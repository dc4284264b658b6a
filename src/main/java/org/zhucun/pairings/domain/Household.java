package org.zhucun.pairings.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * A household of the register (DOMAIN §7): village, head, members, category with its history, income per person by
 * year, risk tags and income sources. It also keeps who is paired with it now and its last contacts, which the
 * pairings and contact logs update, so that lists filter on columns.
 */
@Entity
@Table(name = "household")
@Audited
public class Household extends BaseEntity {

	/** Form field of the category. */
	public static final String CATEGORY_FIELD = "category";

	@Column(nullable = false)
	private String code;

	@Column(name = "village_id", nullable = false)
	private long villageId;

	@Column(name = "head_name", nullable = false)
	private String headName;

	@Column(name = "head_phone")
	private String headPhone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private HouseholdCategory category;

	@Enumerated(EnumType.STRING)
	@Column(name = "monitored_kind")
	private MonitoredKind monitoredKind;

	@NotAudited
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "risk_tags", nullable = false, columnDefinition = "varchar(20)[]")
	private String[] riskTags = new String[0];

	@Column(name = "income_sources")
	private String incomeSources;

	@NotAudited
	@Column(name = "member_count", nullable = false)
	private int memberCount;

	@NotAudited
	@Column(name = "latest_income_year")
	private Integer latestIncomeYear;

	@NotAudited
	@Column(name = "latest_income")
	private BigDecimal latestIncome;

	@NotAudited
	@Column(name = "cadre_id")
	private Long cadreId;

	@NotAudited
	@Column(name = "paired_since")
	private LocalDate pairedSince;

	@NotAudited
	@Column(name = "last_contact_on")
	private LocalDate lastContactOn;

	@NotAudited
	@Column(name = "last_home_visit_on")
	private LocalDate lastHomeVisitOn;

	@Column(nullable = false)
	private boolean active = true;

	@NotAudited
	@ElementCollection
	@CollectionTable(name = "household_member", joinColumns = @JoinColumn(name = "household_id"))
	@OrderColumn(name = "position")
	private List<HouseholdMember> members = new ArrayList<>();

	@NotAudited
	@ElementCollection
	@CollectionTable(name = "household_category_change", joinColumns = @JoinColumn(name = "household_id"))
	@OrderColumn(name = "position")
	private List<CategoryChange> categories = new ArrayList<>();

	@NotAudited
	@ElementCollection
	@CollectionTable(name = "household_income", joinColumns = @JoinColumn(name = "household_id"))
	private List<IncomeYear> incomes = new ArrayList<>();

	protected Household() {
	}

	/**
	 * Registers a household in its first category.
	 * @throws BusinessRuleException when the category cannot be a first one (脱贫不稳定户 needs a history)
	 */
	public Household(String code, long villageId, String headName, String headPhone, HouseholdCategory category,
			MonitoredKind kind, LocalDate registeredOn) {
		this.code = code;
		this.villageId = villageId;
		this.headName = headName;
		this.headPhone = headPhone;
		if (!CategoryRules.kindFits(category, kind)) {
			throw new BusinessRuleException("monitoredKind", CategoryRules.KIND_REQUIRED);
		}
		if (!CategoryRules.allowsRegistration(category, kind)) {
			throw new BusinessRuleException(CATEGORY_FIELD, CategoryRules.NOT_ALLOWED);
		}
		this.category = category;
		this.monitoredKind = kind;
		this.categories.add(new CategoryChange(category, kind, registeredOn, null));
	}

	/** Changes what the register says about the household, except its category, income and pairing. */
	public void describe(String code, long villageId, String headName, String headPhone, Set<RiskTag> risks,
			String incomeSources, List<HouseholdMember> members) {
		this.code = code;
		this.villageId = villageId;
		this.headName = headName;
		this.headPhone = headPhone;
		this.riskTags = risks.stream().sorted().map(Enum::name).toArray(String[]::new);
		this.incomeSources = incomeSources;
		this.members = new ArrayList<>(members);
		this.memberCount = members.size();
	}

	/**
	 * Moves the household to another category from a date, if its history allows it (see {@link CategoryRules});
	 * the same category and kind again changes nothing.
	 * @throws BusinessRuleException beside the category when the history does not allow it
	 */
	public void changeCategory(HouseholdCategory to, MonitoredKind kind, LocalDate from, String reason) {
		if (to == this.category && kind == this.monitoredKind) {
			return;
		}
		if (!CategoryRules.kindFits(to, kind)) {
			throw new BusinessRuleException("monitoredKind", CategoryRules.KIND_REQUIRED);
		}
		if (!CategoryRules.allowsChange(categoryHistory(), to, kind)) {
			throw new BusinessRuleException(CATEGORY_FIELD, CategoryRules.NOT_ALLOWED);
		}
		LocalDate last = this.categories.isEmpty() ? null : this.categories.get(this.categories.size() - 1).getFromDate();
		if (last != null && from.isBefore(last)) {
			throw new BusinessRuleException("categoryFrom", "pairings.household.category.before-last", last);
		}
		this.category = to;
		this.monitoredKind = kind;
		this.categories.add(new CategoryChange(to, kind, from, reason));
	}

	/** Records (or corrects) the income per person of a year; the latest year is kept for the lists. */
	public void recordIncome(int year, BigDecimal perPerson) {
		if (perPerson.signum() < 0) {
			throw new BusinessRuleException("income", "pairings.household.income.negative");
		}
		this.incomes.removeIf(i -> i.getYear() == year);
		this.incomes.add(new IncomeYear(year, perPerson));
		this.incomes.sort(Comparator.comparingInt(IncomeYear::getYear));
		IncomeYear latest = this.incomes.get(this.incomes.size() - 1);
		this.latestIncomeYear = latest.getYear();
		this.latestIncome = latest.getPerPerson();
	}

	/** A cadre takes the household on: since keeps its date across a handover (no break in the pairing). */
	public void pairedWith(long cadre, LocalDate from) {
		if (this.cadreId == null) {
			this.pairedSince = from;
		}
		this.cadreId = cadre;
	}

	/** The household has no cadre any more. */
	public void unpaired() {
		this.cadreId = null;
		this.pairedSince = null;
	}

	/** A contact was logged on the day; a home visit also counts as a contact. */
	public void contacted(LocalDate on, boolean homeVisit) {
		if (this.lastContactOn == null || on.isAfter(this.lastContactOn)) {
			this.lastContactOn = on;
		}
		if (homeVisit && (this.lastHomeVisitOn == null || on.isAfter(this.lastHomeVisitOn))) {
			this.lastHomeVisitOn = on;
		}
	}

	public List<HouseholdCategory> categoryHistory() {
		return this.categories.stream().map(CategoryChange::getCategory).toList();
	}

	public String getCode() {
		return this.code;
	}

	public long getVillageId() {
		return this.villageId;
	}

	public String getHeadName() {
		return this.headName;
	}

	public String getHeadPhone() {
		return this.headPhone;
	}

	public HouseholdCategory getCategory() {
		return this.category;
	}

	public MonitoredKind getMonitoredKind() {
		return this.monitoredKind;
	}

	public Set<RiskTag> getRiskTags() {
		Set<RiskTag> tags = EnumSet.noneOf(RiskTag.class);
		Arrays.stream(this.riskTags).map(RiskTag::valueOf).forEach(tags::add);
		return tags;
	}

	public String getIncomeSources() {
		return this.incomeSources;
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public LocalDate getPairedSince() {
		return this.pairedSince;
	}

	public LocalDate getLastContactOn() {
		return this.lastContactOn;
	}

	public LocalDate getLastHomeVisitOn() {
		return this.lastHomeVisitOn;
	}

	public boolean isActive() {
		return this.active;
	}

	public List<HouseholdMember> getMembers() {
		return List.copyOf(this.members);
	}

	public List<CategoryChange> getCategories() {
		return List.copyOf(this.categories);
	}

	public List<IncomeYear> getIncomes() {
		return List.copyOf(this.incomes);
	}
}
