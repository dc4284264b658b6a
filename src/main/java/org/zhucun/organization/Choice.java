package org.zhucun.organization;

/** A record to choose in a drop-down or a filter: its id and display name. */
public record Choice(Long id, String name) {
}
