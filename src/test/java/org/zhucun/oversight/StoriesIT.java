package org.zhucun.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.zhucun.support.TestUsers;

/** Stories: the office drafts one with a photo and publishes it; a draft is the office's only; bad input is refused. */
class StoriesIT extends OversightIT {

	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	@Test
	void theOfficeDraftsAStoryWithAPhotoAndPublishesIt() {
		Team team = team();
		String title = unique("扎根基层");
		assertThat(this.mvc.post()
			.uri("/oversight/stories")
			.multipart()
			.param("title", " ")
			.param("body", "事迹")
			.param("unitId", String.valueOf(team.unitId()))
			.with(TestUsers.officeStaff())
			.with(csrf())
			.exchange()).hasStatusOk().bodyText().contains("请填写标题");
		assertThat(this.jdbc.queryForObject("select count(*) from oversight_story where unit_id = ?", Long.class,
				team.unitId())).isZero();

		assertThat(this.mvc.post()
			.uri("/oversight/stories")
			.multipart()
			.file(new MockMultipartFile("files", "photo.png", "image/png", PNG))
			.param("title", title)
			.param("body", "工作队坚持驻村，带领群众增收。")
			.param("unitId", String.valueOf(team.unitId()))
			.param("teamId", String.valueOf(team.teamId()))
			.with(TestUsers.officeStaff())
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select id from oversight_story where title = ?", Long.class, title);
		assertThat(this.jdbc.queryForObject("select count(*) from attachment where owner_type = 'story' and owner_id = ?",
				Long.class, id)).isEqualTo(1);
		assertThat(this.mvc.get().uri("/oversight/stories/" + id).with(TestUsers.member(team.unitId(), team.memberId()))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/oversight/stories").with(TestUsers.unit(team.unitId())).exchange()).bodyText()
			.doesNotContain(title);

		assertThat(this.mvc.post()
			.uri("/oversight/stories/" + id + "/publish")
			.param("version", "0")
			.with(TestUsers.unit(team.unitId()))
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		long version = this.jdbc.queryForObject("select version from oversight_story where id = ?", Long.class, id);
		assertThat(this.mvc.post()
			.uri("/oversight/stories/" + id + "/publish")
			.param("version", String.valueOf(version))
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/oversight/stories/" + id).with(TestUsers.member(team.unitId(), team.memberId()))
			.exchange()).hasStatusOk().bodyText().contains(title).contains("工作队坚持驻村");
	}
}
