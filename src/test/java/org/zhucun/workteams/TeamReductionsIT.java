package org.zhucun.workteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhucun.organization.VillageCategory;
import org.zhucun.shared.excel.ImportColumn;
import org.zhucun.shared.excel.ImportErrors;
import org.zhucun.shared.excel.ImportSheet;
import org.zhucun.shared.excel.XlsxImport;
import org.zhucun.support.TestUsers;

/** The reductions of a month (不撤不减): members who left without a replacement in time, ready for a notice. */
class TeamReductionsIT extends TeamsIT {

	/** A month whose replacement windows have all passed. */
	private static final YearMonth MONTH = YearMonth.from(TODAY).minusMonths(2);

	@Test
	void monthListsTheTeamsReducedWithWhoLeftAndWhy() throws Exception {
		Place reduced = place();
		long team = staffedTeam(reduced, 3);
		long leaver = lastCadre(team);
		leave(team, leaver, MONTH.atDay(10), LeaveReason.RECALL, "召回原单位");

		Place replaced = place();
		long other = staffedTeam(replaced, 3);
		leave(other, lastCadre(other), MONTH.atDay(10), LeaveReason.ROTATION, null);
		addMember(other, cadre(replaced.unitId()), TeamRole.MEMBER, MONTH.atDay(14));

		Place nonPoor = place(VillageCategory.NON_POOR_WITH_TASKS);
		long small = staffedTeam(nonPoor, 2);
		leave(small, lastCadre(small), MONTH.atEndOfMonth(), LeaveReason.TRANSFER, null);

		String page = this.mvc.get()
			.uri("/teams/reductions?month={m}", MONTH)
			.with(TestUsers.officeStaff())
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(reduced.villageName(), reduced.townName(), reduced.unitName(), name(leaver),
				MONTH.atDay(10).toString(), "召回调整", "召回原单位", nonPoor.villageName(), "调动")
			.doesNotContain(replaced.villageName());
		assertThat(row(page, reduced.villageName())).contains(">3<", ">2<");

		// A town official sees the reductions of their town only.
		assertThat(this.mvc.get().uri("/teams/reductions?month={m}", MONTH).with(TestUsers.town(reduced.townId())))
			.bodyText()
			.contains(reduced.villageName())
			.doesNotContain(nonPoor.villageName());

		MvcTestResult export = this.mvc.get()
			.uri("/teams/reductions/export?month={m}", MONTH)
			.with(TestUsers.town(reduced.townId()))
			.exchange();
		assertThat(export).hasStatusOk().hasContentType(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		byte[] file = export.getResponse().getContentAsByteArray();
		assertThat(column(file, "减员名单", "干部姓名", "村")).containsExactly(name(leaver));
		assertThat(column(file, "减员名单", "离队原因", "村")).containsExactly("召回调整");
		assertThat(column(file, "减员名单", "月份", "村")).containsExactly(MONTH.toString());
	}

	@Test
	void departureIsJudgedInItsOwnMonthOnly() {
		Place place = place();
		long team = staffedTeam(place, 3);
		leave(team, lastCadre(team), MONTH.atDay(1), LeaveReason.OTHER, null);
		assertThat(this.mvc.get().uri("/teams/reductions?month={m}", MONTH).with(TestUsers.officeAdmin()))
			.bodyText()
			.contains(place.villageName());
		assertThat(this.mvc.get().uri("/teams/reductions?month={m}", MONTH.minusMonths(1)).with(TestUsers.officeAdmin()))
			.bodyText()
			.doesNotContain(place.villageName());
		assertThat(this.mvc.get().uri("/teams/reductions?month={m}", MONTH.plusMonths(1)).with(TestUsers.officeAdmin()))
			.bodyText()
			.doesNotContain(place.villageName());
	}

	@Test
	void teamPageShowsAReductionOfLastMonth() {
		Place place = place();
		long team = staffedTeam(place, 3);
		YearMonth last = YearMonth.from(TODAY).minusMonths(1);
		leave(team, lastCadre(team), last.atDay(1), LeaveReason.OTHER, null);
		assertThat(this.mvc.get().uri("/teams/{id}", team).with(TestUsers.officeAdmin()))
			.bodyText()
			.contains("data-problem=\"REDUCTION\"", last + " 减员：月初 3 人");
	}

	@Test
	void badMonthIsABadRequest() {
		assertThat(this.mvc.get().uri("/teams/reductions?month=2026-13").with(TestUsers.officeAdmin()))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	private void leave(long team, long cadre, LocalDate day, LeaveReason reason, String note) {
		long membership = membershipOf(team, cadre);
		asAdmin(() -> {
			this.teams.endMembership(team, membership, new MembershipEnd(day, reason, note,
					versionOfMembership(membership)));
			return null;
		});
	}

	private long lastCadre(long team) {
		return this.jdbc.queryForObject("select max(cadre_id) from team_membership where team_id = ? and role = 'MEMBER'",
				Long.class, team);
	}

	private String name(long cadre) {
		return this.jdbc.queryForObject("select name from cadre where id = ?", String.class, cadre);
	}

	private static String row(String page, String text) {
		int at = page.indexOf(text);
		return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
	}

	static List<String> column(byte[] file, String sheet, String header, String key) throws Exception {
		ImportSheet spec = new ImportSheet(sheet, List.of(new ImportColumn("value", header, true, "", null),
				new ImportColumn("key", key, true, "", null)), false, List.of());
		try (XlsxImport in = XlsxImport.open(new ByteArrayInputStream(file))) {
			return in.read(spec, new ImportErrors()).stream().map(r -> r.raw("value")).toList();
		}
	}
}
