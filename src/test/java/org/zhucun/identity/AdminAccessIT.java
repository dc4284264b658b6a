package org.zhucun.identity;

import org.zhucun.workteams.WorkTeamSettings;
import org.zhucun.leave.LeaveSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.audit.AuditSearch;
import org.zhucun.audit.AuditTrail;
import org.zhucun.shared.settings.SettingsRegistry;
import org.zhucun.organization.settings.HolidayAdministration;
import org.zhucun.organization.settings.SettingsAdministration;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Who may do what under /admin: only the office administrator changes anything and sees accounts; the office staff
 * read settings, holidays and the audit trail; other roles see none of it. Checked on the URLs and in the services.
 */
class AdminAccessIT extends IntegrationTest {

	@Autowired
	SettingsAdministration settings;

	@Autowired
	SettingsRegistry registry;

	@Autowired
	HolidayAdministration holidays;

	@Autowired
	AuditTrail trail;

	@Autowired
	AccountService accounts;

	static final List<String> WRITES = List.of("/admin/accounts", "/admin/accounts/1", "/admin/accounts/1/password",
			"/admin/accounts/1/lock", "/admin/accounts/1/unlock", "/admin/accounts/1/deactivate",
			"/admin/accounts/1/activate", "/admin/settings/team.min-members/values",
			"/admin/settings/team.min-members/values/1/delete", "/admin/holidays", "/admin/holidays/1",
			"/admin/holidays/1/delete");

	static final List<String> ADMIN_ONLY_PAGES = List.of("/admin/accounts", "/admin/accounts/new", "/admin/accounts/1",
			"/admin/accounts/1/edit", "/admin/accounts/1/password", "/admin/accounts/cadre-options?unitId=1",
			"/admin/holidays/new", "/admin/holidays/1/edit");

	static final List<String> OFFICE_PAGES = List.of("/admin/settings", "/admin/settings/team.min-members",
			"/admin/holidays", "/admin/audit", "/admin/audit/logins");

	static Stream<Arguments> nonAdministrators() {
		return Stream.of(Arguments.of("OFFICE_STAFF", TestUsers.officeStaff()), Arguments.of("TOWN_OFFICIAL", TestUsers.town(1L)),
				Arguments.of("UNIT_ADMIN", TestUsers.unit(1L)), Arguments.of("TEAM_LEADER", TestUsers.leader(1L, 1L)),
				Arguments.of("TEAM_MEMBER", TestUsers.member(1L, 1L)));
	}

	static Stream<Arguments> outsideTheOffice() {
		return nonAdministrators().skip(1);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("nonAdministrators")
	void everyAdministrationWriteIsRefused(String role, RequestPostProcessor user) {
		for (String uri : WRITES) {
			assertThat(this.mvc.post().uri(uri).with(user).with(csrf()).param("version", "0").param("name", "x"))
				.as(role + " POST " + uri)
				.hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("nonAdministrators")
	void accountsAndEditFormsAreForTheAdministratorOnly(String role, RequestPostProcessor user) {
		for (String uri : ADMIN_ONLY_PAGES) {
			assertThat(this.mvc.get().uri(uri).with(user)).as(role + " GET " + uri).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("outsideTheOffice")
	void settingsHolidaysAndAuditAreForTheOfficeOnly(String role, RequestPostProcessor user) {
		for (String uri : OFFICE_PAGES) {
			assertThat(this.mvc.get().uri(uri).with(user)).as(role + " GET " + uri).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void officeStaffReadSettingsHolidaysAndTheAuditTrailWithoutChangeControls() {
		for (String uri : OFFICE_PAGES) {
			assertThat(this.mvc.get().uri(uri).with(TestUsers.officeStaff())).as(uri).hasStatusOk();
		}
		assertThat(this.mvc.get().uri("/admin/settings/team.min-members").with(TestUsers.officeStaff())).bodyText()
			.contains("历史记录")
			.doesNotContain("新的取值", "/values\"");
		assertThat(this.mvc.get().uri("/admin/holidays").with(TestUsers.officeStaff())).bodyText()
			.doesNotContain("添加节假日", "/delete\"");
	}

	@Test
	void theServicesRefuseTheStaffWhatTheyMayNotChange() {
		SecurityContextHolder.getContext()
			.setAuthentication(TestUsers.authentication(Role.OFFICE_STAFF, null, null, null));
		assertThat(this.settings.overview().stream().mapToInt(g -> g.lines().size()).sum())
			.isEqualTo(this.registry.all().size());
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> this.settings.addValue(WorkTeamSettings.MIN_MEMBERS, LocalDate.of(2090, 1, 1), "4", null));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.settings
			.deleteValue(WorkTeamSettings.MIN_MEMBERS, 1L, 0));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.holidays.add(LocalDate.of(2030, 1, 1), null, "元旦"));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.holidays.rename(1L, 0, "x"));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.holidays.delete(1L, 0));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.accounts.search(null, null, null, null, null, PageRequest.of(0, 20)));
	}

	@Test
	void theServicesRefuseReadsOutsideTheOffice() {
		SecurityContextHolder.getContext().setAuthentication(TestUsers.authentication(Role.TOWN_OFFICIAL, 1L, null, null));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.settings.overview());
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.settings.detail(LeaveSettings.MAX_REQUEST_DAYS));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.holidays.year(2026, PageRequest.of(0, 20)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> this.trail.search(new AuditSearch(null, null, null, null, null), PageRequest.of(0, 20), Locale.ROOT));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.accounts.loginLog(null, null, null, null, PageRequest.of(0, 20)));
	}
}
