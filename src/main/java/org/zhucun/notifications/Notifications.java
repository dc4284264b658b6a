package org.zhucun.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.ScopeService;
import org.zhucun.notifications.domain.NoticeStore;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Paging;

/**
 * The notification centre's API: other modules send notices to accounts, or to a unit's liaisons, a town's officials
 * or the office; a notice with a dedup key is sent once (a unique index decides, so two instances or a restart never
 * send it twice). Email is queued for recipients with an address only when a mail server is configured
 * ({@code spring.mail.host}). The signed-in user reads their own notices here too. No scope check on sending: the
 * caller decides who is told.
 */
@Service
public class Notifications {

	/** Form field of the email address. */
	public static final String EMAIL_FIELD = "email";

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final NoticeStore store;

	private final ScopeService scopes;

	private final boolean mailOn;

	public Notifications(NoticeStore store, ScopeService scopes, Environment environment) {
		this.store = store;
		this.scopes = scopes;
		this.mailOn = MailOutbox.configured(environment);
	}

	/**
	 * Sends the notice to its accounts, unless one with the same dedup key was sent before.
	 * @return whether it was sent now
	 */
	@Transactional
	public boolean send(Notice notice) {
		if (notice.accountIds().isEmpty()) {
			return false;
		}
		String[] args = Arrays.stream(notice.args()).map(String::valueOf).toArray(String[]::new);
		Optional<Long> id = this.store.insertNotice(notice.kind(), notice.titleKey(), args, notice.href(),
				notice.dedupKey());
		id.ifPresent(noticeId -> this.store.addRecipients(noticeId, notice.accountIds(), mailOn()));
		return id.isPresent();
	}

	/** Sends a notice to the active liaisons (UNIT_ADMIN accounts) of the aid unit. @return whether it was sent now */
	@Transactional
	public boolean sendToUnit(Long unitId, String kind, String titleKey, Object[] args, String href, String dedupKey) {
		return send(new Notice(this.store.unitAccounts(unitId), kind, titleKey, args, href, dedupKey));
	}

	/** Sends a notice to the active officials (TOWN_OFFICIAL accounts) of the town. @return whether it was sent now */
	@Transactional
	public boolean sendToTown(Long townId, String kind, String titleKey, Object[] args, String href, String dedupKey) {
		return send(new Notice(this.store.townAccounts(townId), kind, titleKey, args, href, dedupKey));
	}

	/** Sends a notice to the office's active accounts (administrators and staff). @return whether it was sent now */
	@Transactional
	public boolean sendToOffice(String kind, String titleKey, Object[] args, String href, String dedupKey) {
		return send(new Notice(this.store.officeAccounts(), kind, titleKey, args, href, dedupKey));
	}

	/** @return the active office accounts (administrators and staff) */
	public List<Long> officeAccounts() {
		return this.store.officeAccounts();
	}

	/** @return how many notices the signed-in user has not read (the bell's count) */
	@Transactional(readOnly = true)
	public long unreadCount() {
		return this.store.unreadCount(this.scopes.current().accountId());
	}

	/** @return a page of the signed-in user's notices, newest first */
	@Transactional(readOnly = true)
	public Page<NoticeRow> mine(boolean unreadOnly, int page) {
		long account = this.scopes.current().accountId();
		long total = this.store.count(account, unreadOnly);
		int size = Paging.SIZE;
		int last = (int) Math.max(0, (total - 1) / size);
		Pageable pageable = Paging.page(Math.min(page, last));
		return new PageImpl<>(this.store.page(account, unreadOnly, (int) pageable.getOffset(), size), pageable, total);
	}

	/**
	 * Marks the signed-in user's notice read and gives where it leads.
	 * @return the address of the notice's page; empty when the notice is not the user's
	 */
	@Transactional
	public Optional<NoticeRow> open(long noticeId) {
		long account = this.scopes.current().accountId();
		Optional<NoticeRow> notice = this.store.find(account, noticeId);
		notice.ifPresent(n -> this.store.mark(account, noticeId, true));
		return notice;
	}

	/** Marks the signed-in user's notice read or unread. @return false when the notice is not the user's */
	@Transactional
	public boolean mark(long noticeId, boolean read) {
		return this.store.mark(this.scopes.current().accountId(), noticeId, read);
	}

	/** Marks all the signed-in user's notices read. @return how many were unread */
	@Transactional
	public int markAllRead() {
		return this.store.markAllRead(this.scopes.current().accountId());
	}

	/** @return the signed-in user's email address for notices, or empty */
	@Transactional(readOnly = true)
	public Optional<String> mailAddress() {
		return this.store.mailAddress(this.scopes.current().accountId());
	}

	/**
	 * Sets the signed-in user's email address for notices; blank removes it.
	 * @throws BusinessRuleException on the {@link #EMAIL_FIELD} when the address is not an email address
	 */
	@Transactional
	public void setMailAddress(String email) {
		String trimmed = email == null ? "" : email.strip();
		if (!trimmed.isEmpty() && (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches())) {
			throw new BusinessRuleException(EMAIL_FIELD, "notifications.mail.invalid");
		}
		this.store.setMailAddress(this.scopes.current().accountId(),
				trimmed.isEmpty() ? null : trimmed.toLowerCase(Locale.ROOT));
	}

	/** @return whether email is sent (a mail server is configured) */
	public boolean mailOn() {
		return this.mailOn;
	}
}
