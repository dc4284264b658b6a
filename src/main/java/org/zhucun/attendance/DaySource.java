package org.zhucun.attendance;

/** Who wrote a day record: the cadre, the team leader, the leave module or the office. */
public enum DaySource {

	SELF, LEADER, LEAVE, OFFICE
}
