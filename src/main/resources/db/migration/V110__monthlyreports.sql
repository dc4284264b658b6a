-- Monthly reports (DOMAIN §9): one per aid unit and month, its draft content pre-filled from the records, each
-- submission's frozen content, the office's comments per section, and every transition.
create table monthly_report (
    id                 bigserial     primary key,
    unit_id            bigint        not null references aid_unit (id),
    month              date          not null,
    state              varchar(10)   not null,
    due_date           date          not null,
    -- The draft's figures as last pre-filled from the records (refreshed until submission).
    facts              jsonb         not null,
    facts_at           timestamptz   not null,
    work_done          varchar(2000) not null default '',
    problems           varchar(1000) not null default '',
    help_needed        varchar(1000) not null default '',
    next_plan          varchar(1000) not null default '',
    submissions        int           not null default 0,
    first_submitted_at timestamptz,
    submitted_at       timestamptz,
    -- Submitted after the due day once: kept for ever, also after a return and a resubmission.
    late               boolean       not null default false,
    decided_at         timestamptz,
    version            bigint        not null default 0,
    created_at         timestamptz   not null,
    created_by         varchar(50),
    modified_at        timestamptz   not null,
    modified_by        varchar(50),
    constraint monthly_report_state_ck check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    constraint monthly_report_month_ck check (extract(day from month) = 1),
    constraint monthly_report_submitted_ck check (state = 'DRAFT' or submissions > 0)
);
create unique index monthly_report_unit_month_ux on monthly_report (unit_id, month);
create index monthly_report_month_state_ix on monthly_report (month, state);

-- What the unit submitted, frozen: later changes to attendance or visits never change it.
create table monthly_report_submission (
    report_id     bigint       not null references monthly_report (id),
    number        int          not null,
    content       jsonb        not null,
    submitted_at  timestamptz  not null,
    submitted_by  varchar(50),
    late          boolean      not null,
    primary key (report_id, number)
);

-- The office's comments on a submission, per section (GENERAL for the return's or the reopening's reason).
create table monthly_report_comment (
    id            bigserial     primary key,
    report_id     bigint        not null references monthly_report (id),
    submission    int           not null,
    section       varchar(20)   not null,
    comment       varchar(1000) not null,
    author        varchar(50),
    author_name   varchar(50),
    at            timestamptz   not null,
    constraint monthly_report_comment_text_ck check (length(trim(comment)) > 0)
);
create index monthly_report_comment_report_ix on monthly_report_comment (report_id, submission);

-- Every transition: who, when, from which state to which, and the reason where one is needed.
create table monthly_report_event (
    id            bigserial     primary key,
    report_id     bigint        not null references monthly_report (id),
    action        varchar(12)   not null,
    from_state    varchar(10),
    to_state      varchar(10)   not null,
    actor         varchar(50),
    actor_name    varchar(50),
    reason        varchar(1000),
    at            timestamptz   not null
);
create index monthly_report_event_report_ix on monthly_report_event (report_id, at);

create table monthly_report_aud (
    id                 bigint        not null,
    rev                bigint        not null references revision (id),
    revtype            smallint,
    unit_id            bigint,
    month              date,
    state              varchar(10),
    due_date           date,
    work_done          varchar(2000),
    problems           varchar(1000),
    help_needed        varchar(1000),
    next_plan          varchar(1000),
    submissions        int,
    late               boolean,
    primary key (id, rev)
);
