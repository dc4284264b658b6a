-- Contact logs (走访记录, DOMAIN §7): a paired cadre's home visit or phone call with the standard check of the
-- family's situation (两不愁三保障), entered by the cadre or by the unit's liaison on the cadre's behalf.
create table contact_log (
    id            bigserial     primary key,
    household_id  bigint        not null references household (id),
    pairing_id    bigint        not null references pairing (id),
    cadre_id      bigint        not null references cadre (id),
    contact_date  date          not null,
    kind          varchar(10)   not null,
    food_ok       boolean       not null,
    clothing_ok   boolean       not null,
    education_ok  boolean       not null,
    medical_ok    boolean       not null,
    housing_ok    boolean       not null,
    water_ok      boolean       not null,
    problems      varchar(500),
    help_given    varchar(500),
    policies      varchar(500),
    income_change varchar(200),
    satisfaction  varchar(15)   not null,
    latitude      numeric(9, 6),
    longitude     numeric(9, 6),
    on_behalf     boolean       not null default false,
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    created_by    varchar(50),
    modified_at   timestamptz   not null,
    modified_by   varchar(50),
    constraint contact_log_kind_ck check (kind in ('HOME_VISIT', 'PHONE')),
    constraint contact_log_satisfaction_ck check (satisfaction in ('SATISFIED', 'BASICALLY', 'DISSATISFIED')),
    constraint contact_log_latitude_ck check (latitude between -90 and 90),
    constraint contact_log_longitude_ck check (longitude between -180 and 180)
);
create index contact_log_household_ix on contact_log (household_id, contact_date);
create index contact_log_cadre_ix on contact_log (cadre_id, contact_date);
create index contact_log_pairing_ix on contact_log (pairing_id);

create table contact_log_aud (
    id            bigint        not null,
    rev           bigint        not null references revision (id),
    revtype       smallint,
    household_id  bigint,
    pairing_id    bigint,
    cadre_id      bigint,
    contact_date  date,
    kind          varchar(10),
    food_ok       boolean,
    clothing_ok   boolean,
    education_ok  boolean,
    medical_ok    boolean,
    housing_ok    boolean,
    water_ok      boolean,
    problems      varchar(500),
    help_given    varchar(500),
    policies      varchar(500),
    income_change varchar(200),
    satisfaction  varchar(15),
    latitude      numeric(9, 6),
    longitude     numeric(9, 6),
    on_behalf     boolean,
    primary key (id, rev)
);
