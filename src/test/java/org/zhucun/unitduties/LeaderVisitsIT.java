package org.zhucun.unitduties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.attendance.Attendance;
import org.zhucun.attendance.CadreMonth;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Leader visits over HTTP against the demo district: a unit records its members' finished visits with photos, bad
 * input is shown beside its field with nothing saved, another unit is refused (403) to read and to write, and the
 * API gives the demo unit's month as the demo tells it.
 */
class LeaderVisitsIT extends IntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UnitDuties duties;

	@Autowired
	private Attendance attendance;

	/** A unit with a linked village and at least three active leadership members, the principal first. */
	record Unit(long id, long village, List<Long> leaders) {
	}

	@Test
	void aUnitRecordsAFinishedVisitWithAPhotoAndSeesItOnItsPages() throws IOException {
		Unit unit = unit(0);
		LocalDate first = LocalDate.of(2025, 3, 3);
		MvcTestResult saved = post(TestUsers.unit(unit.id()), unit, unit.leaders().get(1), unit.village(), first,
				first.plusDays(1), "调研产业项目", List.of(photo("村部.jpg")));
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		Long id = this.jdbc.queryForObject("select max(id) from leader_visit where unit_id = ? and first_day = ?",
				Long.class, unit.id(), first);
		assertThat(saved).hasRedirectedUrl("/leader-visits/" + id);
		assertThat(this.jdbc.queryForObject("select principal from leader_visit where id = ?", Boolean.class, id))
			.isFalse();
		Long photo = this.jdbc.queryForObject(
				"select id from attachment where owner_type = 'leader-visit' and owner_id = ?", Long.class, id);

		assertThat(this.mvc.get().uri("/leader-visits/" + id).with(TestUsers.unit(unit.id())).exchange()).hasStatusOk()
			.bodyText()
			.contains("调研产业项目")
			.contains("/attachments/" + photo + "/thumbnail")
			.contains("2025-03-03 至 2025-03-04（2 天）");
		assertThat(this.mvc.get().uri("/leader-visits?month=2025-03").with(TestUsers.unit(unit.id())).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("data-visit=\"" + id + "\"");
		assertThat(this.mvc.get().uri("/unit-duties/units/" + unit.id() + "?month=2025-03")
			.with(TestUsers.unit(unit.id()))
			.exchange()).hasStatusOk().bodyText().contains("data-visit=\"" + id + "\"");
		assertThat(this.mvc.get().uri("/attachments/" + photo).with(TestUsers.unit(unit.id())).exchange())
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/attachments/" + photo).with(TestUsers.officeStaff()).exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/attachments/" + photo).with(TestUsers.unit(unit(1).id())).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anotherUnitIsRefusedToReadAndToWrite() throws IOException {
		Unit unit = unit(2);
		Unit other = unit(3);
		RequestPostProcessor otherAdmin = TestUsers.unit(other.id());
		LocalDate first = LocalDate.of(2025, 4, 7);
		assertThat(post(TestUsers.officeAdmin(), unit, unit.leaders().get(0), unit.village(), first, first, "检查工作",
				List.of())).hasStatus(HttpStatus.FOUND);
		Long id = this.jdbc.queryForObject("select max(id) from leader_visit where unit_id = ?", Long.class, unit.id());

		assertThat(this.mvc.get().uri("/leader-visits/" + id).with(otherAdmin).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/unit-duties/units/" + unit.id()).with(otherAdmin).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/leader-visits?month=2025-04&unitId=" + unit.id()).with(otherAdmin).exchange())
			.hasStatusOk()
			.bodyText()
			.doesNotContain("data-visit=\"" + id + "\"");
		assertThat(this.mvc.post().uri("/leader-visits/" + id + "/delete").param("version", "0").with(otherAdmin)
			.with(csrf()).exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/leader-visits/" + id + "/photos").multipart().file(photo("x.jpg"))
			.with(otherAdmin).with(csrf()).exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(otherAdmin, unit, unit.leaders().get(2), unit.village(), first, first, "越权登记", List.of()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/leader-visits/new?unit=" + unit.id()).with(TestUsers.officeStaff()).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count(unit.id())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from leader_visit where purpose = '越权登记'", Long.class))
			.isZero();

		// A town reads the units serving its villages, and no other.
		long town = this.jdbc.queryForObject("select town_id from village where id = ?", Long.class, unit.village());
		assertThat(this.mvc.get().uri("/leader-visits/" + id).with(TestUsers.town(town)).exchange()).hasStatusOk();
		Long farTown = this.jdbc.queryForObject("""
				select t.id from town t where not exists (select 1 from aid_unit_village l join village v on v.id = l.village_id
				  where l.unit_id = ? and v.town_id = t.id)
				  and not exists (select 1 from work_team w join village v on v.id = w.village_id
				  where w.unit_id = ? and v.town_id = t.id) order by t.id limit 1""", Long.class, unit.id(), unit.id());
		assertThat(this.mvc.get().uri("/leader-visits/" + id).with(TestUsers.town(farTown)).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/unit-duties/units/" + unit.id()).with(TestUsers.town(farTown)).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/leader-visits").with(TestUsers.member(unit.id(), 1L)).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);

		// The unit removes it, with its version.
		assertThat(this.mvc.post().uri("/leader-visits/" + id + "/delete").param("version", "0")
			.with(TestUsers.unit(unit.id())).with(csrf()).exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(count(unit.id())).isZero();
	}

	@Test
	void badInputIsShownBesideItsFieldAndNothingIsSaved() throws IOException {
		Unit unit = unit(4);
		Unit other = unit(5);
		RequestPostProcessor admin = TestUsers.unit(unit.id());
		long leader = unit.leaders().get(1);
		LocalDate first = LocalDate.of(2025, 5, 12);
		long before = count(unit.id());
		Long unrelated = this.jdbc.queryForObject("""
				select v.id from village v where v.id not in (select village_id from aid_unit_village where unit_id = ?)
				  and v.id not in (select w.village_id from work_team w join team_membership m on m.team_id = w.id
				                   join cadre c on c.id = m.cadre_id where c.unit_id = ?)
				order by v.id limit 1""", Long.class, unit.id(), unit.id());

		assertThat(post(admin, unit, leader, unit.village(), first, first.minusDays(1), "调研", List.of())).hasStatusOk()
			.bodyText()
			.contains("离村日期不能早于入村日期")
			.contains("is-invalid");
		assertThat(post(admin, unit, leader, unit.village(), TODAY, TODAY.plusDays(1), "调研", List.of())).hasStatusOk()
			.bodyText()
			.contains("只能登记已结束的入村");
		assertThat(post(admin, unit, other.leaders().get(1), unit.village(), first, first, "调研", List.of()))
			.hasStatusOk()
			.bodyText()
			.contains("请选择本单位的班子成员");
		assertThat(post(admin, unit, leader, unrelated, first, first, "调研", List.of())).hasStatusOk()
			.bodyText()
			.contains("该村既不是本单位的联系点，也没有本单位干部驻村");
		assertThat(post(admin, unit, leader, unit.village(), first, first, "   ", List.of())).hasStatusOk()
			.bodyText()
			.contains("id=\"visit-form\"")
			.contains("必填");
		assertThat(post(admin, unit, leader, unit.village(), first, first, "调研",
				List.of(new MockMultipartFile("photos", "photo.jpg", "image/jpeg",
						"<html>not a photo</html>".getBytes(StandardCharsets.UTF_8)))))
			.hasStatusOk()
			.bodyText()
			.contains("photo.jpg 不是 JPEG、PNG 照片或 PDF 文件");
		byte[] large = new byte[5 * 1024 * 1024 + 10];
		byte[] jpeg = photo("a.jpg").getBytes();
		System.arraycopy(jpeg, 0, large, 0, jpeg.length);
		assertThat(post(admin, unit, leader, unit.village(), first, first, "调研",
				List.of(new MockMultipartFile("photos", "big.jpg", "image/jpeg", large))))
			.hasStatusOk()
			.bodyText()
			.contains("big.jpg 超过 5 MB");
		assertThat(post(admin, unit, leader, unit.village(), first, null, "调研", List.of())).hasStatusOk()
			.bodyText()
			.contains("必填");
		assertThat(count(unit.id())).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from attachment where file_name in ('photo.jpg', 'big.jpg')",
				Long.class)).isZero();

		// A second visit of the same member on one of the days is refused too.
		assertThat(post(admin, unit, leader, unit.village(), first, first.plusDays(2), "调研", List.of()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(post(admin, unit, leader, unit.village(), first.plusDays(2), first.plusDays(3), "再次调研", List.of()))
			.hasStatusOk()
			.bodyText()
			.contains("在这段时间已有入村记录");
		assertThat(count(unit.id())).isEqualTo(before + 1);
	}

	@Test
	void theDemoUnitIsOneDayShortThisMonthAndItsAllowanceFollowsAttendance() {
		long demoUnit = this.jdbc.queryForObject("select unit_id from account where username = 'unit'", Long.class);
		YearMonth month = YearMonth.from(TODAY);

		UnitDutyMonth duty = this.duties.monthFor(demoUnit, month);

		assertThat(duty.principalVisited()).isTrue();
		assertThat(duty.othersDays()).isEqualTo(1);
		assertThat(duty.othersRequired()).isEqualTo(2);
		assertThat(duty.met()).isFalse();
		assertThat(duty.meetingThisQuarter()).isTrue();
		assertThat(duty.visits()).hasSize(2).allSatisfy(v -> assertThat(v.lastDay()).isBeforeOrEqualTo(TODAY));
		int days = this.attendance.unitMonth(demoUnit, month).stream().mapToInt(CadreMonth::inVillageDays).sum();
		assertThat(days).isPositive();
		assertThat(duty.allowanceTotal()).isEqualByComparingTo(new BigDecimal(UnitDutyDemoData.DEMO_RATE)
			.multiply(BigDecimal.valueOf(days)));
		assertThat(this.duties.shortfalls(month)).anySatisfy(s -> {
			assertThat(s.unitId()).isEqualTo(demoUnit);
			assertThat(s.principalVisited()).isTrue();
			assertThat(s.othersDays()).isEqualTo(1);
		});
		assertThat(this.mvc.get().uri("/unit-duties/mine").with(TestUsers.unit(demoUnit)).exchange())
			.hasRedirectedUrl("/unit-duties/units/" + demoUnit);
		assertThat(this.mvc.get().uri("/unit-duties/units/" + demoUnit).with(TestUsers.unit(demoUnit)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("1 / 2 天")
			.contains("data-month=\"" + month + "\" data-met=\"false\"");
	}

	private MvcTestResult post(RequestPostProcessor user, Unit unit, Long leader, Long village, LocalDate first,
			LocalDate last, String purpose, List<MockMultipartFile> files) {
		var request = this.mvc.post().uri("/leader-visits").multipart();
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		request.param("unitId", String.valueOf(unit.id()))
			.param("leaderId", String.valueOf(leader))
			.param("villageId", String.valueOf(village))
			.param("firstDay", first.toString())
			.param("purpose", purpose)
			.param("findings", "发现的情况")
			.with(user)
			.with(csrf());
		if (last != null) {
			request.param("lastDay", last.toString());
		}
		return request.exchange();
	}

	private long count(long unitId) {
		return this.jdbc.queryForObject("select count(*) from leader_visit where unit_id = ? and first_day < '2026-01-01'",
				Long.class, unitId);
	}

	/** @return the n-th demo unit (not the {@code unit} account's) with a linked village and three active members */
	private Unit unit(int n) {
		List<Long> ids = this.jdbc.queryForList("""
				select u.id from aid_unit u where u.active
				  and u.id not in (select unit_id from account where username = 'unit')
				  and exists (select 1 from aid_unit_village l where l.unit_id = u.id)
				  and (select count(*) from unit_leader l where l.unit_id = u.id and l.active) >= 3
				order by u.id""", Long.class);
		long id = ids.get(n);
		long village = this.jdbc.queryForObject("select min(village_id) from aid_unit_village where unit_id = ?",
				Long.class, id);
		List<Long> leaders = new ArrayList<>(this.jdbc.queryForList(
				"select id from unit_leader where unit_id = ? and active order by principal desc, sort_order, id",
				Long.class, id));
		return new Unit(id, village, leaders);
	}

	private static MockMultipartFile photo(String name) throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0xA4262C);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return new MockMultipartFile("photos", name, "image/jpeg", out.toByteArray());
	}
}
