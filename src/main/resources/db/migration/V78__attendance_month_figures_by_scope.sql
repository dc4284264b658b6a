-- The overview's chart reads twelve months of figures of the teams of one town (or of the towns): by scope and id
-- first, so that a town's hundred teams are a hundred short index ranges instead of a scan of every month's figures.
create index attendance_month_figures_scope_ix on attendance_month_figures (scope, scope_id, month);
