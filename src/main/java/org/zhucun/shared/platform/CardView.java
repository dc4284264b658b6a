package org.zhucun.shared.platform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a home card shows: a title linking to the page where the work is done, a headline with the main count, and
 * a few lines with details or further links; its tone says whether something needs doing.
 * @param titleKey message key of the card's title
 * @param href where the title leads
 * @param tone whether the card asks for action
 * @param headline the main statement, e.g. "3 leave requests wait for you"
 * @param lines further statements, each optionally a link
 */
public record CardView(String titleKey, String href, Tone tone, Text headline, List<Line> lines) {

	/** Whether a card asks for action. */
	public enum Tone {
		/** Nothing to do, or all is in order. */
		OK,
		/** Information without a task. */
		INFO,
		/** Work is waiting. */
		ACTION,
		/** Something is wrong, e.g. rules not met. */
		PROBLEM
	}

	/** A message key with its arguments. */
	public record Text(String key, Object... args) implements Serializable {
	}

	/** A line of a card, a link when {@code href} is set. */
	public record Line(Text text, String href, Tone tone) {
	}

	/** @return a card with its title, link, tone and headline, without lines */
	public static CardView of(String titleKey, String href, Tone tone, String headlineKey, Object... args) {
		return new CardView(titleKey, href, tone, new Text(headlineKey, args), List.of());
	}

	/** @return this card with one more line of text */
	public CardView line(String key, Object... args) {
		return with(new Line(new Text(key, args), null, null));
	}

	/** @return this card with one more line linking to a page */
	public CardView link(String href, Tone tone, String key, Object... args) {
		return with(new Line(new Text(key, args), href, tone));
	}

	private CardView with(Line line) {
		List<Line> more = new ArrayList<>(this.lines);
		more.add(line);
		return new CardView(this.titleKey, this.href, this.tone, this.headline, List.copyOf(more));
	}
}
