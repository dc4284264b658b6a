package org.zhucun.oversight.domain;

import java.time.YearMonth;
import java.util.Objects;

/** The fact a finding was made from: its kind, the record's id and, for a month's fact, the month. */
public record Fact(FactKind kind, Long id, YearMonth month) {

	public Fact {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
	}
}
