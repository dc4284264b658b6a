package org.zhucun.identity;

import java.time.Instant;

/** One line of the sign-in log as the audit page shows it. */
public record LoginRecord(Instant at, String username, String kind, String remoteIp, String detail) {
}
