-- cadre-service schema. Unit codes and terms refer to indicators-service by value: no service
-- reads another's tables.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; naming the dictionary makes this wrapper immutable, so it can fill
-- generated search columns that indexes serve: "nguyen van an" finds "Nguyễn Văn An".
create function search_text(t text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;

create sequence cadre_seq increment by 50;
create table cadre (
    id                         bigint       primary key,
    full_name                  varchar(200) not null,
    gender                     varchar(8)   not null check (gender in ('MALE', 'FEMALE')),
    birth_date                 date         not null,
    birth_date_precision       varchar(8)   not null check (birth_date_precision in ('YEAR', 'MONTH', 'DAY')),
    ethnicity                  varchar(60)  not null,
    religion                   varchar(60),
    unit_code                  varchar(16)  not null,
    party_admission_date       date,
    party_full_membership_date date,
    general_education          varchar(20),
    professional_degree        varchar(200),
    theory_level               varchar(16)  check (theory_level in ('ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR')),
    state_management_level     varchar(60),
    in_succession_plan         boolean      not null default false,
    name_search                text         generated always as (search_text(full_name)) stored,
    ethnicity_search           text         generated always as (search_text(ethnicity)) stored,
    version                    bigint       not null default 0,
    created_at                 timestamptz  not null default now(),
    updated_at                 timestamptz  not null default now()
);
create index cadre_unit_idx on cadre (unit_code);
create index cadre_gender_idx on cadre (gender);
create index cadre_ethnicity_idx on cadre (ethnicity_search);
create index cadre_theory_level_idx on cadre (theory_level);
create index cadre_succession_idx on cadre (in_succession_plan) where in_succession_plan;
create index cadre_name_search_idx on cadre using gin (name_search gin_trgm_ops);
create index cadre_name_order_idx on cadre (name_search, id);

create table cadre_post (
    cadre_id   bigint       not null references cadre (id),
    position   int          not null,
    title      varchar(200) not null,
    start_date date,
    primary key (cadre_id, position)
);

create table cadre_asset_declaration (
    cadre_id bigint not null references cadre (id),
    year     int    not null,
    primary key (cadre_id, year)
);

create sequence discipline_record_seq increment by 50;
create table discipline_record (
    id               bigint       primary key,
    cadre_id         bigint       not null references cadre (id),
    form             varchar(16)  not null check (form in ('REPRIMAND', 'WARNING', 'DISMISSAL', 'EXPULSION')),
    decided_on       date         not null,
    restricted_until date,
    decided_by       varchar(200),
    reason           varchar(500),
    constraint discipline_dates_order check (restricted_until is null or restricted_until >= decided_on)
);
create index discipline_record_cadre_idx on discipline_record (cadre_id);

-- history (Hibernate Envers): one row per revision, the author from the caller's token
create sequence revision_info_seq increment by 50;
create table revision_info (
    id        bigint       primary key,
    timestamp bigint       not null,
    author    varchar(200)
);

create table cadre_aud (
    id                         bigint   not null,
    rev                        bigint   not null references revision_info (id),
    revtype                    smallint,
    full_name                  varchar(200),
    gender                     varchar(8),
    birth_date                 date,
    birth_date_precision       varchar(8),
    ethnicity                  varchar(60),
    religion                   varchar(60),
    unit_code                  varchar(16),
    party_admission_date       date,
    party_full_membership_date date,
    general_education          varchar(20),
    professional_degree        varchar(200),
    theory_level               varchar(16),
    state_management_level     varchar(60),
    in_succession_plan         boolean,
    version                    bigint,
    primary key (id, rev)
);

-- element collections' audit rows: no primary key, since their columns may be null
create table cadre_post_aud (
    rev        bigint       not null references revision_info (id),
    revtype    smallint,
    cadre_id   bigint       not null,
    position   int,
    title      varchar(200),
    start_date date
);
create index cadre_post_aud_idx on cadre_post_aud (cadre_id, rev);

create table cadre_asset_declaration_aud (
    rev      bigint   not null references revision_info (id),
    revtype  smallint,
    cadre_id bigint   not null,
    year     int      not null
);
create index cadre_asset_declaration_aud_idx on cadre_asset_declaration_aud (cadre_id, rev);

create table discipline_record_aud (
    id               bigint   not null,
    rev              bigint   not null references revision_info (id),
    revtype          smallint,
    cadre_id         bigint,
    form             varchar(16),
    decided_on       date,
    restricted_until date,
    decided_by       varchar(200),
    reason           varchar(500),
    primary key (id, rev)
);
create index discipline_record_aud_cadre_idx on discipline_record_aud (cadre_id, rev);

create sequence committee_seq increment by 50;
create table committee (
    id         bigint       primary key,
    unit_code  varchar(16)  not null,
    level      varchar(16)  not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    term_code  varchar(9)   not null,
    name       varchar(200),
    version    bigint       not null default 0,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now(),
    constraint committee_unit_term_unique unique (unit_code, term_code)
);
create index committee_term_idx on committee (term_code);
create index committee_level_idx on committee (level);

create sequence committee_member_seq increment by 50;
create table committee_member (
    id           bigint      primary key,
    committee_id bigint      not null references committee (id),
    cadre_id     bigint      not null references cadre (id),
    role         varchar(20) not null check (role in ('SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', 'MEMBER')),
    from_date    date,
    to_date      date,
    constraint committee_member_once unique (committee_id, cadre_id)
);
create index committee_member_cadre_idx on committee_member (cadre_id);

create table rule_set (
    code            varchar(40)  primary key,
    name            varchar(200) not null,
    description     text,
    effective_from  date,
    supersedes_code varchar(40)  references rule_set (code),
    rules           jsonb        not null,
    created_by      varchar(200),
    created_at      timestamptz  not null default now()
);

create sequence personnel_plan_seq increment by 50;
create table personnel_plan (
    id                            bigint       primary key,
    committee_id                  bigint       not null references committee (id),
    term_code                     varchar(9)   not null,
    rule_set_code                 varchar(40)  not null references rule_set (code),
    reference_month               date         not null check (extract(day from reference_month) = 1),
    title                         varchar(300),
    seats                         int          check (seats > 0),
    local_ethnic_minority_percent numeric(5, 2),
    status                        varchar(12)  not null check (status in ('DRAFT', 'SUBMITTED', 'VETTED', 'APPROVED')),
    approved_by                   varchar(200),
    approved_at                   timestamptz,
    version                       bigint       not null default 0,
    created_at                    timestamptz  not null default now(),
    updated_at                    timestamptz  not null default now()
);
create index personnel_plan_committee_idx on personnel_plan (committee_id);
create index personnel_plan_term_idx on personnel_plan (term_code);
create index personnel_plan_status_idx on personnel_plan (status);

-- no unique (plan_id, cadre_id): reordering a list moves cadres between positions; the service
-- refuses a candidate twice
create table plan_candidate (
    plan_id       bigint      not null references personnel_plan (id),
    position      int         not null,
    cadre_id      bigint      not null references cadre (id),
    proposed_role varchar(20) not null check (proposed_role in ('SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', 'MEMBER')),
    primary key (plan_id, position)
);
create index plan_candidate_cadre_idx on plan_candidate (cadre_id);

create sequence vetting_seq increment by 50;
create table vetting (
    id                bigint       primary key,
    plan_id           bigint       not null references personnel_plan (id),
    rule_set_code     varchar(40)  not null references rule_set (code),
    ran_at            timestamptz  not null,
    ran_by            varchar(200) not null,
    blocking_failures int          not null,
    warnings          int          not null,
    report            jsonb        not null
);
create index vetting_plan_idx on vetting (plan_id, ran_at desc, id desc);

-- responses of creates sent with an Idempotency-Key, replayed to retries for 24 hours
create table idempotency_record (
    principal       varchar(200) not null,
    idempotency_key varchar(200) not null,
    fingerprint     varchar(64)  not null,
    status_code     int,
    location        varchar(500),
    body            text,
    created_at      timestamptz  not null default now(),
    primary key (principal, idempotency_key)
);
create index idempotency_record_created_idx on idempotency_record (created_at);
