package org.zhucun.attendance;

/** What a cadre did on a day (DOMAIN §4): in the village, on official business, on leave, holiday, rest, absent. */
public enum DayStatus {

	IN_VILLAGE, OFFICIAL_BUSINESS, LEAVE, HOLIDAY, REST, ABSENT;

	/** @return whether the status may carry a night in the village */
	public boolean allowsNight() {
		return this == IN_VILLAGE;
	}

	/** @return whether a cadre or a team leader may declare the status (leave and holidays come from elsewhere) */
	public boolean isDeclarable() {
		return this != LEAVE && this != HOLIDAY;
	}

	/** @return the message key of the status's name */
	public String labelKey() {
		return "attendance.status." + name();
	}
}
