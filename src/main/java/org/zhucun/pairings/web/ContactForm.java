package org.zhucun.pairings.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.zhucun.pairings.ContactCommand;
import org.zhucun.pairings.domain.ContactKind;
import org.zhucun.pairings.domain.ContactLog;
import org.zhucun.pairings.domain.Satisfaction;
import org.zhucun.shared.web.FormChecks;

/**
 * The contact form, for a phone: the day, home visit or call, each of the six items of the standard check met or a
 * problem (every one must be answered), notes, satisfaction, the optional location and photos.
 */
public class ContactForm implements FormChecks {

	@NotNull
	private LocalDate contactDate;

	@NotNull
	private ContactKind kind;

	@NotNull
	private Boolean food;

	@NotNull
	private Boolean clothing;

	@NotNull
	private Boolean education;

	@NotNull
	private Boolean medical;

	@NotNull
	private Boolean housing;

	@NotNull
	private Boolean water;

	@Size(max = 500)
	private String problems;

	@Size(max = 500)
	private String helpGiven;

	@Size(max = 500)
	private String policies;

	@Size(max = 200)
	private String incomeChange;

	@NotNull
	private Satisfaction satisfaction;

	@DecimalMin("-90")
	@DecimalMax("90")
	@Digits(integer = 3, fraction = 6)
	private BigDecimal latitude;

	@DecimalMin("-180")
	@DecimalMax("180")
	@Digits(integer = 3, fraction = 6)
	private BigDecimal longitude;

	private List<MultipartFile> photos = new ArrayList<>();

	@Override
	public void check(Errors errors) {
		boolean anyProblem = Boolean.FALSE.equals(this.food) || Boolean.FALSE.equals(this.clothing)
				|| Boolean.FALSE.equals(this.education) || Boolean.FALSE.equals(this.medical)
				|| Boolean.FALSE.equals(this.housing) || Boolean.FALSE.equals(this.water);
		if (anyProblem && (this.problems == null || this.problems.isBlank()) && !errors.hasFieldErrors("problems")) {
			errors.rejectValue("problems", "pairings.contact.problems.required");
		}
		if ((this.latitude == null) != (this.longitude == null) && !errors.hasFieldErrors("latitude")
				&& !errors.hasFieldErrors("longitude")) {
			errors.rejectValue("latitude", "pairings.contact.location.both");
		}
	}

	ContactCommand toCommand() {
		return new ContactCommand(this.contactDate, this.kind,
				new ContactLog.Check(this.food, this.clothing, this.education, this.medical, this.housing, this.water),
				new ContactLog.Notes(this.problems, this.helpGiven, this.policies, this.incomeChange), this.satisfaction,
				this.latitude, this.longitude);
	}

	public LocalDate getContactDate() {
		return this.contactDate;
	}

	public void setContactDate(LocalDate contactDate) {
		this.contactDate = contactDate;
	}

	public ContactKind getKind() {
		return this.kind;
	}

	public void setKind(ContactKind kind) {
		this.kind = kind;
	}

	public Boolean getFood() {
		return this.food;
	}

	public void setFood(Boolean food) {
		this.food = food;
	}

	public Boolean getClothing() {
		return this.clothing;
	}

	public void setClothing(Boolean clothing) {
		this.clothing = clothing;
	}

	public Boolean getEducation() {
		return this.education;
	}

	public void setEducation(Boolean education) {
		this.education = education;
	}

	public Boolean getMedical() {
		return this.medical;
	}

	public void setMedical(Boolean medical) {
		this.medical = medical;
	}

	public Boolean getHousing() {
		return this.housing;
	}

	public void setHousing(Boolean housing) {
		this.housing = housing;
	}

	public Boolean getWater() {
		return this.water;
	}

	public void setWater(Boolean water) {
		this.water = water;
	}

	public String getProblems() {
		return this.problems;
	}

	public void setProblems(String problems) {
		this.problems = problems;
	}

	public String getHelpGiven() {
		return this.helpGiven;
	}

	public void setHelpGiven(String helpGiven) {
		this.helpGiven = helpGiven;
	}

	public String getPolicies() {
		return this.policies;
	}

	public void setPolicies(String policies) {
		this.policies = policies;
	}

	public String getIncomeChange() {
		return this.incomeChange;
	}

	public void setIncomeChange(String incomeChange) {
		this.incomeChange = incomeChange;
	}

	public Satisfaction getSatisfaction() {
		return this.satisfaction;
	}

	public void setSatisfaction(Satisfaction satisfaction) {
		this.satisfaction = satisfaction;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public void setLatitude(BigDecimal latitude) {
		this.latitude = latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public void setLongitude(BigDecimal longitude) {
		this.longitude = longitude;
	}

	public List<MultipartFile> getPhotos() {
		return this.photos;
	}

	public void setPhotos(List<MultipartFile> photos) {
		this.photos = photos;
	}
}
