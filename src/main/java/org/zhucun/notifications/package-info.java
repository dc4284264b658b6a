/**
 * Notifications (DOMAIN §9): the in-app notification centre (a bell with the unread count, a list, read and unread)
 * and email when a mail server is configured. Other modules send notices through {@link Notifications}; a notice with
 * a dedup key is sent once however many instances or restarts try. {@code NoticeStore} reads the identity module's
 * {@code account} table in one query class to resolve a unit's, a town's or the office's accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = { "identity", "shared" })
package org.zhucun.notifications;
