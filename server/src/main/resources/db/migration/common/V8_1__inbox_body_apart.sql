-- The raw body of a delivery is written once and never changes, while its status row is written
-- three times (appended, claimed with FOR UPDATE, marked done). Both H2 and PostgreSQL rewrite a
-- whole row when any column of it changes, so with the body in the status row every claim and every
-- "done" copied the body again (H2: the undo log and the B-tree pages written at commit). The body
-- now lives apart, keyed by the delivery.
create table inbox_body (
  inbox_event_id bigint primary key references inbox_event (id),
  body           bytea  not null
);
insert into inbox_body (inbox_event_id, body) select id, body from inbox_event;
alter table inbox_event drop column body;
