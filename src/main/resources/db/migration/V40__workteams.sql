-- Work teams (DOMAIN §3): one team per village and term, dispatched by an aid unit, and its memberships.

create table work_team (
    id               bigserial    primary key,
    village_id       bigint       not null references village (id),
    unit_id          bigint       not null references aid_unit (id),
    term_start       date         not null,
    term_end         date         not null,
    status           varchar(10)  not null default 'ACTIVE',
    ended_on         date,
    -- Copied from the village's category when the team is dispatched: a registered poor village has at most one
    -- active team (一村一队), which the partial unique index below enforces even for two saves at the same moment.
    one_per_village  boolean      not null,
    note             varchar(500),
    version          bigint       not null default 0,
    created_at       timestamptz  not null,
    created_by       varchar(50),
    modified_at      timestamptz  not null,
    modified_by      varchar(50),
    constraint work_team_status_ck check (status in ('ACTIVE', 'ENDED')),
    constraint work_team_term_ck check (term_end >= term_start),
    constraint work_team_ended_ck check ((status = 'ENDED') = (ended_on is not null)),
    constraint work_team_ended_in_term_ck check (ended_on is null or ended_on >= term_start)
);
create unique index work_team_one_active_per_poor_village_ux on work_team (village_id)
    where status = 'ACTIVE' and one_per_village;
create index work_team_village_ix on work_team (village_id);
create index work_team_unit_ix on work_team (unit_id, status);
create index work_team_status_term_end_ix on work_team (status, term_end);

create table team_membership (
    id            bigserial    primary key,
    team_id       bigint       not null references work_team (id),
    cadre_id      bigint       not null references cadre (id),
    role          varchar(20)  not null,
    joined_on     date         not null,
    left_on       date,
    leave_reason  varchar(20),
    note          varchar(500),
    version       bigint       not null default 0,
    created_at    timestamptz  not null,
    created_by    varchar(50),
    modified_at   timestamptz  not null,
    modified_by   varchar(50),
    constraint team_membership_role_ck check (role in ('FIRST_SECRETARY', 'TEAM_LEADER', 'MEMBER')),
    constraint team_membership_reason_ck check (leave_reason in ('ROTATION', 'RECALL', 'WITHDRAWN', 'TRANSFER', 'OTHER')),
    constraint team_membership_dates_ck check (left_on is null or left_on >= joined_on),
    constraint team_membership_reason_when_left_ck check ((left_on is null) = (leave_reason is null))
);
-- A cadre is active in at most one team at a time; a team has at most one active leader.
create unique index team_membership_one_active_per_cadre_ux on team_membership (cadre_id) where left_on is null;
create unique index team_membership_one_leader_ux on team_membership (team_id)
    where left_on is null and role in ('FIRST_SECRETARY', 'TEAM_LEADER');
create index team_membership_team_ix on team_membership (team_id, joined_on);
create index team_membership_cadre_ix on team_membership (cadre_id, joined_on);
create index team_membership_left_ix on team_membership (left_on) where left_on is not null;

create table work_team_aud (
    id              bigint   not null,
    rev             bigint   not null references revision (id),
    revtype         smallint,
    village_id      bigint,
    unit_id         bigint,
    term_start      date,
    term_end        date,
    status          varchar(10),
    ended_on        date,
    one_per_village boolean,
    note            varchar(500),
    primary key (id, rev)
);

create table team_membership_aud (
    id           bigint   not null,
    rev          bigint   not null references revision (id),
    revtype      smallint,
    team_id      bigint,
    cadre_id     bigint,
    role         varchar(20),
    joined_on    date,
    left_on      date,
    leave_reason varchar(20),
    note         varchar(500),
    primary key (id, rev)
);
