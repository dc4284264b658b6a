package org.zhucun.attendance;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/** Waits for a condition that another thread makes true, polling every 50 ms up to a bound (never a fixed sleep). */
final class Eventually {

	private static final long POLL_MILLIS = 50;

	private Eventually() {
	}

	/** Returns as soon as the condition holds; fails with the description when it still does not at the timeout. */
	static void await(Duration timeout, String description, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Still not true after " + timeout + ": " + description);
			}
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				fail("Interrupted while waiting for: " + description);
			}
		}
	}

	static void await(Duration timeout, BooleanSupplier condition) {
		await(timeout, "the condition", condition);
	}
}
