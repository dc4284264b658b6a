-- Households and pairings (DOMAIN §7): the household register with members, category history and income by year,
-- the pairings of cadres (帮扶责任人) with households, and the contact logs (走访记录).

create table household (
    id                 bigserial     primary key,
    -- The household's number in the register (户编号): the key of the Excel import.
    code               varchar(30)   not null,
    village_id         bigint        not null references village (id),
    head_name          varchar(50)   not null,
    head_phone         varchar(20),
    category           varchar(10)   not null,
    monitored_kind     varchar(10),
    risk_tags          varchar(20)[] not null default '{}',
    income_sources     varchar(200),
    member_count       int           not null default 0,
    latest_income_year int,
    latest_income      numeric(14, 2),
    -- Kept by the pairings and contact logs of the household, so that the lists filter without aggregates:
    -- the cadre paired now, since when the household has been paired without a break (handovers included),
    -- the last contact of any kind and the last home visit.
    cadre_id           bigint        references cadre (id),
    paired_since       date,
    last_contact_on    date,
    last_home_visit_on date,
    active             boolean       not null default true,
    version            bigint        not null default 0,
    created_at         timestamptz   not null,
    created_by         varchar(50),
    modified_at        timestamptz   not null,
    modified_by        varchar(50),
    constraint household_category_ck check (category in ('POOR', 'LIFTED', 'MONITORED')),
    constraint household_kind_ck check ((category = 'MONITORED') = (monitored_kind is not null)
        and (monitored_kind is null or monitored_kind in ('UNSTABLE', 'MARGINAL', 'SUDDEN'))),
    constraint household_paired_ck check ((cadre_id is null) = (paired_since is null)),
    constraint household_income_ck check (latest_income >= 0),
    constraint household_members_ck check (member_count >= 0)
);
create unique index household_code_ux on household (lower(code));
create index household_village_ix on household (village_id, category);
create index household_category_ix on household (category, monitored_kind);
create index household_cadre_ix on household (cadre_id);
create index household_risk_ix on household using gin (risk_tags);
create index household_head_ix on household (lower(head_name) varchar_pattern_ops);
-- The overdue lists: paired households by their last contact and last home visit.
create index household_contact_due_ix on household (last_contact_on, paired_since) where cadre_id is not null;
create index household_visit_due_ix on household (last_home_visit_on, paired_since) where cadre_id is not null;
create index household_unpaired_ix on household (village_id) where cadre_id is null;

create table household_member (
    household_id bigint      not null references household (id),
    position     int         not null,
    name         varchar(50) not null,
    relation     varchar(20) not null,
    birth_year   int,
    notes        varchar(200),
    primary key (household_id, position),
    constraint household_member_relation_ck check (relation in ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD',
                                                                'SIBLING', 'OTHER')),
    constraint household_member_year_ck check (birth_year between 1900 and 2100)
);

-- The categories over time: one row per change, the first the registration.
create table household_category_change (
    household_id   bigint       not null references household (id),
    position       int          not null,
    category       varchar(10)  not null,
    monitored_kind varchar(10),
    from_date      date         not null,
    reason         varchar(200),
    primary key (household_id, position)
);

create table household_income (
    household_id bigint         not null references household (id),
    year         int            not null,
    per_person   numeric(14, 2) not null,
    primary key (household_id, year),
    constraint household_income_amount_ck check (per_person >= 0),
    constraint household_income_year_ck check (year between 2000 and 2100)
);

create table pairing (
    id           bigserial   primary key,
    household_id bigint      not null references household (id),
    cadre_id     bigint      not null references cadre (id),
    from_date    date        not null,
    to_date      date,
    end_reason   varchar(10),
    version      bigint      not null default 0,
    created_at   timestamptz not null,
    created_by   varchar(50),
    modified_at  timestamptz not null,
    modified_by  varchar(50),
    constraint pairing_dates_ck check (to_date is null or to_date >= from_date),
    constraint pairing_end_ck check ((to_date is null) = (end_reason is null)
        and (end_reason is null or end_reason in ('HANDOVER', 'ENDED')))
);
-- A household has one cadre at a time; the limit per cadre counts the open pairings.
create unique index pairing_open_ux on pairing (household_id) where to_date is null;
create index pairing_cadre_open_ix on pairing (cadre_id) where to_date is null;
create index pairing_household_ix on pairing (household_id, from_date);
create index pairing_cadre_ix on pairing (cadre_id, from_date);

create table household_aud (
    id             bigint       not null,
    rev            bigint       not null references revision (id),
    revtype        smallint,
    code           varchar(30),
    village_id     bigint,
    head_name      varchar(50),
    head_phone     varchar(20),
    category       varchar(10),
    monitored_kind varchar(10),
    income_sources varchar(200),
    active         boolean,
    primary key (id, rev)
);

create table pairing_aud (
    id           bigint      not null,
    rev          bigint      not null references revision (id),
    revtype      smallint,
    household_id bigint,
    cadre_id     bigint,
    from_date    date,
    to_date      date,
    end_reason   varchar(10),
    primary key (id, rev)
);
