-- The first figures an import creates keep their creation on the figure itself, not as a revision
-- row each (issue 14: the history may slow a 100,000-line import by at most 10 %, and one revision
-- row per new figure, with its index entry, cost about a sixth of the import). A figure created by
-- an import names it in import_id; the import holds who, when, the request id, the reason, and the
-- revision id its creations share (one per import: a figure appears once in a file). The creation's
-- values are the figure's own until its first later revision, whose old values they then are. A
-- deletion writes the creation out as a revision row first (ObservationHistory), so it outlives the
-- figure. Figures created by PUT, or before this migration, keep their creation as a row.
alter table observation add column import_id uuid;
alter table observation_import add column revision_id bigint;

-- Every revision of every figure, stored or kept on the figure: what the history endpoint reads.
-- "implicit" marks a creation kept on the figure. A filter on the figure's key reaches both
-- branches through their indexes (observation_revision_pk, observation_key).
create view observation_history as
select r.id, r.indicator_code, r.unit_code, r.year, r.status, r.old_value, r.new_value,
       r.old_source, r.new_source, r.old_poverty_standard, r.new_poverty_standard,
       r.changed_by, r.changed_at, r.request_id, r.reason, r.import_id, false as implicit
from observation_revision r
union all
select b.revision_id, o.indicator_code, o.unit_code, o.year, o.status, null,
       case when n.id is null then o.value else n.old_value end,
       null, case when n.id is null then o.source else n.old_source end,
       null, case when n.id is null then o.poverty_standard else n.old_poverty_standard end,
       b.changed_by, b.changed_at, b.request_id, b.reason, b.id, true
from observation o
join observation_import b on b.id = o.import_id
left join lateral (
    select r.id, r.old_value, r.old_source, r.old_poverty_standard
    from observation_revision r
    where r.indicator_code = o.indicator_code and r.unit_code = o.unit_code
      and r.year = o.year and r.status = o.status and r.id > b.revision_id
    order by r.id
    limit 1
) n on true;
