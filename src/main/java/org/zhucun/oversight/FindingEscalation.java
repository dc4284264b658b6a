package org.zhucun.oversight;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.notifications.Scheduling;
import org.zhucun.oversight.domain.Finding;
import org.zhucun.oversight.domain.FindingRepository;
import org.zhucun.oversight.domain.FindingState;

/**
 * The escalation of overdue findings (DOMAIN §10): every morning, each finding whose deadline has passed before the unit
 * answered is marked escalated and its unit, its town and the office are told, once. Run on one instance (ShedLock);
 * the finding's escalation day and the notices' dedup keys make a second run, a second instance or a restart send
 * nothing twice, and a day the job missed is caught up the next.
 */
@Component
public class FindingEscalation {

	private final FindingRepository findings;

	private final OversightNotifications notifications;

	private final Scheduling scheduling;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FindingEscalation(FindingRepository findings, OversightNotifications notifications, Scheduling scheduling,
			TransactionTemplate transactions, Clock clock) {
		this.findings = findings;
		this.notifications = notifications;
		this.scheduling = scheduling;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${zhucun.oversight.escalation-cron}", zone = "Asia/Shanghai")
	void scheduled() {
		runLocked(LocalDate.now(this.clock));
	}

	/** Escalates the day's overdue findings unless another instance is doing it. @return whether it ran here */
	public boolean runLocked(LocalDate today) {
		return this.scheduling.runLocked("oversight.escalation", Duration.ofMinutes(30), Duration.ofSeconds(30),
				() -> escalate(today));
	}

	/** Escalates the findings overdue on the day and not escalated before. @return how many were escalated now */
	public int escalate(LocalDate today) {
		Integer escalated = this.transactions.execute(status -> {
			int count = 0;
			for (Finding finding : this.findings.overdueNotEscalated(FindingState.PENDING_RECTIFICATION, today)) {
				if (finding.escalate(today, this.clock.instant())) {
					this.notifications.overdue(finding);
					count++;
				}
			}
			this.findings.flush();
			return count;
		});
		return escalated == null ? 0 : escalated;
	}
}
