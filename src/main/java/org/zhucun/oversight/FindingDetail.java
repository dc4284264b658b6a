package org.zhucun.oversight;

import java.time.LocalDate;
import java.util.List;

import org.zhucun.oversight.domain.FindingStep;
import org.zhucun.shared.attachments.AttachmentInfo;

/**
 * A finding as its page shows it: its line, the unit's answer and the office's reason for sending it back, the fact
 * it was made from (with the address of the fact's page), the history, the files of the finding and of the answer,
 * and what the signed-in user may do now.
 * @param factHref the page of the fact it was made from, or null
 * @param factLabelKey the message key naming the kind of fact, or null
 */
public record FindingDetail(FindingRow row, long version, String answer, LocalDate answeredOn, String sendBackReason,
		LocalDate closedOn, String factHref, String factLabelKey, List<FindingStep> steps, List<AttachmentInfo> files,
		List<AttachmentInfo> answerFiles, boolean canAssign, boolean canAnswer, boolean canVerify) {

	public Long id() {
		return this.row.id();
	}
}
