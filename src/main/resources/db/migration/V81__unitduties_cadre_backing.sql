-- Unit duties (DOMAIN §6): the aid unit's care for its stationed cadres, per cadre: office and living supplies
-- provided, the yearly health check, and visits to the cadre's family (慰问). The stationed-work allowance is not
-- stored: it is the attendance sheets' days in the village times the daily rate in force (setting
-- allowance.daily-rate).

create table cadre_supply (
    id           bigserial     primary key,
    unit_id      bigint        not null references aid_unit (id),
    cadre_id     bigint        not null references cadre (id),
    provided_on  date          not null,
    what         varchar(200)  not null,
    version      bigint        not null default 0,
    created_at   timestamptz   not null,
    created_by   varchar(50),
    modified_at  timestamptz   not null,
    modified_by  varchar(50)
);
create index cadre_supply_unit_day_ix on cadre_supply (unit_id, provided_on);
create index cadre_supply_cadre_day_ix on cadre_supply (cadre_id, provided_on);

create table cadre_health_check (
    id           bigserial     primary key,
    unit_id      bigint        not null references aid_unit (id),
    cadre_id     bigint        not null references cadre (id),
    checked_on   date          not null,
    note         varchar(200),
    version      bigint        not null default 0,
    created_at   timestamptz   not null,
    created_by   varchar(50),
    modified_at  timestamptz   not null,
    modified_by  varchar(50)
);
create index cadre_health_check_unit_day_ix on cadre_health_check (unit_id, checked_on);
create index cadre_health_check_cadre_day_ix on cadre_health_check (cadre_id, checked_on);

create table cadre_family_visit (
    id           bigserial     primary key,
    unit_id      bigint        not null references aid_unit (id),
    cadre_id     bigint        not null references cadre (id),
    visited_on   date          not null,
    visited_by   varchar(100)  not null,
    brought      varchar(200)  not null,
    version      bigint        not null default 0,
    created_at   timestamptz   not null,
    created_by   varchar(50),
    modified_at  timestamptz   not null,
    modified_by  varchar(50)
);
create index cadre_family_visit_unit_day_ix on cadre_family_visit (unit_id, visited_on);
create index cadre_family_visit_cadre_day_ix on cadre_family_visit (cadre_id, visited_on);
