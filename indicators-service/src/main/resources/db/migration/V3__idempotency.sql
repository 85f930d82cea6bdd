-- Responses of creates sent with an Idempotency-Key, replayed to retries for 24 hours.
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
