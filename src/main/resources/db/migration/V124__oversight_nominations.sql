-- Commendation (DOMAIN §11): nominations for the provincial and district awards. An aid unit nominates one of its
-- cadres or teams with the facts that support it, pulled from the records when it is made (months meeting the weekly
-- rule, the unit's contacts and home visits, its purchases), and the office approves or declines it with a note.
create table oversight_nomination (
    id            bigserial     primary key,
    nominee_kind  varchar(10)   not null,
    unit_id       bigint        not null references aid_unit (id),
    team_id       bigint        references work_team (id),
    cadre_id      bigint        references cadre (id),
    award         varchar(100)  not null,
    reason        varchar(2000) not null,
    facts         text          not null,
    nominated_on  date          not null,
    state         varchar(10)   not null,
    review_note   varchar(500),
    reviewed_on   date,
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    created_by    varchar(50),
    modified_at   timestamptz   not null,
    modified_by   varchar(50),
    constraint oversight_nomination_kind_ck check ((nominee_kind = 'CADRE' and cadre_id is not null)
        or (nominee_kind = 'TEAM' and team_id is not null)),
    constraint oversight_nomination_state_ck check (state in ('SUBMITTED', 'APPROVED', 'DECLINED')),
    constraint oversight_nomination_reviewed_ck check ((state = 'SUBMITTED') = (reviewed_on is null)),
    constraint oversight_nomination_declined_ck check (state <> 'DECLINED' or review_note is not null)
);
create index oversight_nomination_list_ix on oversight_nomination (state, nominated_on desc, id desc);
create index oversight_nomination_unit_ix on oversight_nomination (unit_id, nominated_on desc, id desc);

create table oversight_nomination_aud (
    id            bigint        not null,
    rev           bigint        not null references revision (id),
    revtype       smallint,
    nominee_kind  varchar(10),
    unit_id       bigint,
    team_id       bigint,
    cadre_id      bigint,
    award         varchar(100),
    reason        varchar(2000),
    facts         text,
    nominated_on  date,
    state         varchar(10),
    review_note   varchar(500),
    reviewed_on   date,
    primary key (id, rev)
);
