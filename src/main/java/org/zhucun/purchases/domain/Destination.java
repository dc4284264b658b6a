package org.zhucun.purchases.domain;

/** Where the produce went: 机关, 学校, 食堂, 社区, 超市. */
public enum Destination {
	OFFICE, SCHOOL, CANTEEN, COMMUNITY, SUPERMARKET
}
