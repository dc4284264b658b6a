-- Household import (DOMAIN §7): an uploaded file waits here between its preview and the user's confirmation, so that
-- the confirmation imports exactly the file that was previewed (and the session does not carry megabytes). A file is
-- removed when it is imported, and any left for a day is removed with the next upload.
create table household_import_upload (
    token       uuid        primary key,
    account_id  bigint      not null,
    content     bytea       not null,
    created_at  timestamptz not null
);
create index household_import_upload_created_ix on household_import_upload (created_at);
