-- The revision (libs/history) keeps the X-Request-Id of the request that made it, as survey-service's
-- does. Revisions made before have none. (V6, not V5: V5 is left to the personal-data access log of
-- the same issue, built beside this.)
alter table revision_info add column request_id varchar(128);
