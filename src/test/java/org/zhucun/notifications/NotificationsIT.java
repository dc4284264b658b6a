package org.zhucun.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.MessageSource;
import org.zhucun.identity.CurrentAccount;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.Role;
import org.zhucun.notifications.domain.NoticeStore;
import org.zhucun.support.IntegrationTest;

/**
 * The notification centre: a notice once per dedup key (also when two instances send it at once), recipients by
 * unit, town and office, the bell's count, read and unread, all read, another's notice refused, the email address
 * checked, and the outbox mailing each recipient once.
 */
class NotificationsIT extends IntegrationTest {

	@Autowired
	private Notifications notifications;

	@Autowired
	private NoticeStore store;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Scheduling scheduling;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private MessageSource messages;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aNoticeWithADedupKeyIsSentOnce() {
		long unitId = demoUnitId();
		String key = "test.once." + UUID.randomUUID();

		assertThat(this.notifications.sendToUnit(unitId, "test.kind", "notifications.title", new Object[0], "/", key))
			.isTrue();
		assertThat(this.notifications.sendToUnit(unitId, "test.kind", "notifications.title", new Object[0], "/", key))
			.isFalse();

		assertThat(this.jdbc.queryForObject("select count(*) from notice where dedup_key = ?", Integer.class, key))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForList("""
				select r.account_id from notice_recipient r join notice n on n.id = r.notice_id where n.dedup_key = ?""",
				Long.class, key)).containsExactly(accountId("unit"));
	}

	@Test
	void twoInstancesSendingTheSameNoticeAtOnceSendItOnce() throws Exception {
		String key = "test.race." + UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Boolean>> senders = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				senders.add(() -> this.notifications.sendToOffice("test.kind", "notifications.title", new Object[0],
						null, key));
			}
			long sent = 0;
			for (Future<Boolean> f : pool.invokeAll(senders)) {
				sent += f.get() ? 1 : 0;
			}
			assertThat(sent).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.queryForObject("""
				select count(*) from notice_recipient r join notice n on n.id = r.notice_id where n.dedup_key = ?""",
				Integer.class, key)).isEqualTo(this.notifications.officeAccounts().size()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aLockedJobRunsOnOneInstanceAtATime() throws Exception {
		String name = "test.job." + UUID.randomUUID();
		AtomicInteger runs = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Boolean> job = () -> this.scheduling.runLocked(name, Duration.ofMinutes(1), Duration.ofSeconds(30),
					runs::incrementAndGet);
			List<Future<Boolean>> results = pool.invokeAll(List.of(job, job));
			assertThat(results.get(0).get() ^ results.get(1).get()).isTrue();
		}
		finally {
			pool.shutdown();
		}
		assertThat(runs).hasValue(1);
		assertThat(this.scheduling.runLocked(name, Duration.ofMinutes(1), Duration.ZERO, runs::incrementAndGet))
			.as("held for at least 30 s after the run").isFalse();
	}

	@Test
	void townAndOfficeRecipientsAreTheirActiveAccounts() {
		long townId = this.jdbc.queryForObject("select town_id from account where username = 'town'", Long.class);
		String key = "test.town." + UUID.randomUUID();
		this.notifications.sendToTown(townId, "test.kind", "notifications.title", null, null, key);
		assertThat(recipients(key)).contains(accountId("town")).doesNotContain(accountId("unit"), accountId("office"));

		String office = "test.office." + UUID.randomUUID();
		this.notifications.sendToOffice("test.kind", "notifications.title", null, null, office);
		assertThat(recipients(office)).contains(accountId("office"), accountId("admin"))
			.doesNotContain(accountId("town"));
	}

	@Test
	void theBellCountsUnreadNoticesAndTheCentreMarksThemRead() {
		long account = freshUnitAccount();
		String first = "test.bell." + UUID.randomUUID();
		this.notifications.send(new Notice(List.of(account), "test.kind", "notifications.filter.unread",
				new Object[] { 7 }, "/notifications?unread=true", first));
		this.notifications.send(new Notice(List.of(account), "test.kind", "notifications.mail.saved", null, null,
				null));

		assertThat(this.mvc.get().uri("/").with(as(account))).hasStatusOk()
			.bodyText()
			.containsPattern("data-nav=\"notifications\">\\s*<span>🔔 通知</span>\\s*<span [^>]*badge[^>]*>2</span>");
		assertThat(this.mvc.get().uri("/notifications").with(as(account))).hasStatusOk()
			.bodyText()
			.contains("未读（7）", "邮箱已保存。", "未读（2）");

		long id = noticeId(first);
		assertThat(this.mvc.get().uri("/notifications/" + id).with(as(account)))
			.hasRedirectedUrl("/notifications?unread=true");
		assertThat(unread(account)).isEqualTo(1);
		assertThat(this.mvc.post().uri("/notifications/" + id + "/read").param("read", "false").with(as(account))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(unread(account)).isEqualTo(2);
		assertThat(this.mvc.post().uri("/notifications/read-all").with(as(account)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(unread(account)).isZero();
		assertThat(this.mvc.get().uri("/notifications?unread=true").with(as(account))).hasStatusOk()
			.bodyText()
			.contains("暂无通知。");
	}

	@Test
	void anotherAccountsNoticeIsNotFound() {
		long owner = freshUnitAccount();
		long other = freshUnitAccount();
		String key = "test.other." + UUID.randomUUID();
		this.notifications.send(new Notice(List.of(owner), "test.kind", "notifications.title", null, null, key));
		long id = noticeId(key);

		assertThat(this.mvc.get().uri("/notifications/" + id).with(as(other))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/notifications/" + id + "/read").with(as(other)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(unread(owner)).isEqualTo(1);
		assertThat(this.mvc.get().uri("/notifications")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aWrongEmailAddressIsRefusedBesideItsField() {
		long account = freshUnitAccount();
		assertThat(this.mvc.post().uri("/notifications/mail").param("email", "not-an-address").with(as(account))
			.with(csrf())).hasStatusOk().bodyText().contains("请填写正确的邮箱地址");
		assertThat(this.store.mailAddress(account)).isEmpty();

		assertThat(this.mvc.post().uri("/notifications/mail").param("email", " Li.Ming@Example.com ").with(as(account))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.store.mailAddress(account)).contains("li.ming@example.com");
	}

	@Test
	void theOutboxMailsEachRecipientOnce() {
		long account = freshUnitAccount();
		this.store.setMailAddress(account, "liaison@example.com");
		long noticeId = this.store
			.insertNotice("test.kind", "notifications.filter.unread", new String[] { "3" }, "/notifications",
					"test.mail." + UUID.randomUUID())
			.orElseThrow();
		this.store.addRecipients(noticeId, List.of(account), true);
		List<SimpleMailMessage> sent = new ArrayList<>();
		JavaMailSenderImpl sender = new JavaMailSenderImpl() {
			@Override
			public void send(SimpleMailMessage... messages) {
				sent.addAll(List.of(messages));
			}
		};
		MailOutbox outbox = new MailOutbox(this.store, sender, this.messages, this.scheduling, this.transactions,
				"noreply@zhucun.local", "https://zhucun.example/");

		outbox.sendPending();
		outbox.sendPending();

		assertThat(sent).filteredOn(m -> "liaison@example.com".equals(m.getTo()[0])).singleElement().satisfies(m -> {
			assertThat(m.getSubject()).isEqualTo("【驻村通】未读（3）");
			assertThat(m.getText()).contains("https://zhucun.example/notifications");
		});
		assertThat(this.jdbc.queryForObject(
				"select mail_state from notice_recipient where notice_id = ? and account_id = ?", String.class,
				noticeId, account)).isEqualTo("SENT");
	}

	private long demoUnitId() {
		return this.jdbc.queryForObject("select unit_id from account where username = 'unit'", Long.class);
	}

	private long otherUnitId() {
		return this.jdbc.queryForObject("select max(id) from aid_unit", Long.class);
	}

	private long accountId(String username) {
		return this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	private List<Long> recipients(String key) {
		return this.jdbc.queryForList(
				"select r.account_id from notice_recipient r join notice n on n.id = r.notice_id where n.dedup_key = ?",
				Long.class, key);
	}

	private long noticeId(String key) {
		return this.jdbc.queryForObject("select id from notice where dedup_key = ?", Long.class, key);
	}

	private long unread(long account) {
		return this.store.unreadCount(account);
	}

	/** A UNIT_ADMIN account of its own (of the last unit, not the demo's), so that its counts are the test's alone. */
	private long freshUnitAccount() {
		String name = "n" + UUID.randomUUID().toString().substring(0, 8);
		return this.jdbc.queryForObject("""
				insert into account (username, password_hash, display_name, role, unit_id, created_at, modified_at)
				values (?, 'x', ?, 'UNIT_ADMIN', ?, now(), now()) returning id""", Long.class, name, name, otherUnitId());
	}

	private RequestPostProcessor as(long accountId) {
		String name = this.jdbc.queryForObject("select username from account where id = ?", String.class, accountId);
		CurrentAccount account = new CurrentAccount(
				new DataScope(accountId, name, Role.UNIT_ADMIN, null, otherUnitId(), null), name, null, true, false,
				false);
		return authentication(
				UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
	}
}
