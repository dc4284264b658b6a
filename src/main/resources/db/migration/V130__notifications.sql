-- Notifications (DOMAIN §9): one notice per event, sent at most once per dedup key, to its recipients' in-app centre
-- and, when a mail server is configured, by email from an outbox.
create table notice (
    id          bigserial    primary key,
    kind        varchar(60)  not null,
    title_key   varchar(120) not null,
    args        text[]       not null default '{}',
    href        varchar(300),
    -- A key naming the occasion (e.g. monthlyreports.remind-3.2026-11.unit-12); the same key is never sent twice.
    dedup_key   varchar(200),
    created_at  timestamptz  not null
);
create unique index notice_dedup_ux on notice (dedup_key) where dedup_key is not null;

-- One row per recipient account: read or not, and the state of its email.
create table notice_recipient (
    notice_id   bigint       not null references notice (id) on delete cascade,
    account_id  bigint       not null,
    read_at     timestamptz,
    -- NONE: no email for this recipient; PENDING: to be mailed; SENT or FAILED once tried.
    mail_state  varchar(10)  not null default 'NONE',
    mailed_at   timestamptz,
    primary key (account_id, notice_id),
    constraint notice_recipient_mail_ck check (mail_state in ('NONE', 'PENDING', 'SENT', 'FAILED'))
);
create index notice_recipient_unread_ix on notice_recipient (account_id) where read_at is null;
create index notice_recipient_notice_ix on notice_recipient (notice_id);
create index notice_recipient_mail_ix on notice_recipient (notice_id) where mail_state = 'PENDING';

-- The email address an account wants its notices at (the user sets it on the notifications page).
create table notice_mail_address (
    account_id  bigint       primary key,
    email       varchar(254) not null,
    modified_at timestamptz  not null
);

