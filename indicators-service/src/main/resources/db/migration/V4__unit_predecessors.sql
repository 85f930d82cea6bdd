-- A unit may name the units it succeeded. A unit closed in 2025 is read-only, so it cannot name the
-- commune created after it; the new unit names it instead. Together with unit_successor (written
-- by the closing unit) this gives both directions: GET /api/units/{code}/predecessors reads both.
create table unit_predecessor (
    unit_code        varchar(16) not null references unit (code),
    position         int         not null,
    predecessor_code varchar(16) not null references unit (code),
    primary key (unit_code, position),
    unique (unit_code, predecessor_code)
);
create index unit_predecessor_predecessor_idx on unit_predecessor (predecessor_code);
