-- The account role CADRE (帮扶责任人, DOMAIN §1, issue 14): a cadre who is not stationed, bound like the team roles to
-- a cadre and the cadre's unit. Numbered in the pairings range, which brought the role.
alter table account drop constraint account_role_ck;
alter table account add constraint account_role_ck check (role in ('OFFICE_ADMIN', 'OFFICE_STAFF', 'TOWN_OFFICIAL',
    'UNIT_ADMIN', 'TEAM_LEADER', 'TEAM_MEMBER', 'CADRE'));
alter table account drop constraint account_scope_ck;
alter table account add constraint account_scope_ck check (
    (role in ('OFFICE_ADMIN', 'OFFICE_STAFF') and town_id is null and unit_id is null and cadre_id is null)
    or (role = 'TOWN_OFFICIAL' and town_id is not null and unit_id is null and cadre_id is null)
    or (role = 'UNIT_ADMIN' and unit_id is not null and town_id is null and cadre_id is null)
    or (role in ('TEAM_LEADER', 'TEAM_MEMBER', 'CADRE') and cadre_id is not null and unit_id is not null
        and town_id is null));
