-- Infrastructure tables: HTTP sessions (Spring Session JDBC), the module event registry (Spring Modulith)
-- and the audit trail's revisions (Hibernate Envers).

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_incomplete_ix on event_publication (publication_date) where completion_date is null;

-- One row per audited transaction: when and by whom.
create table revision (
    id        bigserial    primary key,
    timestamp bigint       not null,
    at        timestamptz  not null,
    username  varchar(100)
);
create index revision_at_ix on revision (at);
create index revision_username_ix on revision (username);

-- One row per entity changed in a revision, so that the audit page can search by kind and record.
create table revision_change (
    id          bigserial    primary key,
    revision_id bigint       not null references revision (id),
    entity_type varchar(100) not null,
    entity_id   varchar(64)  not null,
    change_type smallint     not null
);
create index revision_change_revision_ix on revision_change (revision_id);
create index revision_change_entity_ix on revision_change (entity_type, entity_id);

-- ShedLock: a scheduled job runs on one instance only.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
