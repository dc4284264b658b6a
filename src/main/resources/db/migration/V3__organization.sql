-- Organisation (DOMAIN §2): towns, villages, aid units with their leadership members and linked villages, cadres.

create table town (
    id          bigserial   primary key,
    name        varchar(50) not null,
    sort_order  int         not null default 0,
    active      boolean     not null default true,
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    created_by  varchar(50),
    modified_at timestamptz not null,
    modified_by varchar(50)
);
create unique index town_name_ux on town (lower(name));

create table village (
    id          bigserial     primary key,
    town_id     bigint        not null references town (id),
    name        varchar(50)   not null,
    category    varchar(30)   not null,
    latitude    numeric(9, 6),
    longitude   numeric(9, 6),
    radius_m    int           not null default 1500,
    population  int,
    households  int,
    active      boolean       not null default true,
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    created_by  varchar(50),
    modified_at timestamptz   not null,
    modified_by varchar(50),
    constraint village_category_ck check (category in ('REGISTERED_POOR', 'NON_POOR_WITH_TASKS', 'OTHER')),
    constraint village_latitude_ck check (latitude between -90 and 90),
    constraint village_longitude_ck check (longitude between -180 and 180),
    constraint village_radius_ck check (radius_m between 50 and 20000),
    constraint village_population_ck check (population >= 0),
    constraint village_households_ck check (households >= 0)
);
create unique index village_town_name_ux on village (town_id, lower(name));
create index village_category_ix on village (category);
create index village_name_ix on village (lower(name) varchar_pattern_ops);

create table aid_unit (
    id          bigserial    primary key,
    name        varchar(100) not null,
    kind        varchar(20)  not null,
    phone       varchar(20),
    address     varchar(200),
    active      boolean      not null default true,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    created_by  varchar(50),
    modified_at timestamptz  not null,
    modified_by varchar(50),
    constraint aid_unit_kind_ck check (kind in ('GOVERNMENT', 'INSTITUTION', 'STATE_FIRM', 'OTHER'))
);
create unique index aid_unit_name_ux on aid_unit (lower(name));
create index aid_unit_name_ix on aid_unit (lower(name) varchar_pattern_ops);

create table unit_leader (
    id          bigserial   primary key,
    unit_id     bigint      not null references aid_unit (id),
    name        varchar(50) not null,
    gender      varchar(10),
    position    varchar(50) not null,
    phone       varchar(20),
    principal   boolean     not null default false,
    active      boolean     not null default true,
    sort_order  int         not null default 0,
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    created_by  varchar(50),
    modified_at timestamptz not null,
    modified_by varchar(50)
);
create index unit_leader_unit_ix on unit_leader (unit_id);
-- At most one active principal per unit; "at least one" is checked when the unit is saved.
create unique index unit_leader_one_principal_ux on unit_leader (unit_id) where principal and active;

create table aid_unit_village (
    unit_id    bigint not null references aid_unit (id),
    village_id bigint not null references village (id),
    primary key (unit_id, village_id)
);
create index aid_unit_village_village_ix on aid_unit_village (village_id);

create table cadre (
    id          bigserial   primary key,
    unit_id     bigint      not null references aid_unit (id),
    name        varchar(50) not null,
    gender      varchar(10) not null,
    phone       varchar(20),
    position    varchar(50),
    active      boolean     not null default true,
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    created_by  varchar(50),
    modified_at timestamptz not null,
    modified_by varchar(50),
    constraint cadre_gender_ck check (gender in ('MALE', 'FEMALE'))
);
create index cadre_unit_ix on cadre (unit_id);
create index cadre_name_ix on cadre (lower(name) varchar_pattern_ops);

create table town_aud (
    id         bigint   not null,
    rev        bigint   not null references revision (id),
    revtype    smallint,
    name       varchar(50),
    sort_order int,
    active     boolean,
    primary key (id, rev)
);

create table village_aud (
    id         bigint   not null,
    rev        bigint   not null references revision (id),
    revtype    smallint,
    town_id    bigint,
    name       varchar(50),
    category   varchar(30),
    latitude   numeric(9, 6),
    longitude  numeric(9, 6),
    radius_m   int,
    population int,
    households int,
    active     boolean,
    primary key (id, rev)
);

create table aid_unit_aud (
    id      bigint   not null,
    rev     bigint   not null references revision (id),
    revtype smallint,
    name    varchar(100),
    kind    varchar(20),
    phone   varchar(20),
    address varchar(200),
    active  boolean,
    primary key (id, rev)
);

create table aid_unit_village_aud (
    rev        bigint   not null references revision (id),
    revtype    smallint,
    unit_id    bigint   not null,
    village_id bigint   not null,
    primary key (rev, unit_id, village_id)
);

create table unit_leader_aud (
    id         bigint   not null,
    rev        bigint   not null references revision (id),
    revtype    smallint,
    unit_id    bigint,
    name       varchar(50),
    gender     varchar(10),
    position   varchar(50),
    phone      varchar(20),
    principal  boolean,
    active     boolean,
    sort_order int,
    primary key (id, rev)
);

create table cadre_aud (
    id       bigint   not null,
    rev      bigint   not null references revision (id),
    revtype  smallint,
    unit_id  bigint,
    name     varchar(50),
    gender   varchar(10),
    phone    varchar(20),
    position varchar(50),
    active   boolean,
    primary key (id, rev)
);

alter table account add constraint account_town_fk foreign key (town_id) references town (id);
alter table account add constraint account_unit_fk foreign key (unit_id) references aid_unit (id);
alter table account add constraint account_cadre_fk foreign key (cadre_id) references cadre (id);
