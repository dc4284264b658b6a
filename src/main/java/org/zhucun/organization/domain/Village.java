package org.zhucun.organization.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.organization.VillageCategory;
import org.zhucun.shared.domain.BaseEntity;

/** An administrative village (行政村) of a town, with its category, centre point and radius, and size. */
@Entity
@Table(name = "village")
@Audited
public class Village extends BaseEntity {

	/** Radius used to judge location evidence when none is set. */
	public static final int DEFAULT_RADIUS_M = 1500;

	@Column(name = "town_id", nullable = false)
	private Long townId;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private VillageCategory category;

	@Column(precision = 9, scale = 6)
	private BigDecimal latitude;

	@Column(precision = 9, scale = 6)
	private BigDecimal longitude;

	@Column(name = "radius_m", nullable = false)
	private int radiusM = DEFAULT_RADIUS_M;

	private Integer population;

	private Integer households;

	@Column(nullable = false)
	private boolean active = true;

	protected Village() {
	}

	public Village(Long townId, String name, VillageCategory category) {
		this.townId = townId;
		this.name = name;
		this.category = category;
	}

	/** Sets everything the office edits on a village. */
	public void update(Long townId, String name, VillageCategory category, BigDecimal latitude, BigDecimal longitude,
			int radiusM, Integer population, Integer households) {
		this.townId = townId;
		this.name = name;
		this.category = category;
		this.latitude = latitude;
		this.longitude = longitude;
		this.radiusM = radiusM;
		this.population = population;
		this.households = households;
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	public Long getTownId() {
		return this.townId;
	}

	public String getName() {
		return this.name;
	}

	public VillageCategory getCategory() {
		return this.category;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public int getRadiusM() {
		return this.radiusM;
	}

	public Integer getPopulation() {
		return this.population;
	}

	public Integer getHouseholds() {
		return this.households;
	}

	public boolean isActive() {
		return this.active;
	}
}
