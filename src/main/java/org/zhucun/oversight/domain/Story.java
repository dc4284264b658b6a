package org.zhucun.oversight.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * A story of a model cadre or team (DOMAIN §11), with photos: drafted and edited by the office, then published for
 * everyone signed in to read.
 */
@Entity
@Table(name = "oversight_story")
@Audited
public class Story extends BaseEntity {

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "team_id")
	private Long teamId;

	@Column(name = "cadre_id")
	private Long cadreId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NoticeState state;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	/** For persistence frameworks only. */
	protected Story() {
	}

	/**
	 * A draft about a unit's team or cadre.
	 * @throws BusinessRuleException beside {@code title} or {@code body}
	 */
	public static Story draft(String title, String body, Long unitId, Long teamId, Long cadreId) {
		Story story = new Story();
		story.state = NoticeState.DRAFT;
		story.unitId = unitId;
		story.teamId = teamId;
		story.cadreId = cadreId;
		story.title = Texts.required("title", title, 200, "oversight.story.error.title");
		story.body = Texts.required("body", body, 20000, "oversight.story.error.body");
		return story;
	}

	/** Publishes the draft. */
	public void publish(LocalDate today) {
		if (this.state == NoticeState.PUBLISHED) {
			throw BusinessRuleException.global("oversight.story.error.published");
		}
		this.state = NoticeState.PUBLISHED;
		this.publishedOn = today;
	}

	public NoticeState state() {
		return this.state;
	}
}
