-- Accounts with their role and scope, and the log of sign-ins.

create table account (
    id                   bigserial    primary key,
    username             varchar(50)  not null,
    password_hash        varchar(100) not null,
    display_name         varchar(50)  not null,
    role                 varchar(20)  not null,
    town_id              bigint,
    unit_id              bigint,
    cadre_id             bigint,
    active               boolean      not null default true,
    must_change_password boolean      not null default false,
    failed_attempts      int          not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    version              bigint       not null default 0,
    created_at           timestamptz  not null,
    created_by           varchar(50),
    modified_at          timestamptz  not null,
    modified_by          varchar(50),
    constraint account_role_ck check (role in ('OFFICE_ADMIN', 'OFFICE_STAFF', 'TOWN_OFFICIAL', 'UNIT_ADMIN',
                                               'TEAM_LEADER', 'TEAM_MEMBER')),
    constraint account_scope_ck check (
        (role in ('OFFICE_ADMIN', 'OFFICE_STAFF') and town_id is null and unit_id is null and cadre_id is null)
        or (role = 'TOWN_OFFICIAL' and town_id is not null and unit_id is null and cadre_id is null)
        or (role = 'UNIT_ADMIN' and unit_id is not null and town_id is null and cadre_id is null)
        or (role in ('TEAM_LEADER', 'TEAM_MEMBER') and cadre_id is not null and unit_id is not null and town_id is null))
);
create unique index account_username_ux on account (lower(username));
create unique index account_cadre_ux on account (cadre_id) where cadre_id is not null;
create index account_role_ix on account (role);
create index account_town_ix on account (town_id);
create index account_unit_ix on account (unit_id);

create table account_aud (
    id                   bigint      not null,
    rev                  bigint      not null references revision (id),
    revtype              smallint,
    username             varchar(50),
    display_name         varchar(50),
    role                 varchar(20),
    town_id              bigint,
    unit_id              bigint,
    cadre_id             bigint,
    active               boolean,
    must_change_password boolean,
    locked_until         timestamptz,
    primary key (id, rev)
);

create table login_event (
    id         bigserial    primary key,
    at         timestamptz  not null,
    username   varchar(100) not null,
    account_id bigint       references account (id),
    kind       varchar(20)  not null,
    remote_ip  varchar(64),
    constraint login_event_kind_ck check (kind in ('SUCCESS', 'FAILURE', 'LOCKED_OUT', 'REFUSED_LOCKED', 'LOGOUT',
                                                   'UNLOCKED', 'PASSWORD_CHANGED', 'PASSWORD_RESET'))
);
create index login_event_at_ix on login_event (at desc);
create index login_event_username_ix on login_event (lower(username), at desc);
create index login_event_kind_ix on login_event (kind, at desc);
