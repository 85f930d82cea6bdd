-- The access log's key becomes its period index: (accessed_at, id), one b-tree instead of two.
-- Every read adds a row to each of the log's indexes, and they were most of what the log costs
-- PostgreSQL (bench/access-log.sh). The period index also ran newest first, so that each new row
-- went to its left edge, where PostgreSQL neither finds the page fast nor packs it full; the key,
-- ascending and read backwards for "newest first", takes each row at its right edge. An id still
-- comes from the sequence alone, so it stays unique without an index of its own.
alter table personal_data_access drop constraint personal_data_access_pkey;
drop index personal_data_access_time_idx;
alter table personal_data_access add primary key (accessed_at, id);
