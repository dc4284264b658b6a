package org.zhucun.oversight;

import java.time.LocalDate;

import org.zhucun.oversight.domain.NoticeState;

/** A notice in the list: its month, title, state, number and day of publication, and how many units it names. */
public record NoticeRow(Long id, String month, String title, NoticeState state, String number, LocalDate publishedOn,
		int units) {
}
