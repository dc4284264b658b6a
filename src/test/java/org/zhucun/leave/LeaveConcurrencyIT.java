package org.zhucun.leave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.identity.Role;
import org.zhucun.leave.domain.LeaveRuleException;
import org.zhucun.leave.domain.LeaveType;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Two approvers acting on the same step at the same moment: both have read the request before either decides (a
 * barrier inside their transactions makes sure of it), so the version check of the service lets both through and only
 * the database's optimistic lock can stop the second. Exactly one decision is kept, the other approver is told.
 */
class LeaveConcurrencyIT extends IntegrationTest {

	@Autowired
	private LeaveService leave;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void twoApprovalsAtOnceKeepOneDecision() throws Exception {
		LeaveFixture f = LeaveFixture.create(this.jdbc, TODAY);
		long id = as(Role.TEAM_MEMBER, null, f.unitId(), f.memberId(), () -> this.leave
			.submit(new LeaveCommand(null, LeaveType.PERSONAL, TODAY.plusDays(3), TODAY.plusDays(3), "事由", null)));
		CyclicBarrier bothHaveRead = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (String action : List.of("approve", "reject")) {
				outcomes.add(pool.submit(() -> as(Role.TEAM_LEADER, null, f.unitId(), f.leaderId(), () -> {
					try {
						this.transactions.executeWithoutResult(tx -> {
							assertThat(this.leave.get(id).version()).isZero();
							await(bothHaveRead);
							if (action.equals("approve")) {
								this.leave.approve(id, 0, null);
							}
							else {
								this.leave.reject(id, 0, "不同意");
							}
						});
						return "done";
					}
					catch (LeaveRuleException ex) {
						return ex.isStale() ? "stale before deciding" : ex.messageKey();
					}
					catch (OptimisticLockingFailureException ex) {
						return "told at commit";
					}
				})));
			}
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(30, TimeUnit.SECONDS));
			}
			assertThat(results).containsExactlyInAnyOrder("done", "told at commit");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from leave_decision where request_id = ?", Integer.class,
				id)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select version from leave_request where id = ?", Long.class, id))
			.isEqualTo(1L);
	}

	/** Waits until the other thread has come as far, so that neither decides before both have read. */
	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (BrokenBarrierException | TimeoutException ex) {
			throw new IllegalStateException("the other approver never read the request", ex);
		}
	}

	private static <T> T as(Role role, Long town, Long unit, Long cadre, Callable<T> action) throws Exception {
		SecurityContextHolder.getContext().setAuthentication(TestUsers.authentication(role, town, unit, cadre));
		try {
			return action.call();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
