package org.zhucun.oversight.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * A notice (通报) of a month's facts (DOMAIN §10): drafted by the office from the facts, edited, then published with a
 * number made from its pattern ({year}, {n}) to the units it names. Published, it no longer changes.
 */
@Entity
@Table(name = "oversight_notice")
@Audited
public class Notice extends BaseEntity {

	/** The pattern of numbers when none was used before, e.g. 济脱贫办〔2026〕3号. */
	public static final String DEFAULT_PATTERN = "济脱贫办〔{year}〕{n}号";

	@Column(nullable = false, updatable = false)
	private String month;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	@Column(name = "number_pattern", nullable = false)
	private String numberPattern;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NoticeState state;

	private Integer year;

	private Integer seq;

	private String number;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@ElementCollection
	@CollectionTable(name = "oversight_notice_unit", joinColumns = @JoinColumn(name = "notice_id"))
	@Column(name = "unit_id")
	@NotAudited
	private Set<Long> unitIds = new LinkedHashSet<>();

	/** For persistence frameworks only. */
	protected Notice() {
	}

	/** A draft of the month with the text assembled from its facts and the units they name. */
	/** The longest text: a month's facts of a whole district (every team short of the weekly rule) must fit. */
	public static final int MAX_BODY = 200_000;

	public static Notice draft(YearMonth month, String title, String body, String numberPattern, Set<Long> unitIds) {
		Notice notice = new Notice();
		notice.month = month.toString();
		notice.state = NoticeState.DRAFT;
		notice.unitIds = new LinkedHashSet<>(unitIds);
		notice.edit(title, body, numberPattern);
		return notice;
	}

	/**
	 * The office edits the draft.
	 * @throws BusinessRuleException beside {@code title}, {@code body} or {@code numberPattern}; globally once published
	 */
	public void edit(String title, String body, String numberPattern) {
		requireDraft();
		this.title = Texts.required("title", title, 200, "oversight.notice.error.title");
		this.body = Texts.required("body", body, MAX_BODY, "oversight.notice.error.body");
		String pattern = Texts.required("numberPattern", numberPattern, 100, "oversight.notice.error.pattern");
		if (!pattern.contains("{n}")) {
			throw new BusinessRuleException("numberPattern", "oversight.notice.error.pattern-n");
		}
		this.numberPattern = pattern;
	}

	/**
	 * Publishes the draft with the next number of the year.
	 * @param seq the notice's number in the year (the last one published plus one)
	 */
	public void publish(int seq, LocalDate today) {
		requireDraft();
		this.year = today.getYear();
		this.seq = seq;
		this.number = number(this.numberPattern, this.year, seq);
		this.publishedOn = today;
		this.state = NoticeState.PUBLISHED;
	}

	/** @return the number the pattern makes for the year and the sequence */
	public static String number(String pattern, int year, int seq) {
		return pattern.replace("{year}", Integer.toString(year)).replace("{n}", Integer.toString(seq));
	}

	private void requireDraft() {
		if (this.state == NoticeState.PUBLISHED) {
			throw BusinessRuleException.global("oversight.notice.error.published");
		}
	}

	public YearMonth month() {
		return YearMonth.parse(this.month);
	}

	public String title() {
		return this.title;
	}

	public String body() {
		return this.body;
	}

	public String numberPattern() {
		return this.numberPattern;
	}

	public NoticeState state() {
		return this.state;
	}

	public String number() {
		return this.number;
	}

	public LocalDate publishedOn() {
		return this.publishedOn;
	}

	public Set<Long> unitIds() {
		return Set.copyOf(this.unitIds);
	}
}
