-- Make-up working days (调休上班, DOMAIN §4): the office's calendar holds, beside the statutory holidays, the
-- Saturdays and Sundays that are working days because of a holiday. The weekly rule treats such a day as a working
-- day: leave on it is excused as on a Monday to Friday, and it is never a holiday.

alter table holiday add column kind varchar(10) not null default 'HOLIDAY';
alter table holiday add constraint holiday_kind_ck check (kind in ('HOLIDAY', 'WORKDAY'));
-- A make-up working day falls on a Saturday or a Sunday.
alter table holiday add constraint holiday_workday_weekend_ck check (kind = 'HOLIDAY' or extract(isodow from day) >= 6);
alter table holiday_aud add column kind varchar(10);
create index holiday_kind_day_ix on holiday (kind, day);

-- The week totals (V70) count a record on a statutory holiday only for a day of kind HOLIDAY, and excuse leave and
-- holiday records on a make-up working day as on a weekday.
create or replace function attendance_week_tally_upsert(rows_sql text) returns text language sql immutable as $$
    select format($q$
        insert into attendance_week_tally as t (cadre_id, team_key, monday, records, in_village, overnights,
                official_business, excused_records, leave_days, holiday_records, rest_days, absent, on_holidays,
                on_workday_holidays)
        select r.cadre_id, coalesce(r.team_id, 0), r.day - (extract(isodow from r.day)::int - 1),
               sum(r.sign),
               coalesce(sum(r.sign) filter (where r.status = 'IN_VILLAGE'), 0),
               coalesce(sum(r.sign) filter (where r.status = 'IN_VILLAGE' and r.overnight), 0),
               coalesce(sum(r.sign) filter (where r.status = 'OFFICIAL_BUSINESS'), 0),
               coalesce(sum(r.sign) filter (where r.status in ('LEAVE', 'HOLIDAY')
                   and (extract(isodow from r.day) < 6 or h.kind = 'WORKDAY')), 0),
               coalesce(sum(r.sign) filter (where r.status = 'LEAVE'), 0),
               coalesce(sum(r.sign) filter (where r.status = 'HOLIDAY'), 0),
               coalesce(sum(r.sign) filter (where r.status = 'REST'), 0),
               coalesce(sum(r.sign) filter (where r.status = 'ABSENT'), 0),
               coalesce(sum(r.sign) filter (where h.kind = 'HOLIDAY'), 0),
               coalesce(sum(r.sign) filter (where h.kind = 'HOLIDAY' and extract(isodow from r.day) < 6), 0)
        from (%s) r left join holiday h on h.day = r.day
        group by 1, 2, 3
        on conflict (monday, cadre_id, team_key) do update set
            records = t.records + excluded.records,
            in_village = t.in_village + excluded.in_village,
            overnights = t.overnights + excluded.overnights,
            official_business = t.official_business + excluded.official_business,
            excused_records = t.excused_records + excluded.excused_records,
            leave_days = t.leave_days + excluded.leave_days,
            holiday_records = t.holiday_records + excluded.holiday_records,
            rest_days = t.rest_days + excluded.rest_days,
            absent = t.absent + excluded.absent,
            on_holidays = t.on_holidays + excluded.on_holidays,
            on_workday_holidays = t.on_workday_holidays + excluded.on_workday_holidays
    $q$, rows_sql);
$$;
