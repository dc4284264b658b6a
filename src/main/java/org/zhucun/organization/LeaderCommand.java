package org.zhucun.organization;

/** One leadership member as entered: {@code id} is {@code null} for a new member. */
public record LeaderCommand(Long id, String name, Gender gender, String position, String phone, boolean principal,
		boolean active) {
}
