-- Indexes for the organisation pages: the active villages of a town by category (town page and town list),
-- and the active cadres of a unit (counts on the unit list and page, the deactivation rule, the cadre import).
create index village_town_active_category_ix on village (town_id, category) where active;
create index cadre_unit_active_ix on cadre (unit_id) where active;
