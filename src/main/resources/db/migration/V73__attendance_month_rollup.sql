-- Attendance (DOMAIN §4, issue 18): each cadre's month in each team as the month computation judges it
-- (MonthCompliance), kept per cadre, team and month so that the month overview reads a few thousand rows per town
-- instead of judging every week of every cadre.
--
-- The rule is judged in Java only. The database's part is to say which months are no longer true: every write that
-- can change a judged month (day records, spot checks, memberships, holidays, settings from a date; leave reaches
-- attendance as day records) adds a line to attendance_rollup_stale in the same statement, by statement-level
-- triggers. The application (MonthRollups) takes those lines away and judges the months they name again before it
-- reads the roll-ups. A line is only ever inserted, never updated, so writers do not wait for each other nor for the
-- refresh, and a line written by a transaction still under way is invisible to the refresh that would delete it:
-- it stays and is seen by the next refresh.

-- One cadre's month in one team. month is the first day of the month; the month covers its ISO weeks (the weeks whose
-- Thursday falls in it). judged: a judged week or a flag; complies: every judged week met and no flag.
create table attendance_month_rollup (
    month                date     not null,
    team_id              bigint   not null,
    cadre_id             bigint   not null,
    judged               boolean  not null,
    complies             boolean  not null,
    nominal              boolean  not null,
    commuting            boolean  not null,
    absent               boolean  not null,
    discrepancies        int      not null,
    gap_days             int      not null,
    weeks_judged         int      not null,
    weeks_met            int      not null,
    in_village_days      int      not null,
    nights               int      not null,
    official_business    int      not null,
    leave_days           int      not null,
    holiday_days         int      not null,
    absent_days          int      not null,
    constraint attendance_month_rollup_pk primary key (month, team_id, cadre_id),
    constraint attendance_month_rollup_month_ck check (extract(day from month) = 1)
);
create index attendance_month_rollup_cadre_ix on attendance_month_rollup (cadre_id, month);

-- The overview's figures of a month added up from the rows above, per scope: the district (scope_id 0), each town and
-- each team, cadres counted once each in a scope (a cadre who served in two teams of a town counts once for the town).
-- Written with the rows of the month, so the overview and its twelve-month chart read a few rows.
create table attendance_month_figures (
    month                date        not null,
    scope                varchar(8)  not null,
    scope_id             bigint      not null,
    cadres_judged        int         not null,
    cadres_not_met       int         not null,
    nominal              int         not null,
    commuting            int         not null,
    absent               int         not null,
    discrepancies        int         not null,
    gap_days             int         not null,
    weeks_judged         int         not null,
    weeks_met            int         not null,
    constraint attendance_month_figures_pk primary key (month, scope, scope_id),
    constraint attendance_month_figures_scope_ck check (scope in ('DISTRICT', 'TOWN', 'TEAM'))
);

-- The months that have been rolled up, and the day they were judged as of: the day after the month's last Sunday
-- once the month is over (its figures no longer change with the days), otherwise the day of the computation (the
-- week under way is judged as of that day, so a new day judges the month again).
create table attendance_rollup_month (
    month                date     primary key,
    as_of                date     not null,
    computed_at          timestamptz not null,
    constraint attendance_rollup_month_ck check (extract(day from month) = 1)
);

-- What to judge again: a cadre's months from first_month to last_month (null: every later month), or every cadre's
-- months when cadre_id is null. Appended by the triggers, taken away by the refresh.
create table attendance_rollup_stale (
    cadre_id             bigint,
    first_month          date     not null,
    last_month           date
);

-- The month an ISO week's day belongs to: the month of the week's Thursday.
create function attendance_week_month(day date) returns date language sql immutable parallel safe as $$
    select date_trunc('month', day - (extract(isodow from day)::int - 1) + 3)::date
$$;

-- Day records and spot checks: the months of the changed days of each cadre (one line per cadre and statement).
create function attendance_rollup_days_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into attendance_rollup_stale (cadre_id, first_month, last_month)
        select cadre_id, attendance_week_month(min(day)), attendance_week_month(max(day)) from old_rows group by cadre_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into attendance_rollup_stale (cadre_id, first_month, last_month)
        select cadre_id, attendance_week_month(min(day)), attendance_week_month(max(day)) from new_rows group by cadre_id;
    end if;
    return null;
end
$$;

create trigger day_record_rollup_insert after insert on day_record
    referencing new table as new_rows for each statement execute function attendance_rollup_days_changed();
create trigger day_record_rollup_update after update on day_record
    referencing old table as old_rows new table as new_rows for each statement execute function attendance_rollup_days_changed();
create trigger day_record_rollup_delete after delete on day_record
    referencing old table as old_rows for each statement execute function attendance_rollup_days_changed();

create trigger spot_check_rollup_insert after insert on spot_check
    referencing new table as new_rows for each statement execute function attendance_rollup_days_changed();
create trigger spot_check_rollup_update after update on spot_check
    referencing old table as old_rows new table as new_rows for each statement execute function attendance_rollup_days_changed();
create trigger spot_check_rollup_delete after delete on spot_check
    referencing old table as old_rows for each statement execute function attendance_rollup_days_changed();

-- Memberships: the months of the membership as it was and as it is (an open membership: every month from its start).
create function attendance_rollup_memberships_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into attendance_rollup_stale (cadre_id, first_month, last_month)
        select cadre_id, attendance_week_month(joined_on), attendance_week_month(left_on) from old_rows;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into attendance_rollup_stale (cadre_id, first_month, last_month)
        select cadre_id, attendance_week_month(joined_on), attendance_week_month(left_on) from new_rows;
    end if;
    return null;
end
$$;

create trigger team_membership_rollup_insert after insert on team_membership
    referencing new table as new_rows for each statement execute function attendance_rollup_memberships_changed();
create trigger team_membership_rollup_update after update on team_membership
    referencing old table as old_rows new table as new_rows for each statement execute function attendance_rollup_memberships_changed();
create trigger team_membership_rollup_delete after delete on team_membership
    referencing old table as old_rows for each statement execute function attendance_rollup_memberships_changed();

-- Holidays and make-up working days: every cadre's month of the changed days.
create function attendance_rollup_holidays_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into attendance_rollup_stale (cadre_id, first_month, last_month)
        select distinct null::bigint, attendance_week_month(day), attendance_week_month(day) from old_rows;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into attendance_rollup_stale (cadre_id, first_month, last_month)
        select distinct null::bigint, attendance_week_month(day), attendance_week_month(day) from new_rows;
    end if;
    return null;
end
$$;

create trigger holiday_rollup_insert after insert on holiday
    referencing new table as new_rows for each statement execute function attendance_rollup_holidays_changed();
create trigger holiday_rollup_update after update on holiday
    referencing old table as old_rows new table as new_rows for each statement execute function attendance_rollup_holidays_changed();
create trigger holiday_rollup_delete after delete on holiday
    referencing old table as old_rows for each statement execute function attendance_rollup_holidays_changed();

-- Settings valid from a date (the rule's numbers are those in force on each week's Monday): every cadre's months
-- from the month of that date on. Any setting, so that a setting the rule comes to read is never missed.
create function attendance_rollup_settings_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into attendance_rollup_stale (cadre_id, first_month, last_month)
        select null::bigint, attendance_week_month(min(valid_from)), null::date from old_rows having count(*) > 0;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into attendance_rollup_stale (cadre_id, first_month, last_month)
        select null::bigint, attendance_week_month(min(valid_from)), null::date from new_rows having count(*) > 0;
    end if;
    return null;
end
$$;

create trigger policy_setting_rollup_insert after insert on policy_setting
    referencing new table as new_rows for each statement execute function attendance_rollup_settings_changed();
create trigger policy_setting_rollup_update after update on policy_setting
    referencing old table as old_rows new table as new_rows for each statement execute function attendance_rollup_settings_changed();
create trigger policy_setting_rollup_delete after delete on policy_setting
    referencing old table as old_rows for each statement execute function attendance_rollup_settings_changed();
