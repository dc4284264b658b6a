-- Attendance (DOMAIN §4): the team leader confirms a team's ISO week once; confirming again records the latest.

create table week_confirmation (
    id                     bigserial    primary key,
    team_id                bigint       not null references work_team (id),
    iso_year               int          not null,
    iso_week               int          not null,
    -- The signed-in account's id, and its user name as it was then (kept even if the account goes).
    confirmed_by           bigint       not null,
    confirmed_by_username  varchar(50)  not null,
    confirmed_at           timestamptz  not null,
    constraint week_confirmation_week_ck check (iso_week between 1 and 53),
    constraint week_confirmation_team_week_uk unique (team_id, iso_year, iso_week)
);
