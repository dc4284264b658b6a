package org.zhucun.attendance;

import org.springframework.data.domain.Page;

/** A page of the filtered spot checks, with the number of discrepancies among all that match the filter. */
public record SpotCheckList(Page<SpotCheckRow> page, long discrepancies) {
}
