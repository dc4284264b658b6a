package org.zhucun.organization.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.zhucun.organization.VillageCategory;
import org.zhucun.organization.VillageCommand;
import org.zhucun.organization.VillageView;
import org.zhucun.organization.domain.Village;

/** The village form: town, name, category, centre point and radius, population and households. */
public class VillageForm {

	private Long townId;

	@NotBlank
	@Size(max = 50)
	private String name;

	@NotNull
	private VillageCategory category;

	@DecimalMin("-90")
	@DecimalMax("90")
	@Digits(integer = 3, fraction = 6)
	private BigDecimal latitude;

	@DecimalMin("-180")
	@DecimalMax("180")
	@Digits(integer = 3, fraction = 6)
	private BigDecimal longitude;

	@NotNull
	@Min(50)
	@Max(20000)
	private Integer radiusM = Village.DEFAULT_RADIUS_M;

	@PositiveOrZero
	private Integer population;

	@PositiveOrZero
	private Integer households;

	private long version;

	static VillageForm from(VillageView village) {
		VillageForm form = new VillageForm();
		form.townId = village.townId();
		form.name = village.name();
		form.category = village.category();
		form.latitude = village.latitude();
		form.longitude = village.longitude();
		form.radiusM = village.radiusM();
		form.population = village.population();
		form.households = village.households();
		form.version = village.version();
		return form;
	}

	/** Rules across fields: a centre point has both coordinates or none. */
	void validate(Errors errors) {
		if (this.latitude == null && this.longitude != null && !errors.hasFieldErrors("latitude")) {
			errors.rejectValue("latitude", "village.coordinates.both");
		}
		if (this.longitude == null && this.latitude != null && !errors.hasFieldErrors("longitude")) {
			errors.rejectValue("longitude", "village.coordinates.both");
		}
	}

	VillageCommand toCommand() {
		return new VillageCommand(this.townId, this.name, this.category, this.latitude, this.longitude, this.radiusM,
				this.population, this.households, this.version);
	}

	public Long getTownId() {
		return this.townId;
	}

	public void setTownId(Long townId) {
		this.townId = townId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public VillageCategory getCategory() {
		return this.category;
	}

	public void setCategory(VillageCategory category) {
		this.category = category;
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

	public Integer getRadiusM() {
		return this.radiusM;
	}

	public void setRadiusM(Integer radiusM) {
		this.radiusM = radiusM;
	}

	public Integer getPopulation() {
		return this.population;
	}

	public void setPopulation(Integer population) {
		this.population = population;
	}

	public Integer getHouseholds() {
		return this.households;
	}

	public void setHouseholds(Integer households) {
		this.households = households;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
