-- indicators-service schema. Natural codes are the keys of units, indicators and terms: they are
-- what other services and CSV files refer to, and they never change.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; naming the dictionary makes this wrapper immutable, so it can fill a
-- generated name_search column that a trigram index serves: "dak song" finds "Huyện Đắk Song".
create function search_text(t text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;

create table unit (
    code        varchar(16)  primary key,
    name        varchar(200) not null,
    level       varchar(16)  not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    parent_code varchar(16)  references unit (code),
    valid_from  date         not null,
    valid_to    date,
    name_search text         generated always as (search_text(name)) stored,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint unit_validity_order check (valid_to is null or valid_to >= valid_from)
);
create index unit_parent_idx on unit (parent_code);
create index unit_level_idx on unit (level);
create index unit_validity_idx on unit (valid_from, valid_to);
create index unit_name_search_idx on unit using gin (name_search gin_trgm_ops);

create table unit_successor (
    unit_code      varchar(16) not null references unit (code),
    position       int         not null,
    successor_code varchar(16) not null references unit (code),
    primary key (unit_code, position),
    unique (unit_code, successor_code)
);
create index unit_successor_successor_idx on unit_successor (successor_code);

create table indicator (
    code                       varchar(40)  primary key,
    name                       varchar(300) not null,
    unit_of_measure            varchar(40)  not null,
    direction                  varchar(20)  not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    price_basis                varchar(20)  not null check (price_basis in ('CURRENT', 'CONSTANT_2010', 'NONE')),
    decimals                   smallint     not null check (decimals between 0 and 6),
    structure_group            varchar(40),
    part_of_code               varchar(40)  references indicator (code),
    requires_poverty_standard  boolean      not null default false,
    name_search                text         generated always as (search_text(name)) stored,
    version                    bigint       not null default 0,
    created_at                 timestamptz  not null default now(),
    updated_at                 timestamptz  not null default now()
);
create index indicator_group_idx on indicator (structure_group);
create index indicator_direction_idx on indicator (direction);
create index indicator_part_of_idx on indicator (part_of_code);
create index indicator_name_search_idx on indicator using gin (name_search gin_trgm_ops);

create table term (
    code       varchar(9)  primary key check (code ~ '^[0-9]{4}-[0-9]{4}$'),
    base_year  int         not null,
    last_year  int         not null,
    version    bigint      not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint term_years_order check (last_year > base_year)
);

create table resolution (
    id              bigserial    primary key,
    title           varchar(500) not null,
    unit_code       varchar(16)  not null references unit (code),
    term_code       varchar(9)   not null references term (code),
    document_number varchar(60),
    adopted_on      date,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);
create index resolution_unit_term_idx on resolution (unit_code, term_code);
create index resolution_term_idx on resolution (term_code);

create table target (
    id                  bigserial    primary key,
    resolution_id       bigint       not null references resolution (id),
    indicator_code      varchar(40)  not null references indicator (code),
    measure             varchar(32)  not null check (measure in ('LEVEL', 'AVERAGE_GROWTH', 'MEAN_OF_YEARLY_RATES',
        'INDEX_TO_BASE', 'SHARE', 'AVERAGE_RELATIVE_REDUCTION', 'PERCENTAGE_POINT_CHANGE', 'RATIO_TO_UNIT', 'CUMULATIVE')),
    comparator          varchar(16)  not null check (comparator in ('AT_LEAST', 'AT_MOST', 'APPROXIMATELY', 'RANGE')),
    value               numeric(24, 6),
    low                 numeric(24, 6),
    high                numeric(24, 6),
    tolerance           numeric(24, 6),
    reference_unit_code varchar(16)  references unit (code),
    wording             text,
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    constraint target_range_bounds check (comparator <> 'RANGE' or (low is not null and high is not null and low < high)),
    constraint target_single_value check (comparator = 'RANGE' or value is not null),
    constraint target_tolerance check (comparator <> 'APPROXIMATELY' or (tolerance is not null and tolerance >= 0)),
    constraint target_reference_unit check (measure <> 'RATIO_TO_UNIT' or reference_unit_code is not null)
);
create index target_resolution_idx on target (resolution_id);
create index target_indicator_idx on target (indicator_code);
create index target_measure_idx on target (measure);

create table observation (
    id               bigserial      primary key,
    indicator_code   varchar(40)    not null references indicator (code),
    unit_code        varchar(16)    not null references unit (code),
    year             int            not null check (year between 1900 and 2200),
    status           varchar(12)    not null check (status in ('ESTIMATE', 'PRELIMINARY', 'OFFICIAL', 'PLAN')),
    value            numeric(24, 6) not null,
    source           varchar(300),
    note             text,
    poverty_standard varchar(40),
    version          bigint         not null default 0,
    created_at       timestamptz    not null default now(),
    updated_at       timestamptz    not null default now(),
    constraint observation_key unique (indicator_code, unit_code, year, status)
);
-- the unique key serves filters led by indicator; these serve the others
create index observation_unit_idx on observation (unit_code, indicator_code, year);
create index observation_year_idx on observation (year);
create index observation_status_idx on observation (status, year);
