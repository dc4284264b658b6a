-- Monitoring for return to poverty (防止返贫监测, DOMAIN §7): a flagged household's way through verification,
-- publicity in the village, the town's review and the district's confirmation (due within 15 days of the flag),
-- then assistance measures and the risk cleared, or "not included" at a review step.
create table monitoring_case (
    id               bigserial      primary key,
    household_id     bigint         not null references household (id),
    flagged_on       date           not null,
    source           varchar(20)    not null,
    flag_reason      varchar(500)   not null,
    income           numeric(14, 2),
    deadline         date           not null,
    state            varchar(15)    not null,
    verified_on      date,
    publicity_from   date,
    town_reviewed_on date,
    confirmed_on     date,
    measures         varchar(1000),
    closed_on        date,
    close_reason     varchar(500),
    version          bigint         not null default 0,
    created_at       timestamptz    not null,
    created_by       varchar(50),
    modified_at      timestamptz    not null,
    modified_by      varchar(50),
    constraint monitoring_source_ck check (source in ('SELF_REPORT', 'CADRE_VISIT', 'DEPARTMENT_DATA')),
    constraint monitoring_state_ck check (state in ('FLAGGED', 'VERIFIED', 'IN_PUBLICITY', 'TOWN_APPROVED', 'CONFIRMED',
                                                    'CLEARED', 'NOT_INCLUDED')),
    constraint monitoring_income_ck check (income >= 0),
    constraint monitoring_deadline_ck check (deadline >= flagged_on)
);
create index monitoring_case_household_ix on monitoring_case (household_id);
create index monitoring_case_state_ix on monitoring_case (state, deadline);

create table monitoring_case_aud (
    id               bigint         not null,
    rev              bigint         not null references revision (id),
    revtype          smallint,
    household_id     bigint,
    flagged_on       date,
    source           varchar(20),
    flag_reason      varchar(500),
    income           numeric(14, 2),
    deadline         date,
    state            varchar(15),
    verified_on      date,
    publicity_from   date,
    town_reviewed_on date,
    confirmed_on     date,
    measures         varchar(1000),
    closed_on        date,
    close_reason     varchar(500),
    primary key (id, rev)
);
