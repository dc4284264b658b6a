package org.zhucun.workteams;

import java.time.LocalDate;

/** What ending a membership needs: the member's last day, the reason, a note, and the version it was opened on. */
public record MembershipEnd(LocalDate leftOn, LeaveReason reason, String note, long version) {
}
