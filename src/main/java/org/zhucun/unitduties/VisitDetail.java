package org.zhucun.unitduties;

import java.util.List;

import org.zhucun.shared.attachments.AttachmentInfo;

/** A visit's page: the visit, its photos and files, and whether the signed-in user may change it. */
public record VisitDetail(VisitRow visit, List<AttachmentInfo> files, boolean editable) {
}
