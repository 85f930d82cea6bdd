-- The references of a figure to its indicator and unit, checked once per statement instead of once
-- per row (issue 12, P4). A foreign key checks each inserted row by a query and a row lock of its
-- own: 200,000 of them for a 100,000-line import, about a third of the import's time in the
-- database, to find the same 140 indicators and 20 units again and again. These triggers check
-- all the rows a statement inserted at once, against their distinct codes, with the same locks and
-- the same error (SQLSTATE 23503, the former constraints' names), so the services and their
-- problem answers see no difference. The code checks first and answers the precise problem; these
-- hold against a race (a unit deleted while an import of its figures runs) and against SQL by hand.

alter table observation
    drop constraint observation_indicator_code_fkey,
    drop constraint observation_unit_code_fkey;

create function observation_references_exist() returns trigger
    language plpgsql as $$
declare
    missing text;
begin
    -- as a foreign key does: the referenced rows are locked (FOR KEY SHARE) until this transaction
    -- ends, so that no concurrent deletion can take them away under the new figures
    perform 1 from indicator where code in (select distinct indicator_code from added) for key share;
    select a.indicator_code into missing from added a
    where not exists (select 1 from indicator i where i.code = a.indicator_code) limit 1;
    if found then
        raise foreign_key_violation using
            message = format('indicator %s of a figure does not exist', missing),
            constraint = 'observation_indicator_code_fkey', table = 'observation';
    end if;
    perform 1 from unit where code in (select distinct unit_code from added) for key share;
    select a.unit_code into missing from added a
    where not exists (select 1 from unit u where u.code = a.unit_code) limit 1;
    if found then
        raise foreign_key_violation using
            message = format('unit %s of a figure does not exist', missing),
            constraint = 'observation_unit_code_fkey', table = 'observation';
    end if;
    return null;
end $$;

create trigger observation_references_on_insert
    after insert on observation referencing new table as added
    for each statement execute function observation_references_exist();

-- A figure's key never changes (its indicator, unit, year and status are what it is): refused
-- outright, so that an update never needs its references checked again.
create function observation_key_is_fixed() returns trigger
    language plpgsql as $$
begin
    raise integrity_constraint_violation using
        message = 'the indicator and unit of a figure do not change',
        constraint = 'observation_key_fixed', table = 'observation';
end $$;

create trigger observation_key_fixed
    before update of indicator_code, unit_code on observation
    for each row
    when (old.indicator_code is distinct from new.indicator_code
          or old.unit_code is distinct from new.unit_code)
    execute function observation_key_is_fixed();

-- The other side of the two former keys: an indicator or a unit with figures is not deleted. After
-- the statement, it sees every figure committed before the deletion's row lock was granted (an
-- insert holds FOR KEY SHARE on the rows it refers to until it commits).
create function indicator_has_no_figures() returns trigger
    language plpgsql as $$
declare
    used text;
begin
    select d.code into used from removed d
    where exists (select 1 from observation o where o.indicator_code = d.code) limit 1;
    if found then
        raise foreign_key_violation using
            message = format('indicator %s still has figures', used),
            constraint = 'observation_indicator_code_fkey', table = 'indicator';
    end if;
    return null;
end $$;

create trigger indicator_figures_on_delete
    after delete on indicator referencing old table as removed
    for each statement execute function indicator_has_no_figures();

create function unit_has_no_figures() returns trigger
    language plpgsql as $$
declare
    used text;
begin
    select d.code into used from removed d
    where exists (select 1 from observation o where o.unit_code = d.code) limit 1;
    if found then
        raise foreign_key_violation using
            message = format('unit %s still has figures', used),
            constraint = 'observation_unit_code_fkey', table = 'unit';
    end if;
    return null;
end $$;

create trigger unit_figures_on_delete
    after delete on unit referencing old table as removed
    for each statement execute function unit_has_no_figures();
