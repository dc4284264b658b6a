package org.zhucun.shared.attachments;

import java.time.Instant;

/** What a page shows of an attachment, without its content: name, kind, size, and whether it has a thumbnail. */
public record AttachmentInfo(long id, String ownerType, long ownerId, String fileName, String contentType,
		int sizeBytes, boolean hasThumbnail, Instant createdAt, String createdBy) {

	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

	/** @return the size for people: 312 KB, 2.4 MB */
	public String size() {
		if (this.sizeBytes < 1024 * 1024) {
			return Math.max(1, Math.round(this.sizeBytes / 1024.0)) + " KB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", this.sizeBytes / (1024.0 * 1024.0));
	}
}
