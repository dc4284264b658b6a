-- Policy settings valid from a date (DOMAIN §12) and the statutory holiday calendar.

create table policy_setting (
    id          bigserial    primary key,
    key         varchar(60)  not null,
    valid_from  date         not null,
    value       varchar(40)  not null,
    note        varchar(200),
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    created_by  varchar(50),
    modified_at timestamptz  not null,
    modified_by varchar(50),
    constraint policy_setting_key_from_uq unique (key, valid_from)
);

create table policy_setting_aud (
    id         bigint   not null,
    rev        bigint   not null references revision (id),
    revtype    smallint,
    key        varchar(60),
    valid_from date,
    value      varchar(40),
    note       varchar(200),
    primary key (id, rev)
);

create table holiday (
    id          bigserial   primary key,
    day         date        not null,
    name        varchar(50) not null,
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    created_by  varchar(50),
    modified_at timestamptz not null,
    modified_by varchar(50),
    constraint holiday_day_uq unique (day)
);

create table holiday_aud (
    id      bigint   not null,
    rev     bigint   not null references revision (id),
    revtype smallint,
    day     date,
    name    varchar(50),
    primary key (id, rev)
);
