-- Structured assistance measures of a confirmed monitoring case (DOMAIN §7): each with its kind, start, responsible
-- aid unit, result and, once it ends, its end. They replace the free text of monitoring_case.measures, which becomes
-- one measure of kind OTHER: started on the day of the district's confirmation (the flag's day when there is none),
-- its unit the unit of the household's paired cadre, else the first unit linked to the village (none if neither).
create table monitoring_measure (
    id          bigserial      primary key,
    case_id     bigint         not null references monitoring_case (id),
    kind        varchar(20)    not null,
    start_date  date           not null,
    end_date    date,
    unit_id     bigint         references aid_unit (id),
    result      varchar(1000)  not null,
    version     bigint         not null default 0,
    created_at  timestamptz    not null,
    created_by  varchar(50),
    modified_at timestamptz    not null,
    modified_by varchar(50),
    constraint monitoring_measure_kind_ck check (kind in ('INDUSTRY', 'EMPLOYMENT', 'HEALTH', 'EDUCATION', 'HOUSING',
                                                         'DRINKING_WATER', 'SOCIAL_SECURITY', 'FINANCE', 'OTHER')),
    constraint monitoring_measure_end_ck check (end_date is null or end_date >= start_date)
);
create index monitoring_measure_case_ix on monitoring_measure (case_id, start_date);
create index monitoring_measure_unit_ix on monitoring_measure (unit_id, start_date);

create table monitoring_measure_aud (
    id          bigint         not null,
    rev         bigint         not null references revision (id),
    revtype     smallint,
    case_id     bigint,
    kind        varchar(20),
    start_date  date,
    end_date    date,
    unit_id     bigint,
    result      varchar(1000),
    primary key (id, rev)
);

insert into monitoring_measure (case_id, kind, start_date, unit_id, result, created_at, created_by, modified_at,
                                modified_by)
select m.id, 'OTHER', coalesce(m.confirmed_on, m.flagged_on),
       coalesce((select c.unit_id from cadre c where c.id = h.cadre_id),
                (select min(l.unit_id) from aid_unit_village l where l.village_id = h.village_id)),
       m.measures, m.modified_at, m.modified_by, m.modified_at, m.modified_by
from monitoring_case m join household h on h.id = m.household_id
where m.measures is not null and btrim(m.measures) <> '';

alter table monitoring_case drop column measures;
alter table monitoring_case_aud drop column measures;
