-- The history of a session's content (Hibernate Envers, libs/history): one revision per transaction,
-- with its author and request id, and per audited table a <table>_aud of the values each revision
-- left (revtype 0 added, 1 changed, 2 removed; a removal keeps the last values). What exists when
-- this runs is kept as one initial revision by "system" (made only if there is a session), so that
-- the first later change of a part has its "from".
-- Not audited: the version and update time (every write of a part raises them), who and when a
-- session was created (the revision's), a directive's status and evidence (directive_change follows
-- them, before and after signing, each with its note) and amendments (added after signing, each
-- with its author, time and reason).

create sequence revision_info_seq increment by 50;
create table revision_info (
    id         bigint       primary key,
    timestamp  bigint       not null,
    author     varchar(200),
    request_id varchar(128)
);

create table survey_session_aud (
    id              bigint       not null,
    rev             bigint       not null references revision_info (id),
    revtype         smallint,
    title           varchar(300),
    superior_body   varchar(200),
    leading_body    varchar(200),
    host_unit_code  varchar(16),
    host_unit_name  varchar(200),
    host_body       varchar(200),
    starts_at       timestamptz,
    ends_at         timestamptz,
    place           varchar(300),
    purpose         text,
    reviewed_term   varchar(9),
    planned_term    varchar(9),
    minutes_number  varchar(60),
    notice_number   varchar(60),
    status          varchar(12),
    conclusion_text text,
    concluded_by_id bigint,
    secretary_id    bigint,
    chair_id        bigint,
    signed_at       timestamptz,
    signed_by       varchar(200),
    primary key (id, rev)
);

-- a part's revisions are read by their session: hence the index on session_id of each
create table participant_aud (
    id            bigint       not null,
    rev           bigint       not null references revision_info (id),
    revtype       smallint,
    session_id    bigint,
    position      int,
    cadre_id      bigint,
    cadre_version bigint,
    full_name     varchar(200),
    title         varchar(300),
    organization  varchar(300),
    unit_code     varchar(16),
    role          varchar(32),
    attendance    varchar(12),
    primary key (id, rev)
);
create index participant_aud_session_idx on participant_aud (session_id, rev);

create table agenda_item_aud (
    id         bigint       not null,
    rev        bigint       not null references revision_info (id),
    revtype    smallint,
    session_id bigint,
    position   int,
    title      varchar(500),
    primary key (id, rev)
);
create index agenda_item_aud_session_idx on agenda_item_aud (session_id, rev);

create table statement_aud (
    id             bigint      not null,
    rev            bigint      not null references revision_info (id),
    revtype        smallint,
    session_id     bigint,
    position       int,
    speaker_id     bigint,
    kind           varchar(12),
    agenda_item_id bigint,
    reply_to_id    bigint,
    text           text,
    primary key (id, rev)
);
create index statement_aud_session_idx on statement_aud (session_id, rev);

create table finding_aud (
    id           bigint       not null,
    rev          bigint       not null references revision_info (id),
    revtype      smallint,
    session_id   bigint,
    position     int,
    kind         varchar(12),
    text         text,
    target_id    bigint,
    target_label varchar(500),
    primary key (id, rev)
);
create index finding_aud_session_idx on finding_aud (session_id, rev);

create table directive_aud (
    id                    bigint       not null,
    rev                   bigint       not null references revision_info (id),
    revtype               smallint,
    session_id            bigint,
    position              int,
    text                  text,
    responsible_body      varchar(200),
    responsible_unit_code varchar(16),
    deadline              date,
    primary key (id, rev)
);
create index directive_aud_session_idx on directive_aud (session_id, rev);

-- the initial revision: every session and part as it stands, added
insert into revision_info (id, timestamp, author)
select nextval('revision_info_seq'), (extract(epoch from now()) * 1000)::bigint, 'system'
where exists (select 1 from survey_session);

insert into survey_session_aud
select id, (select max(id) from revision_info), 0, title, superior_body, leading_body,
       host_unit_code, host_unit_name, host_body, starts_at, ends_at, place, purpose, reviewed_term,
       planned_term, minutes_number, notice_number, status, conclusion_text, concluded_by_id,
       secretary_id, chair_id, signed_at, signed_by
from survey_session;
insert into participant_aud
select id, (select max(id) from revision_info), 0, session_id, position, cadre_id, cadre_version,
       full_name, title, organization, unit_code, role, attendance
from participant;
insert into agenda_item_aud
select id, (select max(id) from revision_info), 0, session_id, position, title from agenda_item;
insert into statement_aud
select id, (select max(id) from revision_info), 0, session_id, position, speaker_id, kind,
       agenda_item_id, reply_to_id, text
from statement;
insert into finding_aud
select id, (select max(id) from revision_info), 0, session_id, position, kind, text, target_id,
       target_label
from finding;
insert into directive_aud
select id, (select max(id) from revision_info), 0, session_id, position, text, responsible_body,
       responsible_unit_code, deadline
from directive;
