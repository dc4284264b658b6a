package org.zhucun.organization;

/**
 * A cadre as their page shows them (phone masked where the signed-in user may not see it).
 * @param editable whether the signed-in user may edit, deactivate or reactivate the cadre
 * @param unitOpens whether the signed-in user may open the unit's page (else its name is shown as text)
 */
public record CadreView(Long id, long version, Long unitId, String unitName, String name, Gender gender,
		String position, String phone, boolean active, boolean editable, boolean unitOpens) {
}
