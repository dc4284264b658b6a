package org.zhucun.notifications;

import java.time.Instant;

/**
 * One notice as its recipient sees it in the notification centre.
 * @param id the notice
 * @param kind its occasion's kind
 * @param titleKey message key of its title
 * @param args the title's arguments
 * @param href where it leads, or null
 * @param createdAt when it was sent
 * @param read whether the recipient has read it
 */
public record NoticeRow(long id, String kind, String titleKey, String[] args, String href, Instant createdAt,
		boolean read) {
}
