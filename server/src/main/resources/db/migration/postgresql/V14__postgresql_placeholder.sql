-- H2 caches more identity values per schema write in V14 (each write costs H2 a store of every
-- changed page); PostgreSQL's sequences need nothing of the kind.
select 1;
