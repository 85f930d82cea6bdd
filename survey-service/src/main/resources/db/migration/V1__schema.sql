-- survey-service schema. Units, targets and cadres belong to the other services and are referred
-- to by value; what a document must show as it stood that day (names, titles) is copied here.

create sequence survey_session_seq increment by 50;
create table survey_session (
    id                       bigint       primary key,
    title                    varchar(300) not null,
    superior_body            varchar(200),
    leading_body             varchar(200) not null,
    host_unit_code           varchar(16)  not null,
    host_unit_name           varchar(200) not null,
    host_body                varchar(200) not null,
    starts_at                timestamptz  not null,
    ends_at                  timestamptz,
    place                    varchar(300) not null,
    purpose                  text         not null,
    reviewed_term            varchar(9)   not null,
    planned_term             varchar(9)   not null,
    minutes_number           varchar(60),
    notice_number            varchar(60),
    status                   varchar(12)  not null check (status in ('PLANNED', 'HELD', 'CONCLUDED', 'SIGNED')),
    conclusion_text          text,
    concluded_by_id          bigint,
    secretary_id             bigint,
    chair_id                 bigint,
    signed_at                timestamptz,
    signed_by                varchar(200),
    created_by               varchar(200),
    version                  bigint       not null default 0,
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now(),
    check (ends_at is null or ends_at >= starts_at)
);
-- the list filters: host unit, date range and status, newest first
create index survey_session_unit_idx on survey_session (host_unit_code, starts_at desc, id desc);
create index survey_session_status_idx on survey_session (status, starts_at desc, id desc);
create index survey_session_starts_idx on survey_session (starts_at desc, id desc);

create sequence participant_seq increment by 50;
create table participant (
    id            bigint       primary key,
    session_id    bigint       not null references survey_session (id),
    position      int          not null,
    cadre_id      bigint,
    cadre_version bigint,
    full_name     varchar(200) not null,
    title         varchar(300),
    organization  varchar(300),
    unit_code     varchar(16),
    role          varchar(32)  not null check (role in ('DELEGATION_LEADER', 'DELEGATION_MEMBER', 'SECRETARY',
                                  'HOST_CHAIR', 'HOST_MEMBER', 'GUEST', 'ENTERPRISE_REPRESENTATIVE')),
    attendance    varchar(12)  not null check (attendance in ('PRESENT', 'EXCUSED', 'ABSENT')),
    unique (session_id, position)
);
create unique index participant_cadre_once on participant (session_id, cadre_id) where cadre_id is not null;

alter table survey_session add foreign key (concluded_by_id) references participant (id);
alter table survey_session add foreign key (secretary_id) references participant (id);
alter table survey_session add foreign key (chair_id) references participant (id);

create sequence agenda_item_seq increment by 50;
create table agenda_item (
    id         bigint       primary key,
    session_id bigint       not null references survey_session (id),
    position   int          not null,
    title      varchar(500) not null,
    unique (session_id, position)
);

create sequence statement_seq increment by 50;
create table statement (
    id             bigint      primary key,
    session_id     bigint      not null references survey_session (id),
    position       int         not null,
    speaker_id     bigint      not null references participant (id),
    kind           varchar(12) not null check (kind in ('REPORT', 'OPINION', 'QUESTION', 'EXPLANATION', 'PROPOSAL', 'CONCLUSION')),
    agenda_item_id bigint      references agenda_item (id),
    reply_to_id    bigint      references statement (id),
    text           text        not null,
    unique (session_id, position)
);
create index statement_speaker_idx on statement (speaker_id);
create index statement_reply_idx on statement (reply_to_id);

create sequence finding_seq increment by 50;
create table finding (
    id           bigint       primary key,
    session_id   bigint       not null references survey_session (id),
    position     int          not null,
    kind         varchar(12)  not null check (kind in ('STRENGTH', 'LIMITATION', 'CAUSE')),
    text         text         not null,
    target_id    bigint,
    target_label varchar(500),
    unique (session_id, position)
);

create sequence directive_seq increment by 50;
create table directive (
    id                    bigint       primary key,
    session_id            bigint       not null references survey_session (id),
    position              int          not null,
    text                  text         not null,
    responsible_body      varchar(200) not null,
    responsible_unit_code varchar(16)  not null,
    deadline              date         not null,
    status                varchar(12)  not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    evidence              text,
    version               bigint       not null default 0,
    updated_at            timestamptz  not null default now(),
    unique (session_id, position)
);
-- the list across sessions filters by unit, status and deadline; open ones are the usual question
create index directive_unit_idx on directive (responsible_unit_code, status, deadline);
create index directive_status_idx on directive (status, deadline);
create index directive_deadline_idx on directive (deadline);

create sequence directive_change_seq increment by 50;
create table directive_change (
    id           bigint       primary key,
    directive_id bigint       not null references directive (id),
    changed_at   timestamptz  not null,
    changed_by   varchar(200),
    from_status  varchar(12)  not null,
    to_status    varchar(12)  not null,
    note         text,
    evidence     text
);
create index directive_change_directive_idx on directive_change (directive_id, changed_at);

create sequence amendment_seq increment by 50;
create table amendment (
    id         bigint       primary key,
    session_id bigint       not null references survey_session (id),
    position   int          not null,
    section    varchar(20)  not null,
    text       text         not null,
    reason     text         not null,
    author     varchar(200) not null,
    created_at timestamptz  not null,
    unique (session_id, position)
);

create sequence dossier_seq increment by 50;
create table dossier (
    id         bigint       primary key,
    session_id bigint       not null references survey_session (id),
    taken_at   timestamptz  not null,
    taken_by   varchar(200),
    scorecard  jsonb,
    vetting    jsonb,
    missing    jsonb        not null
);
create index dossier_session_idx on dossier (session_id, taken_at desc);

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
