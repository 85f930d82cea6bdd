-- Since 1 July 2025 local government has two levels (Resolution 202/2025/QH15 and the amended Law
-- on the Organisation of Local Government): a commune, ward or special zone directly under a
-- province is a committee level of its own, whose congress has its own month. District and commune
-- committees of earlier terms keep their levels.
alter table committee drop constraint committee_level_check;
alter table committee alter column level type varchar(24);
alter table committee add constraint committee_level_check
    check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE', 'COMMUNE_UNDER_PROVINCE'));

-- The month ages are counted at, per committee level, as a rule set fixes it: {"PROVINCE":
-- "2025-09", ...}. Empty for a set that fixes none (CT35-2019): a plan then gives its month.
alter table rule_set add column reference_months jsonb not null default '{}'::jsonb;
