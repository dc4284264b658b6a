package org.zhucun.purchases;

/** A channel or category with whether purchases use it (then it cannot be deleted, only stopped). */
public record ReferenceRow(Long id, String name, int sortOrder, boolean active, boolean used, long version) {
}
