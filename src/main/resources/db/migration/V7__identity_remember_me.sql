-- "Remember this phone": Spring Security's persistent remember-me tokens (series and token per phone), 30 days.
create table persistent_logins (
    username  varchar(64) not null,
    series    varchar(64) primary key,
    token     varchar(64) not null,
    last_used timestamp   not null
);
create index persistent_logins_username_ix on persistent_logins (username);
create index persistent_logins_last_used_ix on persistent_logins (last_used);
