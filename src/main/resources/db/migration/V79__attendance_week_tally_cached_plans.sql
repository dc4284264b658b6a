-- The week totals (V70, V71) kept on every write of day records with statements whose plans PostgreSQL keeps. The
-- triggers of V70 ran the upsert through EXECUTE, which parses and plans it anew at each statement: about half a
-- millisecond of every member's save of their day, most of the trigger's time (issue 18). Now the trigger gathers the
-- statement's rows into arrays with static SQL and hands them to attendance_week_tally_add, whose one static upsert
-- is planned once per connection. The upsert is the same as attendance_week_tally_upsert's (V71), which stays for
-- the recount of whole weeks from day_record (holiday changes, the demo loader's bulk load), where one set-based
-- statement over millions of rows is what is wanted.

create function attendance_week_tally_add(cadre_ids bigint[], team_ids bigint[], days date[], statuses varchar[],
        overnights boolean[], signs int[]) returns void language plpgsql as $$
begin
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
    from unnest(cadre_ids, team_ids, days, statuses, overnights, signs)
             as r (cadre_id, team_id, day, status, overnight, sign)
    left join holiday h on h.day = r.day
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
end
$$;

-- Adds the rows a statement inserted and takes away the rows it deleted (an update does both, in one upsert: a week
-- whose record changed gets the difference). Static SQL on the transition tables, as in PostgreSQL's own example of
-- them; each branch is planned when first run, so the insert trigger never plans the old rows' statement.
create or replace function attendance_week_tally_apply() returns trigger language plpgsql as $$
declare
    cadre_ids bigint[];
    team_ids bigint[];
    days date[];
    statuses varchar[];
    overnights boolean[];
    signs int[];
begin
    if tg_op = 'INSERT' then
        select array_agg(cadre_id), array_agg(team_id), array_agg(day), array_agg(status), array_agg(overnight),
               array_agg(1)
        into cadre_ids, team_ids, days, statuses, overnights, signs
        from new_rows;
    elsif tg_op = 'DELETE' then
        select array_agg(cadre_id), array_agg(team_id), array_agg(day), array_agg(status), array_agg(overnight),
               array_agg(-1)
        into cadre_ids, team_ids, days, statuses, overnights, signs
        from old_rows;
    else
        select array_agg(r.cadre_id), array_agg(r.team_id), array_agg(r.day), array_agg(r.status),
               array_agg(r.overnight), array_agg(r.sign)
        into cadre_ids, team_ids, days, statuses, overnights, signs
        from (select cadre_id, team_id, day, status, overnight, -1 as sign from old_rows
              union all
              select cadre_id, team_id, day, status, overnight, 1 from new_rows) r;
    end if;
    if cadre_ids is not null then
        perform attendance_week_tally_add(cadre_ids, team_ids, days, statuses, overnights, signs);
    end if;
    return null;
end
$$;
