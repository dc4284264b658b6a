package org.zhucun.pairings;

import java.time.LocalDate;
import java.util.List;

import org.zhucun.pairings.domain.ContactKind;
import org.zhucun.pairings.domain.Satisfaction;
import org.zhucun.shared.attachments.AttachmentInfo;

/**
 * A contact on the household's page: the day, kind, cadre, the six items of the standard check (true: met),
 * notes, satisfaction and photos.
 */
public record ContactRow(Long id, LocalDate contactDate, ContactKind kind, String cadreName, boolean onBehalf,
		List<Boolean> check, String problems, String helpGiven, String policies, String incomeChange,
		Satisfaction satisfaction, List<AttachmentInfo> photos) {

	/** The items of the standard check (两不愁三保障), in the order of {@link #check()}. */
	public static final List<String> ITEMS = List.of("food", "clothing", "education", "medical", "housing", "water");

	/** @return how many items are a problem */
	public long problemCount() {
		return this.check.stream().filter(ok -> !ok).count();
	}
}
