package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/**
 * The week totals the database keeps (V70) equal a fresh count of the day records after inserts, updates, deletes
 * and changes of the holiday calendar. Rolled back, so the holiday added here does not stay.
 */
@Transactional
class WeekTallyIT extends AttendanceIT {

	/** What the totals must be: counted afresh from the day records and the calendar. */
	private static final String FRESH = """
			select d.day - (extract(isodow from d.day)::int - 1) as monday, count(*) as records,
			       count(*) filter (where d.status = 'IN_VILLAGE') as in_village,
			       count(*) filter (where d.status = 'IN_VILLAGE' and d.overnight) as overnights,
			       count(*) filter (where d.status = 'OFFICIAL_BUSINESS') as official_business,
			       count(*) filter (where d.status in ('LEAVE', 'HOLIDAY')
			           and (extract(isodow from d.day) < 6 or h.kind = 'WORKDAY')) as excused_records,
			       count(*) filter (where d.status = 'LEAVE') as leave_days,
			       count(*) filter (where d.status = 'HOLIDAY') as holiday_records,
			       count(*) filter (where d.status = 'REST') as rest_days,
			       count(*) filter (where d.status = 'ABSENT') as absent,
			       count(*) filter (where h.kind = 'HOLIDAY') as on_holidays,
			       count(*) filter (where h.kind = 'HOLIDAY' and extract(isodow from d.day) < 6) as on_workday_holidays
			from day_record d left join holiday h on h.day = d.day
			where d.cadre_id = ?
			group by 1 order by 1
			""";

	private static final String KEPT = """
			select monday, records, in_village, overnights, official_business, excused_records, leave_days,
			       holiday_records, rest_days, absent, on_holidays, on_workday_holidays
			from attendance_week_tally where cadre_id = ? and records <> 0 order by monday
			""";

	@Test
	void theKeptTotalsFollowEveryChange() {
		Team team = team();
		long cadre = team.memberId();
		for (int i = 0; i < 10; i++) {
			this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source, created_at,"
					+ " modified_at) values (?, ?, date '2026-03-02' + ?, 'IN_VILLAGE', ?, 'SELF', now(), now())", cadre,
					team.teamId(), i, i % 2 == 0);
		}
		assertThat(kept(cadre)).isEqualTo(fresh(cadre)).hasSize(2);

		this.jdbc.update("update day_record set status = 'OFFICIAL_BUSINESS', overnight = false where cadre_id = ?"
				+ " and day = date '2026-03-03'", cadre);
		this.jdbc.update("update day_record set status = 'ABSENT', overnight = false where cadre_id = ?"
				+ " and day = date '2026-03-10'", cadre);
		this.jdbc.update("update day_record set status = 'REST', overnight = false where cadre_id = ?"
				+ " and day = date '2026-03-07'", cadre);
		this.jdbc.update("delete from day_record where cadre_id = ? and day = date '2026-03-04'", cadre);
		this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source, leave_request_id,"
				+ " created_at, modified_at) values (?, ?, date '2026-03-04', 'LEAVE', false, 'LEAVE', 1, now(), now())",
				cadre, team.teamId());
		assertThat(kept(cadre)).isEqualTo(fresh(cadre));

		// a holiday is declared on a Thursday that has a record: the week is recounted
		this.jdbc.update("insert into holiday (day, name, created_at, modified_at) values (date '2026-03-05', '测试',"
				+ " now(), now())");
		List<Map<String, Object>> withHoliday = kept(cadre);
		assertThat(withHoliday).isEqualTo(fresh(cadre));
		assertThat(withHoliday.get(0)).containsEntry("on_workday_holidays", 1);

		this.jdbc.update("delete from holiday where day = date '2026-03-05'");
		assertThat(kept(cadre)).isEqualTo(fresh(cadre));
		assertThat(kept(cadre).get(0)).containsEntry("on_workday_holidays", 0);

		// leave on a Saturday that becomes a make-up working day (调休上班) is excused as on a weekday
		this.jdbc.update("insert into day_record (cadre_id, team_id, day, status, overnight, source, leave_request_id,"
				+ " created_at, modified_at) values (?, ?, date '2026-03-14', 'LEAVE', false, 'LEAVE', 1, now(), now())",
				cadre, team.teamId());
		int before = (Integer) kept(cadre).get(1).get("excused_records");
		this.jdbc.update("insert into holiday (day, name, kind, created_at, modified_at) values (date '2026-03-14',"
				+ " '调休', 'WORKDAY', now(), now())");
		assertThat(kept(cadre)).isEqualTo(fresh(cadre));
		assertThat(kept(cadre).get(1)).containsEntry("excused_records", before + 1).containsEntry("on_holidays", 0);
	}

	private List<Map<String, Object>> kept(long cadre) {
		return this.jdbc.queryForList(KEPT, cadre).stream().map(WeekTallyIT::numbers).toList();
	}

	private List<Map<String, Object>> fresh(long cadre) {
		return this.jdbc.queryForList(FRESH, cadre).stream().map(WeekTallyIT::numbers).toList();
	}

	/** The row with every count as an int, so that SQL's bigint counts and the table's ints compare. */
	private static Map<String, Object> numbers(Map<String, Object> row) {
		Map<String, Object> copy = new java.util.LinkedHashMap<>();
		row.forEach((k, v) -> copy.put(k, v instanceof Number n ? (Object) n.intValue() : v));
		return copy;
	}
}
