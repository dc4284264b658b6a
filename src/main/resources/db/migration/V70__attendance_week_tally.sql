-- Attendance (DOMAIN §4): the week's totals per cadre and team, kept up to date by the database itself, so that a
-- month of a whole district is judged from about 5 rows per cadre instead of 35 day records per cadre.
--
-- A row holds what the weekly rule counts of the day records of one cadre, in one team (day_record.team_id, the
-- team the cadre served in that day; 0 when none) and one ISO week (monday). Statutory holidays without a record
-- are not here: the reader takes them from the calendar and subtracts the records that fall on a holiday
-- (on_holidays, on_workday_holidays), so the counts stay true when the calendar changes (the holiday triggers below
-- recount the weeks of a changed day).
--
-- Kept by statement-level triggers with transition tables: one set-based update per statement, so a bulk insert of
-- millions of records costs one aggregate, not a trigger call per row.

create table attendance_week_tally (
    cadre_id             bigint   not null,
    team_key             bigint   not null,
    monday               date     not null,
    records              int      not null default 0,
    in_village           int      not null default 0,
    overnights           int      not null default 0,
    official_business    int      not null default 0,
    excused_records      int      not null default 0,
    leave_days           int      not null default 0,
    holiday_records      int      not null default 0,
    rest_days            int      not null default 0,
    absent               int      not null default 0,
    on_holidays          int      not null default 0,
    on_workday_holidays  int      not null default 0,
    constraint attendance_week_tally_pk primary key (monday, cadre_id, team_key),
    constraint attendance_week_tally_monday_ck check (extract(isodow from monday) = 1)
);
create index attendance_week_tally_team_ix on attendance_week_tally (team_key, monday);
create index attendance_week_tally_cadre_ix on attendance_week_tally (cadre_id, monday);

-- The one statement that adds day records to the totals: rows_sql yields (cadre_id, team_id, day, status, overnight,
-- sign), sign +1 to add a record and -1 to take it away. Returned as text, so that each trigger function runs it
-- with EXECUTE in its own context, where the statement's transition tables are visible.
create function attendance_week_tally_upsert(rows_sql text) returns text language sql immutable as $$
    select format($q$
        insert into attendance_week_tally as t (cadre_id, team_key, monday, records, in_village, overnights,
                official_business, excused_records, leave_days, holiday_records, rest_days, absent, on_holidays,
                on_workday_holidays)
        select r.cadre_id, coalesce(r.team_id, 0), r.day - (extract(isodow from r.day)::int - 1),
               sum(r.sign),
               coalesce(sum(r.sign) filter (where r.status = 'IN_VILLAGE'), 0),
               coalesce(sum(r.sign) filter (where r.status = 'IN_VILLAGE' and r.overnight), 0),
               coalesce(sum(r.sign) filter (where r.status = 'OFFICIAL_BUSINESS'), 0),
               coalesce(sum(r.sign) filter (where r.status in ('LEAVE', 'HOLIDAY') and extract(isodow from r.day) < 6), 0),
               coalesce(sum(r.sign) filter (where r.status = 'LEAVE'), 0),
               coalesce(sum(r.sign) filter (where r.status = 'HOLIDAY'), 0),
               coalesce(sum(r.sign) filter (where r.status = 'REST'), 0),
               coalesce(sum(r.sign) filter (where r.status = 'ABSENT'), 0),
               coalesce(sum(r.sign) filter (where h.day is not null), 0),
               coalesce(sum(r.sign) filter (where h.day is not null and extract(isodow from r.day) < 6), 0)
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

-- Adds the rows a statement inserted and takes away the rows it deleted (an update does both).
create function attendance_week_tally_apply() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        execute attendance_week_tally_upsert(
            'select cadre_id, team_id, day, status, overnight, -1 as sign from old_rows');
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        execute attendance_week_tally_upsert(
            'select cadre_id, team_id, day, status, overnight, 1 as sign from new_rows');
    end if;
    return null;
end
$$;

create trigger day_record_tally_insert after insert on day_record
    referencing new table as new_rows for each statement execute function attendance_week_tally_apply();
create trigger day_record_tally_update after update on day_record
    referencing old table as old_rows new table as new_rows for each statement execute function attendance_week_tally_apply();
create trigger day_record_tally_delete after delete on day_record
    referencing old table as old_rows for each statement execute function attendance_week_tally_apply();

-- Recounts the weeks from one Monday to another from the day records: used when the holiday calendar changes and
-- to fill the table in the first place.
create function attendance_week_tally_recount(first_monday date, last_monday date) returns void language plpgsql as $$
begin
    delete from attendance_week_tally where monday between first_monday and last_monday;
    execute attendance_week_tally_upsert(format(
        'select cadre_id, team_id, day, status, overnight, 1 as sign from day_record where day between %L and %L',
        first_monday, last_monday + 6));
end
$$;

-- Recounts the weeks of the holidays a statement added, changed or removed.
create function attendance_week_tally_holiday_changed() returns trigger language plpgsql as $$
declare
    changed_days text := case tg_op
        when 'INSERT' then 'select day from new_rows'
        when 'DELETE' then 'select day from old_rows'
        else 'select day from new_rows union select day from old_rows' end;
    week date;
begin
    for week in execute 'select distinct day - (extract(isodow from day)::int - 1) from (' || changed_days || ') c' loop
        perform attendance_week_tally_recount(week, week);
    end loop;
    return null;
end
$$;

create trigger holiday_tally_insert after insert on holiday
    referencing new table as new_rows for each statement execute function attendance_week_tally_holiday_changed();
create trigger holiday_tally_update after update on holiday
    referencing old table as old_rows new table as new_rows for each statement execute function attendance_week_tally_holiday_changed();
create trigger holiday_tally_delete after delete on holiday
    referencing old table as old_rows for each statement execute function attendance_week_tally_holiday_changed();

-- The records there already.
select attendance_week_tally_recount(
    coalesce((select min(day) - (extract(isodow from min(day))::int - 1) from day_record), date '2000-01-03'),
    coalesce((select max(day) - (extract(isodow from max(day))::int - 1) from day_record), date '2000-01-03'));
