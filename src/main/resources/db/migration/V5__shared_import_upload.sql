-- Excel imports with a preview (every import but the households', which keeps V93): an uploaded file waits here
-- between its preview and the user's confirmation, so that the confirmation imports exactly the file that was
-- previewed (checked again then) and the session does not carry megabytes. The file belongs to the account that
-- uploaded it (owner: its user name) and to one import (kind: the import page's address); it is removed once
-- imported, and any left for a day is removed with the next upload.
create table import_upload (
    token       uuid         primary key,
    owner       varchar(100) not null,
    kind        varchar(100) not null,
    content     bytea        not null,
    created_at  timestamptz  not null
);
create index import_upload_created_ix on import_upload (created_at);
