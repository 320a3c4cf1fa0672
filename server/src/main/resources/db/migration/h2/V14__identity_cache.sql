-- H2 keeps an identity column's next value in its schema and, by default, writes it back every 32
-- values. Each write commits H2's system session, and every commit writes all changed pages of
-- every table to the file: a pipeline batch of 200 messages paid about seven extra such stores for
-- its message ids alone, and its contacts, conversations and the inbox's rows as many more (15 %
-- of the pipeline's and 18 % of the inbox writer's time in JFR, see docs/benchmarks.md). Caching
-- 1,000 values per write takes that away. H2's cache is one per database, so ids are still handed
-- out in order; a crash (not a clean shutdown) skips at most the unused rest of the cache.
-- PostgreSQL caches per connection and its sequences write no table pages: it keeps the default.
alter table inbox_event alter column id set cache 1000;
alter table unroutable_event alter column id set cache 1000;
alter table engagement alter column id set cache 1000;
alter table contact alter column id set cache 1000;
alter table contact_identity alter column id set cache 1000;
alter table conversation alter column id set cache 1000;
alter table message alter column id set cache 1000;
alter table outbox alter column id set cache 1000;
alter table sla_event alter column id set cache 1000;
alter table media alter column id set cache 1000;
