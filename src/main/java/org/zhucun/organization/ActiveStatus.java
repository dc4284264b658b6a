package org.zhucun.organization;

/** A record that is deactivated and reactivated rather than deleted (villages, units, cadres). */
public interface ActiveStatus {

	/** Deactivates the record at the given version; a refused change is a {@code BusinessRuleException}. */
	void deactivate(Long id, long version);

	/** Reactivates the record at the given version; a refused change is a {@code BusinessRuleException}. */
	void activate(Long id, long version);
}
