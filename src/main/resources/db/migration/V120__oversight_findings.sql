-- Oversight (DOMAIN §10): findings of supervision (督查问题) and their rectification (整改).
-- A finding is about an aid unit, a team or a cadre; the unit answers for it whatever its subject. The town is the
-- town of the team's village (or the cadre's team's village on the day it was found), kept for the town's scope.
create table oversight_finding (
    id               bigserial     primary key,
    source           varchar(20)   not null,
    subject_kind     varchar(10)   not null,
    unit_id          bigint        not null references aid_unit (id),
    team_id          bigint        references work_team (id),
    cadre_id         bigint        references cadre (id),
    town_id          bigint        references town (id),
    description      varchar(1000) not null,
    deadline         date          not null,
    found_on         date          not null,
    state            varchar(10)   not null,
    answer           varchar(2000),
    answered_on      date,
    send_back_reason varchar(500),
    closed_on        date,
    -- The fact it was made from, in one click: the kind, the record's id and, for a month's fact, the month.
    fact_kind        varchar(20),
    fact_id          bigint,
    fact_month       varchar(7),
    -- The day the overdue finding was escalated to the unit, its town and the office.
    escalated_on     date,
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    created_by       varchar(50),
    modified_at      timestamptz   not null,
    modified_by      varchar(50),
    constraint oversight_finding_source_ck check (source in ('UNANNOUNCED_VISIT', 'FIELD_VISIT', 'SPOT_CHECK',
                                                             'REPORT_REVIEW', 'COMPLAINT')),
    constraint oversight_finding_subject_ck check (subject_kind in ('UNIT', 'TEAM', 'CADRE')
        and (subject_kind <> 'TEAM' or team_id is not null)
        and (subject_kind <> 'CADRE' or cadre_id is not null)),
    constraint oversight_finding_state_ck check (state in ('OPEN', 'ASSIGNED', 'ANSWERED', 'SENT_BACK', 'CLOSED')),
    constraint oversight_finding_description_ck check (length(trim(description)) > 0),
    constraint oversight_finding_answer_ck check (state not in ('ANSWERED', 'CLOSED') or answer is not null),
    constraint oversight_finding_fact_ck check ((fact_kind is null) = (fact_id is null))
);
-- One finding per fact: a second click (or a second tab) finds the first one.
create unique index oversight_finding_fact_ux on oversight_finding (fact_kind, fact_id, coalesce(fact_month, ''))
    where fact_kind is not null;
create index oversight_finding_unit_state_ix on oversight_finding (unit_id, state, deadline);
create index oversight_finding_town_state_ix on oversight_finding (town_id, state, deadline);
create index oversight_finding_state_deadline_ix on oversight_finding (state, deadline);
create index oversight_finding_source_ix on oversight_finding (source, found_on);
create index oversight_finding_found_ix on oversight_finding (found_on desc, id desc);

-- The history of a finding: who did what and when, with the text of the step (answer, reason sent back).
create table oversight_finding_step (
    finding_id  bigint        not null references oversight_finding (id),
    action      varchar(10)   not null,
    at          timestamptz   not null,
    by_name     varchar(100),
    text        varchar(2000),
    constraint oversight_finding_step_action_ck check (action in ('OPEN', 'ASSIGN', 'ANSWER', 'SEND_BACK', 'CLOSE',
                                                                  'ESCALATE'))
);
create index oversight_finding_step_finding_ix on oversight_finding_step (finding_id, at);

create table oversight_finding_aud (
    id               bigint        not null,
    rev              bigint        not null references revision (id),
    revtype          smallint,
    source           varchar(20),
    subject_kind     varchar(10),
    unit_id          bigint,
    team_id          bigint,
    cadre_id         bigint,
    town_id          bigint,
    description      varchar(1000),
    deadline         date,
    found_on         date,
    state            varchar(10),
    answer           varchar(2000),
    answered_on      date,
    send_back_reason varchar(500),
    closed_on        date,
    fact_kind        varchar(20),
    fact_id          bigint,
    fact_month       varchar(7),
    escalated_on     date,
    primary key (id, rev)
);
