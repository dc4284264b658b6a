package org.zhucun.purchases;

/** The two kinds of reference data the office keeps: sales channels and product categories. */
public enum ReferenceKind {
	CHANNEL("channels"), CATEGORY("categories");

	private final String path;

	ReferenceKind(String path) {
		this.path = path;
	}

	/** @return the last part of the pages' address, /purchases/channels or /purchases/categories */
	public String path() {
		return this.path;
	}

	/** @return the kind of the address part, or null */
	public static ReferenceKind ofPath(String path) {
		for (ReferenceKind kind : values()) {
			if (kind.path.equals(path)) {
				return kind;
			}
		}
		return null;
	}
}
