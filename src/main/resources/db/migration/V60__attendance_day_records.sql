-- Attendance (DOMAIN §4): one day record per cadre and date, with optional location evidence.

create table day_record (
    id                bigserial     primary key,
    cadre_id          bigint        not null references cadre (id),
    team_id           bigint        references work_team (id),
    day               date          not null,
    status            varchar(20)   not null,
    overnight         boolean       not null default false,
    source            varchar(10)   not null,
    leave_request_id  bigint,
    latitude          numeric(9, 6),
    longitude         numeric(9, 6),
    accuracy_m        int,
    distance_m        int,
    needs_review      boolean       not null default false,
    note              varchar(200),
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    created_by        varchar(50),
    modified_at       timestamptz   not null,
    modified_by       varchar(50),
    constraint day_record_status_ck check (status in ('IN_VILLAGE', 'OFFICIAL_BUSINESS', 'LEAVE', 'HOLIDAY', 'REST', 'ABSENT')),
    constraint day_record_source_ck check (source in ('SELF', 'LEADER', 'LEAVE', 'OFFICE')),
    -- Only a day in the village can have a night in the village.
    constraint day_record_overnight_ck check (not overnight or status = 'IN_VILLAGE'),
    -- A leave day names its request, and only a leave day does.
    constraint day_record_leave_ck check ((status = 'LEAVE') = (leave_request_id is not null)),
    constraint day_record_latitude_ck check (latitude between -90 and 90),
    constraint day_record_longitude_ck check (longitude between -180 and 180),
    constraint day_record_accuracy_ck check (accuracy_m >= 0),
    constraint day_record_distance_ck check (distance_m >= 0),
    constraint day_record_cadre_day_uk unique (cadre_id, day)
);
create index day_record_team_day_ix on day_record (team_id, day);
create index day_record_day_ix on day_record (day);
create index day_record_leave_request_ix on day_record (leave_request_id) where leave_request_id is not null;

create table day_record_aud (
    id                bigint        not null,
    rev               bigint        not null references revision (id),
    revtype           smallint,
    cadre_id          bigint,
    team_id           bigint,
    day               date,
    status            varchar(20),
    overnight         boolean,
    source            varchar(10),
    leave_request_id  bigint,
    latitude          numeric(9, 6),
    longitude         numeric(9, 6),
    accuracy_m        int,
    distance_m        int,
    needs_review      boolean,
    note              varchar(200),
    primary key (id, rev)
);
