package org.zhucun.unitduties;

import java.util.List;

import org.zhucun.shared.attachments.AttachmentInfo;

/** A meeting's page: the meeting, its files, and whether the signed-in user may change it. */
public record MeetingDetail(MeetingRow meeting, List<AttachmentInfo> files, boolean editable) {
}
