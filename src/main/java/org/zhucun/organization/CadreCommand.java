package org.zhucun.organization;

/**
 * What is entered for a cadre; a unit administrator's cadres always belong to their own unit.
 * {@code version} is the one the form was built on (0 for a new cadre).
 */
public record CadreCommand(Long unitId, String name, Gender gender, String position, String phone, long version) {
}
