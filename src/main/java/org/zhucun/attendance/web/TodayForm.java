package org.zhucun.attendance.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.zhucun.attendance.DayCommand;
import org.zhucun.attendance.DayStatus;
import org.zhucun.attendance.TodayView;

/** The member's one-tap form for today: status, night in the village, optional position from the browser. */
class TodayForm {

	@NotNull
	private DayStatus status;

	private boolean overnight;

	@DecimalMin("-90")
	@DecimalMax("90")
	private BigDecimal latitude;

	@DecimalMin("-180")
	@DecimalMax("180")
	private BigDecimal longitude;

	@Min(0)
	@Max(100000)
	private Integer accuracy;

	private Long version;

	static TodayForm from(TodayView today) {
		TodayForm form = new TodayForm();
		form.status = today.status() != null && today.status().isDeclarable() ? today.status() : DayStatus.IN_VILLAGE;
		form.overnight = today.overnight();
		form.version = today.version();
		return form;
	}

	/**
	 * Puts back a choice that could not be saved (the sign-in had expired, so the form came back by address): only one
	 * of the statuses offered, and the night; anything else keeps the form as it was.
	 */
	TodayForm keep(String status, String overnight, DayStatus... offered) {
		if (status != null) {
			for (DayStatus s : offered) {
				if (s.name().equals(status)) {
					this.status = s;
					this.overnight = "true".equals(overnight) || "on".equals(overnight);
				}
			}
		}
		return this;
	}

	DayCommand toCommand() {
		return new DayCommand(this.status, this.overnight, scaled(this.latitude), scaled(this.longitude),
				this.accuracy, this.version);
	}

	/** The position as the record stores it: six decimals, about 0.1 m. */
	private static BigDecimal scaled(BigDecimal degrees) {
		return degrees == null ? null : degrees.setScale(6, RoundingMode.HALF_UP);
	}

	public DayStatus getStatus() {
		return this.status;
	}

	public void setStatus(DayStatus status) {
		this.status = status;
	}

	public boolean isOvernight() {
		return this.overnight;
	}

	public void setOvernight(boolean overnight) {
		this.overnight = overnight;
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

	public Integer getAccuracy() {
		return this.accuracy;
	}

	public void setAccuracy(Integer accuracy) {
		this.accuracy = accuracy;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
