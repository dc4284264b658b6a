-- Commendation (DOMAIN §11): stories of model cadres and teams, drafted and published by the office, with photos
-- (shared attachments, owner type 'story').
create table oversight_story (
    id            bigserial     primary key,
    title         varchar(200)  not null,
    body          text          not null,
    unit_id       bigint        not null references aid_unit (id),
    team_id       bigint        references work_team (id),
    cadre_id      bigint        references cadre (id),
    state         varchar(10)   not null,
    published_on  date,
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    created_by    varchar(50),
    modified_at   timestamptz   not null,
    modified_by   varchar(50),
    constraint oversight_story_state_ck check (state in ('DRAFT', 'PUBLISHED')),
    constraint oversight_story_published_ck check ((state = 'PUBLISHED') = (published_on is not null)),
    constraint oversight_story_body_ck check (length(trim(body)) > 0)
);
create index oversight_story_state_ix on oversight_story (state, published_on desc, id desc);
create index oversight_story_unit_ix on oversight_story (unit_id);

create table oversight_story_aud (
    id            bigint        not null,
    rev           bigint        not null references revision (id),
    revtype       smallint,
    title         varchar(200),
    body          text,
    unit_id       bigint,
    team_id       bigint,
    cadre_id      bigint,
    state         varchar(10),
    published_on  date,
    primary key (id, rev)
);
