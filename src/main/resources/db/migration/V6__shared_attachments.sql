-- Photos and files attached to records of any module (leader visits, meetings, contact logs, findings, stories):
-- JPEG, PNG or PDF, kept in the database so that a backup holds them, with a small thumbnail for images. A record
-- is named by its owner type (e.g. 'leader-visit') and id; the owning module decides who may see it.
create table attachment (
    id            bigserial     primary key,
    owner_type    varchar(40)   not null,
    owner_id      bigint        not null,
    file_name     varchar(200)  not null,
    content_type  varchar(40)   not null,
    size_bytes    int           not null,
    sha256        char(64)      not null,
    content       bytea         not null,
    thumbnail     bytea,
    width         int,
    height        int,
    created_at    timestamptz   not null,
    created_by    varchar(50),
    constraint attachment_type_ck check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    constraint attachment_size_ck check (size_bytes > 0)
);
create index attachment_owner_ix on attachment (owner_type, owner_id);
