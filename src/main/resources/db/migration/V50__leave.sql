-- Leave (DOMAIN §5): a cadre's requests, the approval chain fixed at submission, and each step's decision.
create table leave_request (
    id                 bigserial    primary key,
    cadre_id           bigint       not null references cadre (id),
    -- The team the cadre served in on the day of submission; null for leave the office records for a cadre
    -- outside any team.
    team_id            bigint       references work_team (id),
    type               varchar(20)  not null,
    first_day          date         not null,
    last_day           date         not null,
    reason             varchar(500) not null,
    contact_phone      varchar(20),
    -- The steps in order, e.g. TEAM_LEADER,TOWN,OFFICE.
    chain              varchar(40)  not null,
    step_index         int          not null default 0,
    state              varchar(10)  not null,
    actual_return      date,
    recorded_by_office boolean      not null default false,
    requested_by       bigint       not null,
    version            bigint       not null default 0,
    created_at         timestamptz  not null,
    created_by         varchar(50),
    modified_at        timestamptz  not null,
    modified_by        varchar(50),
    constraint leave_request_type_ck check (type in ('PERSONAL', 'SICK', 'ANNUAL', 'MARRIAGE_FUNERAL',
                                                     'FAMILY_VISIT', 'OTHER')),
    constraint leave_request_state_ck check (state in ('PENDING', 'APPROVED', 'RETURNED', 'REJECTED', 'CANCELLED')),
    constraint leave_request_days_ck check (last_day >= first_day),
    constraint leave_request_chain_ck check (chain ~ '^(TEAM_LEADER|TOWN|OFFICE)(,(TOWN|OFFICE))*$'),
    constraint leave_request_step_ck check (step_index >= 0 and step_index <= 3),
    constraint leave_request_return_ck check ((state = 'RETURNED') = (actual_return is not null)),
    constraint leave_request_return_range_ck check (actual_return is null
        or (actual_return >= first_day and actual_return <= last_day + 1)),
    constraint leave_request_reason_ck check (length(trim(reason)) > 0)
);
create index leave_request_cadre_ix on leave_request (cadre_id, first_day);
create index leave_request_state_team_ix on leave_request (state, team_id);
create index leave_request_first_day_ix on leave_request (first_day);

-- One row per decision of a step: who decided (account id and the name shown then), approve or reject, why, when.
create table leave_decision (
    request_id      bigint       not null references leave_request (id),
    step            varchar(20)  not null,
    decided_by      bigint       not null,
    decided_by_name varchar(50),
    approved        boolean      not null,
    comment         varchar(500),
    decided_at      timestamptz  not null,
    constraint leave_decision_step_ck check (step in ('TEAM_LEADER', 'TOWN', 'OFFICE')),
    constraint leave_decision_reason_ck check (approved or length(trim(comment)) > 0)
);
create index leave_decision_request_ix on leave_decision (request_id);

create table leave_request_aud (
    id                 bigint       not null,
    rev                bigint       not null references revision (id),
    revtype            smallint,
    cadre_id           bigint,
    team_id            bigint,
    type               varchar(20),
    first_day          date,
    last_day           date,
    reason             varchar(500),
    contact_phone      varchar(20),
    chain              varchar(40),
    step_index         int,
    state              varchar(10),
    actual_return      date,
    recorded_by_office boolean,
    requested_by       bigint,
    primary key (id, rev)
);
