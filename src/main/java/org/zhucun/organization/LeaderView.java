package org.zhucun.organization;

/** A leadership member as shown to the signed-in user (phone masked where they may not see it). */
public record LeaderView(Long id, String name, Gender gender, String position, String phone, boolean principal,
		boolean active) {
}
