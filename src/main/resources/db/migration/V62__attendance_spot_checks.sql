-- Attendance (DOMAIN §4): spot checks (暗访/电话抽查) by town officials and the office.
-- A check that finds a cadre absent on a day declared IN_VILLAGE is a discrepancy; it is worked out when read,
-- against the day record as it is then, so a declaration made after the check is caught too.

create table spot_check (
    id                   bigserial     primary key,
    cadre_id             bigint        not null references cadre (id),
    -- The cadre's team on the day and that team's village's town, kept as they were then, for scope and filters.
    team_id              bigint        references work_team (id),
    town_id              bigint        references town (id),
    checked_at           timestamptz   not null,
    -- The district's calendar date of checked_at (Asia/Shanghai), the day the check is about.
    day                  date          not null,
    method               varchar(10)   not null,
    found_present        boolean       not null,
    note                 varchar(500),
    -- Who checked: the signed-in account and its user name as it was then.
    checked_by           bigint        not null,
    checked_by_username  varchar(50)   not null,
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    created_by           varchar(50),
    modified_at          timestamptz   not null,
    modified_by          varchar(50),
    constraint spot_check_method_ck check (method in ('VISIT', 'PHONE'))
);
create index spot_check_day_ix on spot_check (day);
create index spot_check_town_day_ix on spot_check (town_id, day);
create index spot_check_cadre_day_ix on spot_check (cadre_id, day);
create index spot_check_absent_day_ix on spot_check (day, cadre_id) where not found_present;

create table spot_check_aud (
    id                   bigint        not null,
    rev                  bigint        not null references revision (id),
    revtype              smallint,
    cadre_id             bigint,
    team_id              bigint,
    town_id              bigint,
    checked_at           timestamptz,
    day                  date,
    method               varchar(10),
    found_present        boolean,
    note                 varchar(500),
    checked_by           bigint,
    checked_by_username  varchar(50),
    primary key (id, rev)
);
