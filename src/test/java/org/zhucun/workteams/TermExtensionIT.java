package org.zhucun.workteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhucun.organization.VillageCategory;
import org.zhucun.support.TestUsers;

/** The bulk extension of terms ending in a year to 31 December: a preview, then one audited change. */
class TermExtensionIT extends TeamsIT {

	/** A year no other test's team ends in. */
	private static final int YEAR = 2089;

	@Test
	void previewListsTheTermsEndingInTheYearAndApplyExtendsThemAll() throws Exception {
		Place place = place(VillageCategory.NON_POOR_WITH_TASKS);
		long ending = dispatch(place.villageId(), place.unitId(), TERM_START, LocalDate.of(YEAR, 6, 30));
		long alreadyYearEnd = dispatch(place.villageId(), place.unitId(), TERM_START, LocalDate.of(YEAR, 12, 31));
		long nextYear = dispatch(place.villageId(), place.unitId(), TERM_START, LocalDate.of(YEAR + 1, 3, 1));
		long ended = dispatch(place.villageId(), place.unitId(), TERM_START, LocalDate.of(YEAR, 5, 1));
		asAdmin(() -> {
			this.teams.end(ended, TODAY);
			return null;
		});

		String preview = this.mvc.get()
			.uri("/teams/extend-terms?year={y}", YEAR)
			.with(TestUsers.officeAdmin())
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(preview).contains(YEAR + " 年任期届满的 1 支工作队将延期到 " + YEAR + "-12-31", "id=\"extension-preview\"",
				"id=\"apply-extension\"", place.villageName(),
				YEAR + "-06-30", "/teams/" + ending + "\"")
			.doesNotContain("/teams/" + alreadyYearEnd + "\"", "/teams/" + nextYear + "\"", "/teams/" + ended + "\"");

		MvcTestResult applied = this.mvc.post()
			.uri("/teams/extend-terms")
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("year", String.valueOf(YEAR))
			.exchange();
		assertThat(applied).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/teams/extend-terms?year=" + YEAR);
		assertThat(followRedirect(applied, TestUsers.officeAdmin())).bodyText()
			.contains("已将 1 支工作队的任期延期到 " + YEAR + "-12-31");
		assertThat(termEnd(ending)).isEqualTo(LocalDate.of(YEAR, 12, 31));
		assertThat(termEnd(nextYear)).isEqualTo(LocalDate.of(YEAR + 1, 3, 1));
		assertThat(termEnd(ended)).isEqualTo(LocalDate.of(YEAR, 5, 1));
		// The change is in the audit trail, by the signed-in user.
		assertThat(this.jdbc.queryForObject("""
				select r.username from work_team_aud a join revision r on r.id = a.rev
				where a.id = ? and a.term_end = ? and a.revtype = 1""", String.class, ending, LocalDate.of(YEAR, 12, 31)))
			.isEqualTo("test-office_admin");
		// Nothing is left to extend.
		assertThat(this.mvc.get().uri("/teams/extend-terms?year={y}", YEAR).with(TestUsers.officeAdmin()))
			.bodyText()
			.doesNotContain("/teams/" + ending + "\"", "id=\"apply-extension\"");
	}

	@Test
	void yearOutOfRangeIsExplained() {
		assertThat(this.mvc.get().uri("/teams/extend-terms?year=1999").with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("请输入 2015 到 2100 之间的年份。");
		assertThat(this.mvc.post().uri("/teams/extend-terms").with(TestUsers.officeAdmin()).with(csrf())
			.param("year", "3000")).hasStatusOk().bodyText().contains("请输入 2015 到 2100 之间的年份。");
	}

	private LocalDate termEnd(long team) {
		return this.jdbc.queryForObject("select term_end from work_team where id = ?", LocalDate.class, team);
	}
}
