-- Consumption aid (DOMAIN §8): the office's reference data (channels, product categories), the units' reserved
-- shares per year and the purchases of the assisted villages' produce.

create table purchase_channel (
    id          bigserial    primary key,
    name        varchar(60)  not null,
    sort_order  int          not null default 0,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    created_by  varchar(50),
    modified_at timestamptz  not null,
    modified_by varchar(50),
    constraint purchase_channel_name_ck check (length(trim(name)) > 0)
);
create unique index purchase_channel_name_uq on purchase_channel (lower(name));

create table purchase_category (
    id          bigserial    primary key,
    name        varchar(60)  not null,
    sort_order  int          not null default 0,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    created_by  varchar(50),
    modified_at timestamptz  not null,
    modified_by varchar(50),
    constraint purchase_category_name_ck check (length(trim(name)) > 0)
);
create unique index purchase_category_name_uq on purchase_category (lower(name));

-- The six channels of §8 and the usual categories; the office adds more.
insert into purchase_channel (name, sort_order, created_at, modified_at, created_by, modified_by) values
    ('河南省驻村第一书记扶贫成果展销中心', 10, now(), now(), 'system', 'system'),
    ('农购网', 20, now(), now(), 'system', 'system'),
    ('中国社会扶贫网', 30, now(), now(), 'system', 'system'),
    ('济源消费扶贫商城', 40, now(), now(), 'system', 'system'),
    ('832平台', 50, now(), now(), 'system', 'system'),
    ('直接采购', 60, now(), now(), 'system', 'system');
insert into purchase_category (name, sort_order, created_at, modified_at, created_by, modified_by) values
    ('粮油', 10, now(), now(), 'system', 'system'),
    ('蔬菜', 20, now(), now(), 'system', 'system'),
    ('水果', 30, now(), now(), 'system', 'system'),
    ('肉禽蛋', 40, now(), now(), 'system', 'system'),
    ('干果杂粮', 50, now(), now(), 'system', 'system'),
    ('土特产', 60, now(), now(), 'system', 'system'),
    ('其他', 90, now(), now(), 'system', 'system');

-- A unit's reserved share (预留份额) for one year: a target amount, or exempt (no canteen).
create table purchase_share (
    id          bigserial     primary key,
    unit_id     bigint        not null references aid_unit (id),
    year        int           not null,
    target      numeric(14,2),
    exempt      boolean       not null default false,
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    created_by  varchar(50),
    modified_at timestamptz   not null,
    modified_by varchar(50),
    constraint purchase_share_unit_year_uq unique (unit_id, year),
    constraint purchase_share_year_ck check (year between 2000 and 2100),
    constraint purchase_share_target_ck check ((exempt and target is null) or (not exempt and target > 0))
);
create index purchase_share_year_ix on purchase_share (year, unit_id);

create table purchase (
    id            bigserial     primary key,
    unit_id       bigint        not null references aid_unit (id),
    purchase_date date          not null,
    -- The seller: a village, a cooperative or a household of an assisted village (a named one for the last two).
    village_id    bigint        not null references village (id),
    seller_kind   varchar(12)   not null,
    seller_name   varchar(100),
    product       varchar(100)  not null,
    category_id   bigint        not null references purchase_category (id),
    quantity      numeric(14,3) not null,
    measure       varchar(10)   not null,
    amount        numeric(14,2) not null,
    channel_id    bigint        not null references purchase_channel (id),
    destination   varchar(12)   not null,
    buyer_kind    varchar(8)    not null,
    status        varchar(10)   not null,
    received_on   date,
    paid_on       date,
    note          varchar(200),
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    created_by    varchar(50),
    modified_at   timestamptz   not null,
    modified_by   varchar(50),
    constraint purchase_seller_kind_ck check (seller_kind in ('VILLAGE', 'COOPERATIVE', 'HOUSEHOLD')),
    constraint purchase_seller_name_ck check (seller_kind = 'VILLAGE' or length(trim(seller_name)) > 0),
    constraint purchase_quantity_ck check (quantity > 0),
    constraint purchase_amount_ck check (amount > 0),
    constraint purchase_destination_ck check (destination in ('OFFICE', 'SCHOOL', 'CANTEEN', 'COMMUNITY', 'SUPERMARKET')),
    constraint purchase_buyer_kind_ck check (buyer_kind in ('UNIT', 'UNION', 'STAFF')),
    constraint purchase_status_ck check (status in ('ORDERED', 'RECEIVED', 'PAID')),
    constraint purchase_status_dates_ck check (
        (status = 'ORDERED' and received_on is null and paid_on is null)
        or (status = 'RECEIVED' and received_on is not null and paid_on is null)
        or (status = 'PAID' and received_on is not null and paid_on is not null)),
    constraint purchase_received_ck check (received_on is null or received_on >= purchase_date),
    constraint purchase_paid_ck check (paid_on is null or paid_on >= received_on)
);
-- The lists filter by unit, date, village (the towns' scope), channel, category and status; the totals read the
-- counted (paid) purchases by date with their amounts.
create index purchase_unit_date_ix on purchase (unit_id, purchase_date);
create index purchase_date_ix on purchase (purchase_date);
create index purchase_village_date_ix on purchase (village_id, purchase_date);
create index purchase_channel_ix on purchase (channel_id, purchase_date);
create index purchase_category_ix on purchase (category_id, purchase_date);
create index purchase_status_unit_ix on purchase (status, unit_id);
create index purchase_counted_ix on purchase (purchase_date, unit_id) include (amount, channel_id, village_id)
    where status = 'PAID';

create table purchase_aud (
    id            bigint        not null,
    rev           bigint        not null references revision (id),
    revtype       smallint,
    unit_id       bigint,
    purchase_date date,
    village_id    bigint,
    seller_kind   varchar(12),
    seller_name   varchar(100),
    product       varchar(100),
    category_id   bigint,
    quantity      numeric(14,3),
    measure       varchar(10),
    amount        numeric(14,2),
    channel_id    bigint,
    destination   varchar(12),
    buyer_kind    varchar(8),
    status        varchar(10),
    received_on   date,
    paid_on       date,
    note          varchar(200),
    primary key (id, rev)
);

create table purchase_share_aud (
    id       bigint        not null,
    rev      bigint        not null references revision (id),
    revtype  smallint,
    unit_id  bigint,
    year     int,
    target   numeric(14,2),
    exempt   boolean,
    primary key (id, rev)
);

create table purchase_channel_aud (
    id         bigint       not null,
    rev        bigint       not null references revision (id),
    revtype    smallint,
    name       varchar(60),
    sort_order int,
    active     boolean,
    primary key (id, rev)
);

create table purchase_category_aud (
    id         bigint       not null,
    rev        bigint       not null references revision (id),
    revtype    smallint,
    name       varchar(60),
    sort_order int,
    active     boolean,
    primary key (id, rev)
);
