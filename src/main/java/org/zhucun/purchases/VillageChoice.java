package org.zhucun.purchases;

/** A village a seller may be in, with its town, for the pickers. */
public record VillageChoice(Long id, String name, String townName) {
}
