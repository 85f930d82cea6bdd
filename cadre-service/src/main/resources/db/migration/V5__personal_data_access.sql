-- The access log of personal data (Decree 13/2023/NĐ-CP): one row per cadre whose personal fields
-- a response carried. Rows are only ever added. No foreign key to cadre: the log is written in a
-- transaction of its own, and must not wait on a lock of the record it tells about.
create sequence personal_data_access_seq increment by 50;
create table personal_data_access (
    id          bigint       primary key,
    cadre_id    bigint       not null,
    user_name   varchar(200) not null,
    accessed_at timestamptz  not null,
    http_method varchar(8)   not null,
    route       varchar(200) not null,
    request_id  varchar(128) not null
);
-- one index per way the log is read: a cadre's reads, a user's reads, a period (newest first)
create index personal_data_access_cadre_idx on personal_data_access (cadre_id, accessed_at desc, id desc);
create index personal_data_access_user_idx on personal_data_access (user_name, accessed_at desc, id desc);
create index personal_data_access_time_idx on personal_data_access (accessed_at desc, id desc);
