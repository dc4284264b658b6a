package org.zhucun.demo;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.shared.database.LongStatements;

/**
 * The households of a city-sized demo district ({@link DemoCityHouseholds}) written at the same time as its
 * attendance, on a second connection: the load is bound by one core per connection, and the two parts need nothing
 * of each other but the organisation, which the households' transaction gets as rows read from the organisation's
 * (not committed yet, so not visible to it).
 * <p>
 * Neither transaction takes a lock the other one waits for: each sets aside only its own tables' indexes (and
 * constraints), never a foreign key (dropping one locks the table it refers to), and writes its bulk rows with the
 * key-checking triggers not firing ({@code session_replication_role = replica}, which takes a superuser or the right
 * to set it). The keys are checked with the join a constraint checks its rows with when it is made
 * ({@link DemoSetAside#checkForeignKeys}): those among the households' own tables by their transaction, those to the
 * organisation (villages, units, cadres) by the organisation's once the households are committed.
 * <p>
 * The households' transaction commits only when both are written, just before the organisation's; if either fails
 * before, both roll back. If the organisation's fails after (its key checks, its other modules' records, its commit),
 * the households are left without their villages: {@link DemoCityHouseholds#removeLeftovers} removes them, which the
 * loader runs after a failed load and before every load.
 */
final class DemoHouseholdsBeside {

	private static final Logger log = LoggerFactory.getLogger(DemoHouseholdsBeside.class);

	private final JdbcTemplate jdbc;

	/** Completed when the households are written (not committed), or with their failure. */
	private final CompletableFuture<Void> written = new CompletableFuture<>();

	/** Whether the households' transaction may commit. */
	private final CompletableFuture<Boolean> verdict = new CompletableFuture<>();

	/** Completed when the households' transaction has ended: committed, or with its failure. */
	private final CompletableFuture<Void> ended = new CompletableFuture<>();

	private final boolean beside;

	private DemoHouseholdsBeside(JdbcTemplate jdbc, boolean beside) {
		this.jdbc = jdbc;
		this.beside = beside;
	}

	/**
	 * Starts writing the households: beside the caller's transaction in the given one when it is given and the
	 * database lets the loader write without key-checking triggers, else right here in the caller's transaction.
	 * @param own a transaction of the households' own, on another connection, or null
	 */
	static DemoHouseholdsBeside start(JdbcTemplate jdbc, TransactionTemplate own, LocalDate today, long memberCadre) {
		DemoCityHouseholds.Sources sources = DemoCityHouseholds.Sources.read(jdbc);
		if (own == null || !Boolean.TRUE.equals(jdbc.queryForObject("select current_setting('is_superuser') = 'on'"
				+ " or has_parameter_privilege('session_replication_role', 'SET')", Boolean.class))) {
			new DemoCityHouseholds(jdbc, today).write(sources, memberCadre, false);
			DemoHouseholdsBeside done = new DemoHouseholdsBeside(jdbc, false);
			done.written.complete(null);
			done.verdict.complete(true);
			done.ended.complete(null);
			return done;
		}
		DemoHouseholdsBeside households = new DemoHouseholdsBeside(jdbc, true);
		Thread thread = new Thread(() -> households.write(own, sources, today, memberCadre), "demo-households");
		thread.setDaemon(true);
		thread.start();
		return households;
	}

	private void write(TransactionTemplate own, DemoCityHouseholds.Sources sources, LocalDate today, long memberCadre) {
		try {
			own.executeWithoutResult(status -> {
				LongStatements.allowInThisTransaction(this.jdbc);
				DemoCityWriter.bulkSettings(this.jdbc);
				DemoCityWriter.functions(this.jdbc);
				this.jdbc.execute("set local session_replication_role = replica");
				new DemoCityHouseholds(this.jdbc, today).write(sources, memberCadre, true);
				this.written.complete(null);
				if (!this.verdict.join()) {
					throw new IllegalStateException("The demo load failed beside the households");
				}
			});
			this.ended.complete(null);
		}
		catch (RuntimeException | Error e) {
			this.written.completeExceptionally(e);
			this.ended.completeExceptionally(e);
		}
	}

	/** @return whether the households are written beside the caller's transaction (else they are written in it) */
	boolean beside() {
		return this.beside;
	}

	/**
	 * Waits for the households, lets their transaction commit and checks their keys, in the caller's transaction.
	 * @throws IllegalStateException when they failed or a key does not hold
	 */
	void finish() {
		if (!this.beside) {
			return;
		}
		try {
			this.written.join();
			this.verdict.complete(true);
			this.ended.join();
		}
		catch (CompletionException e) {
			throw new IllegalStateException("The demo households failed: " + e.getCause().getMessage(), e.getCause());
		}
		log.info("City demo: households committed beside the attendance; checking their keys to the organisation");
		for (String table : DemoCityHouseholds.WRITTEN) {
			DemoSetAside.checkForeignKeys(this.jdbc, table, referred -> !DemoCityHouseholds.ownTable(referred));
		}
	}

	/** Rolls the households back if they are not committed yet (the caller's transaction failed), and waits for it. */
	void abandon() {
		this.verdict.complete(false);
		try {
			this.ended.join();
		}
		catch (CompletionException e) {
			log.debug("The demo households rolled back", e.getCause());
		}
	}
}
