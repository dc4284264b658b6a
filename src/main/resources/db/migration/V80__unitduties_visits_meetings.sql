-- Unit duties (DOMAIN §6): the aid unit's leadership members in the village (单位负责人入村) and its quarterly
-- meetings on the work (驻村帮扶专题会). Photos and files are attachments (owner types 'leader-visit', 'unit-meeting').

create table leader_visit (
    id             bigserial     primary key,
    unit_id        bigint        not null references aid_unit (id),
    leader_id      bigint        not null references unit_leader (id),
    -- Whether the member was the unit's principal when the visit was recorded: a later change of principal, or the
    -- member leaving the leadership, does not change how a past month is judged.
    principal      boolean       not null,
    village_id     bigint        not null references village (id),
    first_day      date          not null,
    last_day       date          not null,
    purpose        varchar(500)  not null,
    findings       varchar(2000),
    solved         varchar(2000),
    version        bigint        not null default 0,
    created_at     timestamptz   not null,
    created_by     varchar(50),
    modified_at    timestamptz   not null,
    modified_by    varchar(50),
    constraint leader_visit_days_ck check (last_day >= first_day),
    constraint leader_visit_purpose_ck check (length(btrim(purpose)) > 0)
);
-- The month's visits of one unit, and of the whole district (overviews): visits overlapping a month are found by
-- their last day on or after the month's start (and first day before its end).
create index leader_visit_unit_days_ix on leader_visit (unit_id, last_day, first_day);
create index leader_visit_days_ix on leader_visit (last_day, first_day);
create index leader_visit_leader_ix on leader_visit (leader_id, first_day);
create index leader_visit_village_ix on leader_visit (village_id);

create table unit_meeting (
    id              bigserial     primary key,
    unit_id         bigint        not null references aid_unit (id),
    held_on         date          not null,
    chair_id        bigint        not null references unit_leader (id),
    attendees       varchar(1000) not null,
    -- Whether the work team and its first secretary reported to the meeting (听取汇报).
    team_reported   boolean       not null,
    topics          varchar(2000) not null,
    decisions       varchar(2000),
    solved          varchar(2000),
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(50),
    modified_at     timestamptz   not null,
    modified_by     varchar(50)
);
create index unit_meeting_unit_held_ix on unit_meeting (unit_id, held_on);
create index unit_meeting_held_ix on unit_meeting (held_on);
create index unit_meeting_chair_ix on unit_meeting (chair_id);
