-- The history of every figure (issue 14): each change of an observation, written in the same
-- transaction as the change itself, by the same statement in the CSV import (see ObservationStore).
-- A plain table rather than Hibernate Envers: Envers writes a revision per entity it flushes, and
-- the import writes its figures with COPY and one merge, never through entities.

-- One CSV commit: its revisions point here.
create table observation_import (
    id          uuid         primary key,
    file_sha256 char(64)     not null,
    changed_by  varchar(200) not null,
    changed_at  timestamptz  not null default now(),
    request_id  varchar(128),
    reason      varchar(500)
);

-- No cache: each session would take its own block of 100 ids, and a figure's revisions written by
-- two connections would then not be numbered in the order they were made (the order of the history).
create sequence observation_revision_seq;

-- Keyed by the figure, newest last, so that the history of one figure is one index range. No
-- foreign key: a figure deleted keeps its history, and an import's revisions are checked against
-- observation_import by the code that writes both, not once per row by a trigger.
create table observation_revision (
    id                   bigint         not null default nextval('observation_revision_seq'),
    indicator_code       varchar(40)    not null,
    unit_code            varchar(16)    not null,
    year                 int            not null,
    status               varchar(12)    not null,
    old_value            numeric(24, 6),
    new_value            numeric(24, 6),
    old_source           varchar(300),
    new_source           varchar(300),
    old_poverty_standard varchar(40),
    new_poverty_standard varchar(40),
    changed_by           varchar(200)   not null,
    changed_at           timestamptz    not null default now(),
    request_id           varchar(128),
    reason               varchar(500),
    import_id            uuid,
    constraint observation_revision_pk primary key (indicator_code, unit_code, year, status, id)
);
