package org.zhucun.attendance;

import java.util.List;

/** A cadre's line of the team's week: their name and their seven days from Monday. */
public record WeekRow(Long cadreId, String cadreName, List<WeekCell> cells) {
}
