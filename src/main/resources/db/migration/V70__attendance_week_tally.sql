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

-- Adds the totals of the new rows of a statement and subtracts those of the old rows.
create function attendance_week_tally_apply() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into attendance_week_tally as t (cadre_id, team_key, monday, records, in_village, overnights,
                official_business, excused_records, leave_days, holiday_records, rest_days, absent, on_holidays,
                on_workday_holidays)
        select o.cadre_id, coalesce(o.team_id, 0), o.day - (extract(isodow from o.day)::int - 1),
               -count(*),
               -count(*) filter (where o.status = 'IN_VILLAGE'),
               -count(*) filter (where o.status = 'IN_VILLAGE' and o.overnight),
               -count(*) filter (where o.status = 'OFFICIAL_BUSINESS'),
               -count(*) filter (where o.status in ('LEAVE', 'HOLIDAY') and extract(isodow from o.day) < 6),
               -count(*) filter (where o.status = 'LEAVE'),
               -count(*) filter (where o.status = 'HOLIDAY'),
               -count(*) filter (where o.status = 'REST'),
               -count(*) filter (where o.status = 'ABSENT'),
               -count(h.day),
               -count(h.day) filter (where extract(isodow from o.day) < 6)
        from old_rows o left join holiday h on h.day = o.day
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
            on_workday_holidays = t.on_workday_holidays + excluded.on_workday_holidays;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into attendance_week_tally as t (cadre_id, team_key, monday, records, in_village, overnights,
                official_business, excused_records, leave_days, holiday_records, rest_days, absent, on_holidays,
                on_workday_holidays)
        select n.cadre_id, coalesce(n.team_id, 0), n.day - (extract(isodow from n.day)::int - 1),
               count(*),
               count(*) filter (where n.status = 'IN_VILLAGE'),
               count(*) filter (where n.status = 'IN_VILLAGE' and n.overnight),
               count(*) filter (where n.status = 'OFFICIAL_BUSINESS'),
               count(*) filter (where n.status in ('LEAVE', 'HOLIDAY') and extract(isodow from n.day) < 6),
               count(*) filter (where n.status = 'LEAVE'),
               count(*) filter (where n.status = 'HOLIDAY'),
               count(*) filter (where n.status = 'REST'),
               count(*) filter (where n.status = 'ABSENT'),
               count(h.day),
               count(h.day) filter (where extract(isodow from n.day) < 6)
        from new_rows n left join holiday h on h.day = n.day
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
            on_workday_holidays = t.on_workday_holidays + excluded.on_workday_holidays;
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
create function attendance_week_tally_recount(first_monday date, last_monday date) returns void language sql as $$
    delete from attendance_week_tally where monday between first_monday and last_monday;
    insert into attendance_week_tally (cadre_id, team_key, monday, records, in_village, overnights,
            official_business, excused_records, leave_days, holiday_records, rest_days, absent, on_holidays,
            on_workday_holidays)
    select d.cadre_id, coalesce(d.team_id, 0), d.day - (extract(isodow from d.day)::int - 1),
           count(*),
           count(*) filter (where d.status = 'IN_VILLAGE'),
           count(*) filter (where d.status = 'IN_VILLAGE' and d.overnight),
           count(*) filter (where d.status = 'OFFICIAL_BUSINESS'),
           count(*) filter (where d.status in ('LEAVE', 'HOLIDAY') and extract(isodow from d.day) < 6),
           count(*) filter (where d.status = 'LEAVE'),
           count(*) filter (where d.status = 'HOLIDAY'),
           count(*) filter (where d.status = 'REST'),
           count(*) filter (where d.status = 'ABSENT'),
           count(h.day),
           count(h.day) filter (where extract(isodow from d.day) < 6)
    from day_record d left join holiday h on h.day = d.day
    where d.day between first_monday and last_monday + 6
    group by 1, 2, 3;
$$;

-- Transition tables need one trigger per event, so one function each.
create function attendance_week_tally_holiday_inserted() returns trigger language plpgsql as $$
declare
    week date;
begin
    for week in select distinct n.day - (extract(isodow from n.day)::int - 1) from new_rows n loop
        perform attendance_week_tally_recount(week, week);
    end loop;
    return null;
end
$$;

create function attendance_week_tally_holiday_deleted() returns trigger language plpgsql as $$
declare
    week date;
begin
    for week in select distinct o.day - (extract(isodow from o.day)::int - 1) from old_rows o loop
        perform attendance_week_tally_recount(week, week);
    end loop;
    return null;
end
$$;

create function attendance_week_tally_holiday_updated() returns trigger language plpgsql as $$
declare
    week date;
begin
    for week in
        select distinct c.day - (extract(isodow from c.day)::int - 1)
        from (select n.day from new_rows n union select o.day from old_rows o) c
    loop
        perform attendance_week_tally_recount(week, week);
    end loop;
    return null;
end
$$;
create trigger holiday_tally_insert after insert on holiday
    referencing new table as new_rows for each statement execute function attendance_week_tally_holiday_inserted();
create trigger holiday_tally_update after update on holiday
    referencing old table as old_rows new table as new_rows for each statement execute function attendance_week_tally_holiday_updated();
create trigger holiday_tally_delete after delete on holiday
    referencing old table as old_rows for each statement execute function attendance_week_tally_holiday_deleted();

-- The records there already.
select attendance_week_tally_recount(
    coalesce((select min(day) - (extract(isodow from min(day))::int - 1) from day_record), date '2000-01-03'),
    coalesce((select max(day) - (extract(isodow from max(day))::int - 1) from day_record), date '2000-01-03'));
