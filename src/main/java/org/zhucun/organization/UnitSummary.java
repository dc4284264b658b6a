package org.zhucun.organization;

/** An aid unit as listed and exported: kind, contact, principal, how many linked villages and active cadres. */
public record UnitSummary(Long id, String name, UnitKind kind, String phone, String address, boolean active,
		String principalName, long villageCount, long cadreCount) {
}
