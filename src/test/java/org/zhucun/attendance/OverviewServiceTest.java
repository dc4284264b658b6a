package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.zhucun.attendance.MonthOverview.Figures;
import org.zhucun.attendance.OverviewQueries.TeamRef;
import org.zhucun.attendance.OverviewQueries.TownRef;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.attendance.domain.rule.MonthFlags;
import org.zhucun.attendance.domain.rule.WeekResult;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.Role;
import org.zhucun.identity.ScopeService;

/** The overview's figures, list and scope, on hand-made months: no database. */
class OverviewServiceTest {

	private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	private static final List<IsoWeek> WEEKS = IsoWeek.weeksOf(OCTOBER);

	private final MonthCompliance compliance = mock(MonthCompliance.class);

	private final OverviewQueries queries = mock(OverviewQueries.class);

	private final ScopeService scopes = mock(ScopeService.class);

	private final OverviewService service = new OverviewService(this.compliance, this.queries, this.scopes,
			Clock.fixed(Instant.parse("2026-11-28T04:00:00Z"), ZoneId.of("Asia/Shanghai")));

	@BeforeEach
	void setUp() {
		when(this.compliance.period(any())).thenAnswer(i -> MonthPeriod.of(i.getArgument(0)));
		when(this.queries.towns()).thenReturn(List.of(new TownRef(1L, "甲镇"), new TownRef(2L, "乙镇"),
				new TownRef(3L, "丙镇")));
		when(this.queries.teamsByTown(any(), any())).thenReturn(Map.of(1L, 2, 2L, 1));
		when(this.queries.townName(1L)).thenReturn(Optional.of("甲镇"));
		when(this.queries.townName(2L)).thenReturn(Optional.of("乙镇"));
		when(this.queries.discrepancies(any(), any(), any(), anyInt())).thenReturn(List.of());
	}

	@Test
	void theOfficeSeesTheDistrictByTownWithEachCadreCountedOnce() {
		signIn(Role.OFFICE_STAFF, null);
		// cadre 10 met the rule; cadre 11 fell short in one week; cadre 12 is nominal and served in two teams of two
		// towns this month; cadre 13 has no judged week yet.
		when(this.compliance.ofDistrict(OCTOBER)).thenReturn(List.of(
				month(10, 100, 1, met(), met(), met(), met(), met()),
				month(11, 100, 1, met(), week(3, 1), met(), met(), met()),
				month(12, 101, 1, week(1, 0), week(1, 0)),
				month(12, 200, 2, week(0, 0), week(0, 0), week(0, 0)),
				month(13, 200, 2)));

		MonthOverview view = this.service.overview(OCTOBER, null, null, null, 0);

		assertThat(view.isTown()).isFalse();
		assertThat(view.from()).isEqualTo(LocalDate.of(2026, 9, 28));
		assertThat(view.summary()).isEqualTo(new Figures(3, 3, 1, 2, 1, 0, 0, 0, 15, 15, 9));
		assertThat(view.towns()).extracting(MonthOverview.TownRow::townName).containsExactly("甲镇", "乙镇", "丙镇");
		assertThat(view.towns().get(0).figures()).isEqualTo(new Figures(2, 3, 1, 2, 1, 0, 0, 0, 12, 12, 9));
		assertThat(view.towns().get(1).figures()).isEqualTo(new Figures(1, 1, 0, 1, 1, 0, 0, 0, 3, 3, 0));
		assertThat(view.towns().get(2).figures()).isEqualTo(new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
		assertThat(view.cadres().getContent()).extracting(m -> m.cadreId() + "@" + m.teamId())
			.containsExactly("11@100", "12@101", "12@200");
		assertThat(view.cadres().getContent().get(0).weeksMissed()).singleElement()
			.satisfies(w -> assertThat(w.week()).isEqualTo(WEEKS.get(1)))
			.satisfies(w -> assertThat(w.daysShort()).isEqualTo(2))
			.satisfies(w -> assertThat(w.nightsShort()).isEqualTo(3));
		verify(this.queries).discrepancies(isNull(), eq(LocalDate.of(2026, 9, 28)), eq(LocalDate.of(2026, 11, 1)),
				eq(OverviewService.DISCREPANCY_LIMIT));
	}

	@Test
	void theListIsFilteredByTownAndFlagAndPaged() {
		signIn(Role.OFFICE_ADMIN, null);
		List<CadreMonth> months = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			months.add(month(1000 + i, 100, 1, week(4, 4)));
		}
		// the computation orders towns by name: the list follows the towns table, 甲镇 (1) before 乙镇 (2)
		months.add(0, month(5000, 200, 2, week(0, 0)));
		when(this.compliance.ofDistrict(OCTOBER)).thenReturn(months);

		MonthOverview second = this.service.overview(OCTOBER, null, null, null, 2);
		assertThat(second.cadres().getTotalElements()).isEqualTo(121);
		assertThat(second.cadres().getTotalPages()).isEqualTo(3);
		assertThat(second.cadres().getContent()).extracting(CadreMonth::cadreId).startsWith(1100L).endsWith(5000L)
			.hasSize(21);
		assertThat(this.service.overview(OCTOBER, null, null, null, 99).cadres().getNumber()).isEqualTo(2);
		assertThat(this.service.overview(OCTOBER, null, null, null, -1).cadres().getNumber()).isZero();

		assertThat(this.service.overview(OCTOBER, null, 2L, null, 0).cadres().getContent())
			.extracting(CadreMonth::cadreId).containsExactly(5000L);
		assertThat(this.service.overview(OCTOBER, null, null, MonthFlag.NOMINAL, 0).cadres().getContent())
			.extracting(CadreMonth::cadreId).containsExactly(5000L);
		assertThat(this.service.overview(OCTOBER, null, 1L, MonthFlag.NOMINAL, 0).cadres().getContent()).isEmpty();
	}

	@Test
	void aTownShowsItsTeamsAndOnlyItsOwnDiscrepancies() {
		signIn(Role.TOWN_OFFICIAL, 1L);
		when(this.queries.teamsOfTown(eq(1L), any(), any()))
			.thenReturn(List.of(new TeamRef(100L, "东村", "甲单位"), new TeamRef(101L, "西村", "乙单位"),
					new TeamRef(102L, "南村", "丙单位")));
		when(this.compliance.ofTown(1L, OCTOBER)).thenReturn(List.of(month(10, 100, 1, met(), met()),
				month(11, 100, 1, met(), week(0, 4)), month(12, 101, 1, met())));

		MonthOverview view = this.service.overview(OCTOBER, null, null, null, 0);

		assertThat(view.isTown()).isTrue();
		assertThat(view.office()).isFalse();
		assertThat(view.townName()).isEqualTo("甲镇");
		assertThat(view.summary().teams()).isEqualTo(3);
		assertThat(view.teams()).extracting(t -> t.villageName() + ":" + t.figures().cadresJudged() + "/"
				+ t.figures().cadresNotMet()).containsExactly("东村:2/1", "西村:1/0", "南村:0/0");
		assertThat(view.cadres().getContent()).extracting(CadreMonth::cadreId).containsExactly(11L);
		verify(this.queries).discrepancies(eq(1L), any(), any(), anyInt());
		verify(this.compliance, never()).ofDistrict(any());

		assertThat(this.service.overview(OCTOBER, 1L, null, null, 0).townId()).isEqualTo(1L);
	}

	@Test
	void theOfficeMayOpenATown() {
		signIn(Role.OFFICE_ADMIN, null);
		when(this.queries.teamsOfTown(eq(2L), any(), any())).thenReturn(List.of());
		when(this.compliance.ofTown(2L, OCTOBER)).thenReturn(List.of());

		MonthOverview view = this.service.overview(OCTOBER, 2L, null, null, 0);

		assertThat(view.townName()).isEqualTo("乙镇");
		assertThat(view.office()).isTrue();
		assertThat(view.cadres().getTotalElements()).isZero();
	}

	@Test
	void anotherTownAndOtherRolesAreRefused() {
		signIn(Role.TOWN_OFFICIAL, 1L);
		assertThatThrownBy(() -> this.service.overview(OCTOBER, 2L, null, null, 0))
			.isInstanceOf(AccessDeniedException.class);
		for (Role role : List.of(Role.UNIT_ADMIN, Role.TEAM_LEADER, Role.TEAM_MEMBER)) {
			signIn(role, null);
			assertThatThrownBy(() -> this.service.overview(OCTOBER, null, null, null, 0))
				.isInstanceOf(AccessDeniedException.class);
		}
		verify(this.compliance, never()).ofTown(any(), any());
		verify(this.compliance, never()).ofDistrict(any());
	}

	@Test
	void theCurrentMonthIsTheDistricts() {
		assertThat(this.service.currentMonth()).isEqualTo(YearMonth.of(2026, 11));
	}

	private void signIn(Role role, Long townId) {
		DataScope scope = new DataScope(-1L, "t", role, townId, role == Role.UNIT_ADMIN ? 5L : null, null);
		when(this.scopes.current()).thenReturn(scope);
		org.mockito.Mockito.doAnswer(i -> {
			if (!(boolean) i.getArgument(0)) {
				throw new AccessDeniedException("refused");
			}
			return null;
		}).when(this.scopes).require(org.mockito.ArgumentMatchers.anyBoolean());
	}

	/** A week met: five days, four nights. */
	private static int[] met() {
		return week(5, 4);
	}

	/** A week with so many days and nights in the village, of five and four required. */
	private static int[] week(int days, int nights) {
		return new int[] { days, nights };
	}

	/** A cadre's month in a team of a town, one gap day per judged week, its weeks from the first of October. */
	private static CadreMonth month(long cadreId, long teamId, long townId, int[]... counts) {
		List<WeekResult> weeks = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			int days = counts[i][0];
			int nights = counts[i][1];
			weeks.add(new WeekResult(WEEKS.get(i), days, nights, 5, 4, 0, 7, 0, days >= 5 && nights >= 4));
		}
		return new CadreMonth(cadreId, "干部" + cadreId, false, teamId, "村" + teamId, townId, "镇" + townId, 7L,
				"单位", weeks, 0, 0, 0, 0, 0, 0, counts.length, MonthFlags.of(weeks, 0));
	}
}
