package org.zhucun.oversight;

import java.time.LocalDate;

/** A recall to record: the team, the member's membership, their last day, the reason and the finding it follows. */
public record RecallCommand(Long teamId, Long membershipId, LocalDate lastDay, String reason, Long findingId) {
}
