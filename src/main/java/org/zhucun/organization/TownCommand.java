package org.zhucun.organization;

/** What the office enters for a town; {@code version} is the one the form was built on (0 for a new town). */
public record TownCommand(String name, int sortOrder, long version) {
}
