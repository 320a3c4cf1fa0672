-- PostgreSQL adds a trigger that refuses to change the audit log (V15_1); H2's triggers are Java
-- classes on the database's class path, which an embedded single-node installation does without.
select 1;
