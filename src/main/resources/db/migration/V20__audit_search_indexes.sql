-- The audit trail page searches revisions by user name regardless of case, newest first.
create index revision_username_lower_ix on revision (lower(username), at desc);
