package org.zhucun.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.env.Environment;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.notifications.domain.NoticeStore;
import org.zhucun.notifications.domain.NoticeStore.PendingMail;

/**
 * Sends the queued emails of notices, only when a mail server is configured ({@code spring.mail.host}): every half
 * minute, on one instance at a time, each recipient's email once (its state is kept, so a restart resends nothing).
 */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private static final int BATCH = 100;

	private final NoticeStore store;

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final Scheduling scheduling;

	private final TransactionTemplate transactions;

	private final String from;

	private final String baseUrl;

	public MailOutbox(NoticeStore store, JavaMailSender sender, MessageSource messages, Scheduling scheduling,
			TransactionTemplate transactions, @Value("${zhucun.notifications.mail-from}") String from,
			@Value("${zhucun.notifications.base-url}") String baseUrl) {
		this.store = store;
		this.sender = sender;
		this.messages = messages;
		this.scheduling = scheduling;
		this.transactions = transactions;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** @return whether a mail server is configured ({@code spring.mail.host} set and not blank) */
	static boolean configured(Environment environment) {
		String host = environment.getProperty("spring.mail.host");
		return host != null && !host.isBlank();
	}

	@Scheduled(fixedDelayString = "${zhucun.notifications.mail-interval}", initialDelayString = "${zhucun.notifications.mail-interval}")
	void scheduled() {
		this.scheduling.runLocked("notifications.mail", Duration.ofMinutes(5), Duration.ZERO, this::sendPending);
	}

	/** Sends the waiting emails, a batch per transaction. @return how many were sent */
	public int sendPending() {
		int sent = 0;
		int[] batch;
		do {
			batch = this.transactions.execute(status -> {
				List<PendingMail> pending = this.store.pendingMail(BATCH);
				int ok = 0;
				for (PendingMail mail : pending) {
					boolean done = send(mail);
					this.store.mailed(mail.noticeId(), mail.accountId(), done);
					ok += done ? 1 : 0;
				}
				return new int[] { pending.size(), ok };
			});
			sent += batch[1];
		}
		while (batch[0] == BATCH);
		return sent;
	}

	private boolean send(PendingMail mail) {
		Locale locale = Locale.SIMPLIFIED_CHINESE;
		String title = this.messages.getMessage(mail.titleKey(), mail.args(), mail.titleKey(), locale);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(mail.email());
		message.setSubject(this.messages.getMessage("notifications.mail.subject", new Object[] { title }, locale));
		String link = mail.href() == null ? this.baseUrl + "/notifications" : this.baseUrl + mail.href();
		message.setText(this.messages.getMessage("notifications.mail.body", new Object[] { title, link }, locale));
		try {
			this.sender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Email of notice {} to account {} not sent: {}", mail.noticeId(), mail.accountId(), ex.toString());
			return false;
		}
	}
}
