/**
 * Photos and files attached to records of any module, kept in the database: the service that checks and stores
 * them ({@link org.zhucun.shared.attachments.Attachments}), and the pages that serve them to those who may see the
 * record ({@link org.zhucun.shared.attachments.AttachmentOwner}).
 */
package org.zhucun.shared.attachments;
