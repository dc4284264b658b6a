package org.zhucun.organization;

import java.util.List;

/** The villages of one town, for choosing a unit's linked villages. */
public record VillageGroup(Choice town, List<Choice> villages) {
}
