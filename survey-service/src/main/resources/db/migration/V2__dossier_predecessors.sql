-- The scorecards of the units the host unit succeeded, as indicators-service sent them: a commune
-- created on 1 July 2025 shows the figures of the districts and communes it took over from.
alter table dossier add column predecessor_scorecards jsonb not null default '[]'::jsonb;
