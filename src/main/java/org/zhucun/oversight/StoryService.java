package org.zhucun.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Organization;
import org.zhucun.oversight.domain.NoticeState;
import org.zhucun.oversight.domain.Story;
import org.zhucun.oversight.domain.StoryRepository;
import org.zhucun.shared.attachments.AttachmentInfo;
import org.zhucun.shared.attachments.Attachments;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.Paging;

/**
 * Stories of model cadres and teams (DOMAIN §11, 宣传表彰): the office drafts them with photos and publishes them;
 * everyone signed in reads the published ones, the office the drafts too.
 */
@Service
@Transactional(readOnly = true)
public class StoryService {

	/** Owner type of a story's photos. */
	public static final String PHOTOS = "story";

	private static final String SELECT = """
			select s.id, s.title, s.body, u.name as unit_name, v.name as village_name, c.name as cadre_name, s.state,
			       s.published_on, s.version
			from oversight_story s
			join aid_unit u on u.id = s.unit_id
			left join work_team t on t.id = s.team_id
			left join village v on v.id = t.village_id
			left join cadre c on c.id = s.cadre_id
			""";

	private final StoryRepository stories;

	private final JdbcClient jdbc;

	private final ScopeService scopes;

	private final Organization organization;

	private final Attachments attachments;

	private final Clock clock;

	StoryService(StoryRepository stories, JdbcClient jdbc, ScopeService scopes, Organization organization,
			Attachments attachments, Clock clock) {
		this.stories = stories;
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.organization = organization;
		this.attachments = attachments;
		this.clock = clock;
	}

	/** @return the published stories, latest first (the office's drafts first for the office) */
	public Page<StoryRow> list(int page) {
		boolean office = this.scopes.current().isOffice();
		var pageable = Paging.page(page);
		String where = office ? "" : " where s.state = 'PUBLISHED'";
		long total = this.jdbc.sql("select count(*) from oversight_story s" + where).query(Long.class).single();
		Map<String, Object> params = new HashMap<>();
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<StoryRow> rows = total == 0 ? List.of()
				: this.jdbc.sql(SELECT + where
						+ " order by s.state, s.published_on desc nulls first, s.id desc limit :limit offset :offset")
					.params(params)
					.query(StoryService::row)
					.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** @return the story; a draft is the office's only (403) */
	public StoryRow get(Long id) {
		StoryRow row = this.jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(StoryService::row).optional()
			.orElseThrow(() -> new NotFoundException("story", id));
		this.scopes.require(row.state() == NoticeState.PUBLISHED || this.scopes.current().isOffice());
		return row;
	}

	/** @return the story's photos */
	public List<AttachmentInfo> photos(Long id) {
		return this.attachments.list(PHOTOS, id);
	}

	/**
	 * The office drafts a story with its photos.
	 * @return the story's id
	 */
	@Transactional
	public Long draft(String title, String body, Long unitId, Long teamId, Long cadreId, List<MultipartFile> photos) {
		this.scopes.requireOffice();
		if (unitId == null || this.organization.unit(unitId).isEmpty()) {
			throw new BusinessRuleException("unitId", "oversight.finding.error.unit-required");
		}
		if (cadreId != null && !this.organization.cadre(cadreId).map(c -> c.unitId().equals(unitId)).orElse(false)) {
			throw new BusinessRuleException("cadreId", "oversight.finding.error.cadre-required");
		}
		this.attachments.check("files", photos, 0);
		Story story = Story.draft(title, body, unitId, teamId, cadreId);
		Long id = this.stories.saveAndFlush(story).getId();
		this.attachments.store(PHOTOS, id, "files", photos);
		return id;
	}

	/** The office publishes a draft. */
	@Transactional
	public void publish(Long id, long version) {
		this.scopes.requireOffice();
		Story story = this.stories.findById(id).orElseThrow(() -> new NotFoundException("story", id));
		story.checkVersion(version);
		story.publish(LocalDate.now(this.clock));
		this.stories.flush();
	}

	/** @return whether the signed-in user may see the story's photos */
	boolean canRead(long id) {
		return this.stories.findById(id)
			.map(s -> s.state() == NoticeState.PUBLISHED || this.scopes.current().isOffice())
			.orElse(false);
	}

	/** @return whether the signed-in user may change the story's photos (the office, while a draft) */
	boolean canWrite(long id) {
		return this.stories.findById(id)
			.map(s -> s.state() == NoticeState.DRAFT && this.scopes.current().isOffice())
			.orElse(false);
	}

	private static StoryRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new StoryRow(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("unit_name"),
				rs.getString("village_name"), rs.getString("cadre_name"), NoticeState.valueOf(rs.getString("state")),
				rs.getObject("published_on", LocalDate.class), rs.getLong("version"));
	}
}
