-- Ids of resolutions, targets and figures come from a named sequence per table, in blocks of 50
-- (INCREMENT 50 = Hibernate's allocationSize, ColumnLimits.ID_BLOCK), instead of each row's own
-- bigserial default: an id known before the insert lets Hibernate and the CSV import batch inserts.
-- Each sequence starts right after the ids already given: Quarkus's default optimizer, pooled-lo,
-- takes each value read as the lowest id of a block (the value and the 49 above it).

alter table resolution alter column id drop default;
drop sequence if exists resolution_id_seq;
create sequence resolution_seq increment by 50 minvalue 1;
select setval('resolution_seq', coalesce((select max(id) from resolution), 0) + 1, false);

alter table target alter column id drop default;
drop sequence if exists target_id_seq;
create sequence target_seq increment by 50 minvalue 1;
select setval('target_seq', coalesce((select max(id) from target), 0) + 1, false);

alter table observation alter column id drop default;
drop sequence if exists observation_id_seq;
create sequence observation_seq increment by 50 minvalue 1;
select setval('observation_seq', coalesce((select max(id) from observation), 0) + 1, false);
