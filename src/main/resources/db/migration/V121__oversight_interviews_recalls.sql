-- Oversight (DOMAIN §10): interviews (约谈) of cadres and unit leaders, and recalls (召回调整) of cadres who fail.

create table oversight_interview (
    id            bigserial     primary key,
    held_on       date          not null,
    -- Who was interviewed: a cadre, or a leadership member of the aid unit (unit_id is the unit either way).
    unit_id       bigint        not null references aid_unit (id),
    cadre_id      bigint        references cadre (id),
    leader_id     bigint        references unit_leader (id),
    interviewer   varchar(100)  not null,
    reason        varchar(1000) not null,
    finding_id    bigint        references oversight_finding (id),
    agreed        varchar(1000) not null,
    follow_up_on  date,
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    created_by    varchar(50),
    modified_at   timestamptz   not null,
    modified_by   varchar(50),
    constraint oversight_interview_who_ck check ((cadre_id is null) <> (leader_id is null)),
    constraint oversight_interview_follow_up_ck check (follow_up_on is null or follow_up_on >= held_on)
);
create index oversight_interview_unit_ix on oversight_interview (unit_id, held_on desc);
create index oversight_interview_held_ix on oversight_interview (held_on desc, id desc);
create index oversight_interview_finding_ix on oversight_interview (finding_id);

-- A recall ends the cadre's membership (reason RECALL) through the work teams module; the team's replacement is due
-- within team.replacement-days of the last day, and a member joining the team from that day closes it.
create table oversight_recall (
    id               bigserial     primary key,
    cadre_id         bigint        not null references cadre (id),
    team_id          bigint        not null references work_team (id),
    unit_id          bigint        not null references aid_unit (id),
    town_id          bigint        references town (id),
    membership_id    bigint        not null unique references team_membership (id),
    last_day         date          not null,
    replacement_due  date          not null,
    reason           varchar(1000) not null,
    finding_id       bigint        references oversight_finding (id),
    interview_id     bigint        references oversight_interview (id),
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    created_by       varchar(50),
    modified_at      timestamptz   not null,
    modified_by      varchar(50),
    constraint oversight_recall_due_ck check (replacement_due >= last_day)
);
create index oversight_recall_team_ix on oversight_recall (team_id, last_day);
create index oversight_recall_unit_ix on oversight_recall (unit_id, last_day desc);
create index oversight_recall_last_day_ix on oversight_recall (last_day desc, id desc);

create table oversight_interview_aud (
    id            bigint        not null,
    rev           bigint        not null references revision (id),
    revtype       smallint,
    held_on       date,
    unit_id       bigint,
    cadre_id      bigint,
    leader_id     bigint,
    interviewer   varchar(100),
    reason        varchar(1000),
    finding_id    bigint,
    agreed        varchar(1000),
    follow_up_on  date,
    primary key (id, rev)
);

create table oversight_recall_aud (
    id               bigint        not null,
    rev              bigint        not null references revision (id),
    revtype          smallint,
    cadre_id         bigint,
    team_id          bigint,
    unit_id          bigint,
    town_id          bigint,
    membership_id    bigint,
    last_day         date,
    replacement_due  date,
    reason           varchar(1000),
    finding_id       bigint,
    interview_id     bigint,
    primary key (id, rev)
);
