package org.zhucun.notifications.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.zhucun.notifications.NoticeRow;

/**
 * The notices in the database: a notice once per dedup key (a unique index), its recipients with read and mail state,
 * and the accounts of a unit, a town or the office (read from the identity module's {@code account} table, the one
 * place this module does so).
 */
@Repository
public class NoticeStore {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public NoticeStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return the new notice's id, or empty when a notice with the same dedup key was sent before */
	public Optional<Long> insertNotice(String kind, String titleKey, String[] args, String href, String dedupKey) {
		List<Long> ids = this.jdbc.query(
				"""
						insert into notice (kind, title_key, args, href, dedup_key, created_at)
						values (?, ?, ?, ?, ?, ?)
						on conflict (dedup_key) where dedup_key is not null do nothing
						returning id""",
				(rs, n) -> rs.getLong(1), kind, titleKey, args, href, dedupKey, Timestamp.from(this.clock.instant()));
		return ids.stream().findFirst();
	}

	/**
	 * Adds the active accounts among the ids as recipients of the notice; their email is queued when mail is on and
	 * they gave an address.
	 * @return how many recipients were added
	 */
	public int addRecipients(long noticeId, Collection<Long> accountIds, boolean mailOn) {
		return this.jdbc.update("""
				insert into notice_recipient (notice_id, account_id, mail_state)
				select ?, a.id, case when ? and m.email is not null then 'PENDING' else 'NONE' end
				from account a left join notice_mail_address m on m.account_id = a.id
				where a.id = any (?) and a.active
				on conflict do nothing""", noticeId, mailOn, accountIds.toArray(Long[]::new));
	}

	/** @return the active accounts of the unit's liaisons */
	public List<Long> unitAccounts(long unitId) {
		return this.jdbc.queryForList("select id from account where role = 'UNIT_ADMIN' and unit_id = ? and active",
				Long.class, unitId);
	}

	/** @return the active accounts of the town's officials */
	public List<Long> townAccounts(long townId) {
		return this.jdbc.queryForList("select id from account where role = 'TOWN_OFFICIAL' and town_id = ? and active",
				Long.class, townId);
	}

	/** @return the active accounts of the office, administrators and staff */
	public List<Long> officeAccounts() {
		return this.jdbc.queryForList(
				"select id from account where role in ('OFFICE_ADMIN', 'OFFICE_STAFF') and active order by id",
				Long.class);
	}

	/** @return how many notices the account has not read */
	public long unreadCount(long accountId) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from notice_recipient where account_id = ? and read_at is null", Long.class,
				accountId);
		return count == null ? 0 : count;
	}

	/** @return how many notices the account has (unread only when asked) */
	public long count(long accountId, boolean unreadOnly) {
		Long count = this.jdbc.queryForObject("select count(*) from notice_recipient where account_id = ?"
				+ (unreadOnly ? " and read_at is null" : ""), Long.class, accountId);
		return count == null ? 0 : count;
	}

	/** @return a page of the account's notices, newest first */
	public List<NoticeRow> page(long accountId, boolean unreadOnly, int offset, int size) {
		return this.jdbc.query("""
				select n.id, n.kind, n.title_key, n.args, n.href, n.created_at, r.read_at is not null as read
				from notice_recipient r join notice n on n.id = r.notice_id
				where r.account_id = ?""" + (unreadOnly ? " and r.read_at is null" : "")
				+ " order by r.notice_id desc offset ? limit ?", NoticeStore::row, accountId, offset, size);
	}

	/** @return the notice of the account, or empty when it is not theirs */
	public Optional<NoticeRow> find(long accountId, long noticeId) {
		return this.jdbc.query("""
				select n.id, n.kind, n.title_key, n.args, n.href, n.created_at, r.read_at is not null as read
				from notice_recipient r join notice n on n.id = r.notice_id
				where r.account_id = ? and r.notice_id = ?""", NoticeStore::row, accountId, noticeId)
			.stream()
			.findFirst();
	}

	/** Marks the account's notice read or unread. @return whether the notice is the account's */
	public boolean mark(long accountId, long noticeId, boolean read) {
		return this.jdbc.update(
				"update notice_recipient set read_at = case when ? then coalesce(read_at, ?) end "
						+ "where account_id = ? and notice_id = ?",
				read, Timestamp.from(this.clock.instant()), accountId, noticeId) > 0;
	}

	/** Marks every notice of the account read. @return how many were unread */
	public int markAllRead(long accountId) {
		return this.jdbc.update("update notice_recipient set read_at = ? where account_id = ? and read_at is null",
				Timestamp.from(this.clock.instant()), accountId);
	}

	/** @return the account's email address for notices, if it gave one */
	public Optional<String> mailAddress(long accountId) {
		return this.jdbc.queryForList("select email from notice_mail_address where account_id = ?", String.class,
				accountId).stream().findFirst();
	}

	/** Sets (or, with null, removes) the account's email address for notices. */
	public void setMailAddress(long accountId, String email) {
		if (email == null) {
			this.jdbc.update("delete from notice_mail_address where account_id = ?", accountId);
			return;
		}
		this.jdbc.update("""
				insert into notice_mail_address (account_id, email, modified_at) values (?, ?, ?)
				on conflict (account_id) do update set email = excluded.email, modified_at = excluded.modified_at""",
				accountId, email, Timestamp.from(this.clock.instant()));
	}

	/** One email waiting to be sent. */
	public record PendingMail(long noticeId, long accountId, String email, String titleKey, String[] args,
			String href) {
	}

	/** @return up to {@code limit} emails waiting, oldest first, locked against another instance sending them */
	public List<PendingMail> pendingMail(int limit) {
		return this.jdbc.query("""
				select r.notice_id, r.account_id, m.email, n.title_key, n.args, n.href
				from notice_recipient r join notice n on n.id = r.notice_id
				join notice_mail_address m on m.account_id = r.account_id
				where r.mail_state = 'PENDING' order by r.notice_id limit ? for update of r skip locked""",
				(rs, n) -> new PendingMail(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						texts(rs.getArray(5)), rs.getString(6)),
				limit);
	}

	/** Notes that the email of the recipient was sent (or failed). */
	public void mailed(long noticeId, long accountId, boolean sent) {
		this.jdbc.update(
				"update notice_recipient set mail_state = ?, mailed_at = ? where notice_id = ? and account_id = ?",
				sent ? "SENT" : "FAILED", Timestamp.from(this.clock.instant()), noticeId, accountId);
	}

	private static NoticeRow row(ResultSet rs, int n) throws SQLException {
		return new NoticeRow(rs.getLong(1), rs.getString(2), rs.getString(3), texts(rs.getArray(4)), rs.getString(5),
				rs.getTimestamp(6).toInstant(), rs.getBoolean(7));
	}

	private static String[] texts(Array array) throws SQLException {
		if (array == null) {
			return new String[0];
		}
		Object[] values = (Object[]) array.getArray();
		return Arrays.stream(values).map(String::valueOf).toArray(String[]::new);
	}
}
