-- Handing the lead to another member changes two memberships in one action: the leader becomes a member and the
-- member becomes the leader. The unique index of V40 checks row by row, so it refused the hand-over whenever the new
-- leader's row happened to be written first. The same rule as a deferrable exclusion constraint is still checked at
-- once for every other change (initially immediate); the hand-over alone defers it to the end of its change.
drop index team_membership_one_leader_ux;
alter table team_membership add constraint team_membership_one_leader_ex
    exclude using btree (team_id with =) where (left_on is null and role in ('FIRST_SECRETARY', 'TEAM_LEADER'))
    deferrable initially immediate;

-- The active members of a team (counts on the team list, the problems, the reductions).
create index team_membership_active_ix on team_membership (team_id) where left_on is null;
