package org.zhucun.unitduties;

import java.util.List;

import org.zhucun.organization.Choice;

/**
 * What the visit form offers for one unit: its active leadership members (the principal marked) and its villages.
 * @param unitId the unit, or {@code null} while the office has not chosen one
 * @param unitName its name
 * @param units the units the account may record visits for (the office's choice; one for a unit's administrator)
 * @param leaders the unit's active members
 * @param villages the unit's linked villages and those where its cadres serve
 */
public record VisitPicks(Long unitId, String unitName, List<Choice> units, List<Choice> leaders, List<Choice> villages) {
}
