package org.zhucun.pairings.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.zhucun.organization.ContactPhones;
import org.zhucun.pairings.HouseholdCommand;
import org.zhucun.pairings.HouseholdDetail;
import org.zhucun.pairings.domain.HouseholdCategory;
import org.zhucun.pairings.domain.HouseholdMember;
import org.zhucun.pairings.domain.IncomeYear;
import org.zhucun.pairings.domain.MonitoredKind;
import org.zhucun.pairings.domain.Relation;
import org.zhucun.pairings.domain.RiskTag;
import org.zhucun.shared.web.FormChecks;

/**
 * The household form: number, village, head, category (a change is dated and checked against the history), risks,
 * income sources, members (blank lines are left out) and one year's income per person.
 */
public class HouseholdForm implements FormChecks {

	/** Lines for members on the form. */
	static final int MEMBER_LINES = 8;

	@NotBlank
	@Size(max = 30)
	private String code;

	@NotNull
	private Long villageId;

	@NotBlank
	@Size(max = 50)
	private String headName;

	@Pattern(regexp = ContactPhones.PATTERN)
	private String headPhone;

	@NotNull
	private HouseholdCategory category;

	private MonitoredKind monitoredKind;

	private LocalDate categoryFrom;

	@Size(max = 200)
	private String categoryReason;

	private Set<RiskTag> risks = EnumSet.noneOf(RiskTag.class);

	@Size(max = 200)
	private String incomeSources;

	@Valid
	private List<MemberLine> members = new ArrayList<>();

	@Min(2000)
	@Max(2100)
	private Integer incomeYear;

	@PositiveOrZero
	@DecimalMax("9999999")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal income;

	private long version;

	/** One member line of the form. */
	public static class MemberLine {

		@Size(max = 50)
		private String name;

		private Relation relation;

		@Min(1900)
		@Max(2100)
		private Integer birthYear;

		@Size(max = 200)
		private String notes;

		boolean blank() {
			return (this.name == null || this.name.isBlank()) && this.birthYear == null
					&& (this.notes == null || this.notes.isBlank());
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Relation getRelation() {
			return this.relation;
		}

		public void setRelation(Relation relation) {
			this.relation = relation;
		}

		public Integer getBirthYear() {
			return this.birthYear;
		}

		public void setBirthYear(Integer birthYear) {
			this.birthYear = birthYear;
		}

		public String getNotes() {
			return this.notes;
		}

		public void setNotes(String notes) {
			this.notes = notes;
		}
	}

	/** @return an empty form with its member lines */
	static HouseholdForm blank() {
		HouseholdForm form = new HouseholdForm();
		form.padMembers();
		return form;
	}

	static HouseholdForm from(HouseholdDetail d) {
		HouseholdForm form = new HouseholdForm();
		form.code = d.row().code();
		form.villageId = d.row().villageId();
		form.headName = d.row().headName();
		form.headPhone = d.headPhone();
		form.category = d.row().category();
		form.monitoredKind = d.row().monitoredKind();
		form.risks = d.risks().isEmpty() ? EnumSet.noneOf(RiskTag.class) : EnumSet.copyOf(d.risks());
		form.incomeSources = d.incomeSources();
		for (HouseholdMember m : d.members()) {
			MemberLine line = new MemberLine();
			line.name = m.getName();
			line.relation = m.getRelation();
			line.birthYear = m.getBirthYear();
			line.notes = m.getNotes();
			form.members.add(line);
		}
		if (!d.incomes().isEmpty()) {
			IncomeYear latest = d.incomes().get(d.incomes().size() - 1);
			form.incomeYear = latest.getYear();
			form.income = latest.getPerPerson();
		}
		form.version = d.version();
		form.padMembers();
		return form;
	}

	/** Adds empty lines up to the form's number of member lines, and one more when all are used. */
	void padMembers() {
		while (this.members.size() < MEMBER_LINES) {
			this.members.add(new MemberLine());
		}
	}

	@Override
	public void check(Errors errors) {
		if (this.category != null && (this.category == HouseholdCategory.MONITORED) != (this.monitoredKind != null)
				&& !errors.hasFieldErrors("monitoredKind")) {
			errors.rejectValue("monitoredKind", "pairings.household.kind.required");
		}
		if ((this.incomeYear == null) != (this.income == null) && !errors.hasFieldErrors("income")
				&& !errors.hasFieldErrors("incomeYear")) {
			errors.rejectValue(this.income == null ? "income" : "incomeYear", "pairings.household.income.both");
		}
		for (int i = 0; i < this.members.size(); i++) {
			MemberLine m = this.members.get(i);
			String line = "members[" + i + "].";
			if (!m.blank() && (m.name == null || m.name.isBlank()) && !errors.hasFieldErrors(line + "name")) {
				errors.rejectValue(line + "name", "NotBlank");
			}
			if (!m.blank() && m.relation == null && !errors.hasFieldErrors(line + "relation")) {
				errors.rejectValue(line + "relation", "NotNull");
			}
		}
	}

	HouseholdCommand toCommand() {
		List<HouseholdCommand.Member> lines = this.members.stream()
			.filter(m -> !m.blank())
			.map(m -> new HouseholdCommand.Member(m.name, m.relation, m.birthYear, m.notes))
			.toList();
		return new HouseholdCommand(this.code, this.villageId, this.headName, this.headPhone, this.category,
				this.category == HouseholdCategory.MONITORED ? this.monitoredKind : null, this.categoryFrom,
				this.categoryReason, this.risks, this.incomeSources, lines, this.incomeYear, this.income, this.version);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Long getVillageId() {
		return this.villageId;
	}

	public void setVillageId(Long villageId) {
		this.villageId = villageId;
	}

	public String getHeadName() {
		return this.headName;
	}

	public void setHeadName(String headName) {
		this.headName = headName;
	}

	public String getHeadPhone() {
		return this.headPhone;
	}

	public void setHeadPhone(String headPhone) {
		this.headPhone = headPhone;
	}

	public HouseholdCategory getCategory() {
		return this.category;
	}

	public void setCategory(HouseholdCategory category) {
		this.category = category;
	}

	public MonitoredKind getMonitoredKind() {
		return this.monitoredKind;
	}

	public void setMonitoredKind(MonitoredKind monitoredKind) {
		this.monitoredKind = monitoredKind;
	}

	public LocalDate getCategoryFrom() {
		return this.categoryFrom;
	}

	public void setCategoryFrom(LocalDate categoryFrom) {
		this.categoryFrom = categoryFrom;
	}

	public String getCategoryReason() {
		return this.categoryReason;
	}

	public void setCategoryReason(String categoryReason) {
		this.categoryReason = categoryReason;
	}

	public Set<RiskTag> getRisks() {
		return this.risks;
	}

	public void setRisks(Set<RiskTag> risks) {
		this.risks = risks == null ? EnumSet.noneOf(RiskTag.class) : risks;
	}

	public String getIncomeSources() {
		return this.incomeSources;
	}

	public void setIncomeSources(String incomeSources) {
		this.incomeSources = incomeSources;
	}

	public List<MemberLine> getMembers() {
		return this.members;
	}

	public void setMembers(List<MemberLine> members) {
		this.members = members;
	}

	public Integer getIncomeYear() {
		return this.incomeYear;
	}

	public void setIncomeYear(Integer incomeYear) {
		this.incomeYear = incomeYear;
	}

	public BigDecimal getIncome() {
		return this.income;
	}

	public void setIncome(BigDecimal income) {
		this.income = income;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
