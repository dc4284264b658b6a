package org.zhucun.shared.database;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a read-only transaction keeps for its length: rows read once and used by every later call in the same
 * transaction, let go at its end. A read-only transaction cannot change them, and a page asks for some small tables
 * many times (the settings in force in each week, the holidays of each range); outside such a transaction, or in one
 * that writes, nothing is kept and every call reads afresh.
 */
public final class ReadOnlyTransactionCache {

	private ReadOnlyTransactionCache() {
	}

	/** @return whether the current thread runs a read-only transaction, so that {@link #get} may be called */
	public static boolean active() {
		return TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	/**
	 * @param key what the value is kept under (e.g. the service that reads it)
	 * @param read reads the value the first time in the transaction
	 * @return the value kept in the current read-only transaction, read at the first call
	 * @throws IllegalStateException outside a read-only transaction
	 */
	@SuppressWarnings("unchecked")
	public static <T> T get(Object key, Supplier<T> read) {
		if (!active()) {
			throw new IllegalStateException("not in a read-only transaction");
		}
		T kept = (T) TransactionSynchronizationManager.getResource(key);
		if (kept == null) {
			kept = read.get();
			TransactionSynchronizationManager.bindResource(key, kept);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(key);
				}
			});
		}
		return kept;
	}
}
