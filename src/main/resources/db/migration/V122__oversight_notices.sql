-- Oversight (DOMAIN §10): notices (通报) of a month, drafted from the month's facts, edited, numbered and published
-- to the units they name. A notice names units and teams, never ranks individual cadres (DOMAIN §4).
create table oversight_notice (
    id              bigserial     primary key,
    month           varchar(7)    not null,
    title           varchar(200)  not null,
    body            text          not null,
    -- The numbering pattern, {year} and {n} replaced when published, e.g. 济脱贫办〔{year}〕{n}号.
    number_pattern  varchar(100)  not null,
    state           varchar(10)   not null,
    year            int,
    seq             int,
    number          varchar(100),
    published_on    date,
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(50),
    modified_at     timestamptz   not null,
    modified_by     varchar(50),
    constraint oversight_notice_state_ck check (state in ('DRAFT', 'PUBLISHED')),
    constraint oversight_notice_published_ck check ((state = 'PUBLISHED') = (number is not null and published_on is not null)),
    constraint oversight_notice_body_ck check (length(trim(body)) > 0)
);
create unique index oversight_notice_number_ux on oversight_notice (year, seq) where seq is not null;
create index oversight_notice_month_ix on oversight_notice (month, state);
create index oversight_notice_created_ix on oversight_notice (created_at desc, id desc);

-- The units a notice names (from the facts of its month), who see it once published.
create table oversight_notice_unit (
    notice_id  bigint  not null references oversight_notice (id),
    unit_id    bigint  not null references aid_unit (id),
    primary key (notice_id, unit_id)
);
create index oversight_notice_unit_unit_ix on oversight_notice_unit (unit_id, notice_id);

create table oversight_notice_aud (
    id              bigint        not null,
    rev             bigint        not null references revision (id),
    revtype         smallint,
    month           varchar(7),
    title           varchar(200),
    body            text,
    number_pattern  varchar(100),
    state           varchar(10),
    year            int,
    seq             int,
    number          varchar(100),
    published_on    date,
    primary key (id, rev)
);
