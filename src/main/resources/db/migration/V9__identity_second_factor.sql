-- The second factor (README "Security"): a time-based one-time code from an authenticator app (RFC 6238). The secret is
-- stored encrypted when zhucun.security.second-factor-key is set, and never shown again after the enrolment; the last
-- time step used is kept so that a code is accepted only once.
alter table account add column totp_secret varchar(200);
alter table account add column totp_enrolled_at timestamp with time zone;
alter table account add column totp_last_step bigint;

-- Ten recovery codes per enrolment, shown once, kept as SHA-256 hashes (they are random, not chosen); each works once.
create table account_recovery_code (
    id bigserial primary key,
    account_id bigint not null references account (id) on delete cascade,
    code_hash varchar(64) not null,
    used_at timestamp with time zone
);
create index account_recovery_code_account_ix on account_recovery_code (account_id) where used_at is null;

alter table login_event alter column kind type varchar(30);
alter table login_event drop constraint login_event_kind_ck;
alter table login_event add constraint login_event_kind_ck check (kind in ('SUCCESS', 'FAILURE', 'LOCKED_OUT',
    'REFUSED_LOCKED', 'LOGOUT', 'UNLOCKED', 'PASSWORD_CHANGED', 'PASSWORD_RESET', 'REFUSED_THROTTLED',
    'REPEATED_LOCKOUT', 'ACCESS_DENIED', 'EXPORT', 'WEEK_CONFIRMED', 'SECOND_FACTOR_ENROLLED',
    'SECOND_FACTOR_FAILURE', 'RECOVERY_CODE_USED', 'SECOND_FACTOR_RESET'));
