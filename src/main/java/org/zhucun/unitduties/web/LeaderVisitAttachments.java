package org.zhucun.unitduties.web;

import org.springframework.stereotype.Component;
import org.zhucun.shared.attachments.AttachmentOwner;
import org.zhucun.unitduties.LeaderVisitService;

/** The photos of a leader visit are seen by those who may see the visit, and changed by those who may change it. */
@Component
class LeaderVisitAttachments implements AttachmentOwner {

	private final LeaderVisitService visits;

	LeaderVisitAttachments(LeaderVisitService visits) {
		this.visits = visits;
	}

	@Override
	public String ownerType() {
		return LeaderVisitService.ATTACHMENTS;
	}

	@Override
	public boolean canRead(long ownerId) {
		return this.visits.canRead(ownerId);
	}

	@Override
	public boolean canWrite(long ownerId) {
		return this.visits.canWrite(ownerId);
	}
}
