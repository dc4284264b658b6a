package org.zhucun.unitduties.web;

import org.springframework.stereotype.Component;
import org.zhucun.shared.attachments.AttachmentOwner;
import org.zhucun.unitduties.MeetingService;

/** The files of a meeting are seen by those who may see the meeting, and changed by those who may change it. */
@Component
class MeetingAttachments implements AttachmentOwner {

	private final MeetingService meetings;

	MeetingAttachments(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public String ownerType() {
		return MeetingService.ATTACHMENTS;
	}

	@Override
	public boolean canRead(long ownerId) {
		return this.meetings.canRead(ownerId);
	}

	@Override
	public boolean canWrite(long ownerId) {
		return this.meetings.canWrite(ownerId);
	}
}
