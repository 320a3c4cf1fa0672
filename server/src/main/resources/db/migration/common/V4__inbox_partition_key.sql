-- The partition of a delivery (0..63), computed at append time from the customer of its first event,
-- so that one customer's deliveries always go to the same pipeline worker and stay in order while
-- different customers are processed in parallel. Worker i of n claims the pending deliveries whose
-- partition_key % n = i. Deliveries stored before this migration belong to partition 0.
alter table inbox_event add column partition_key integer not null default 0;

-- The claim walks the pending deliveries in id order and keeps those of its partitions; with the
-- partition in the index, the rows of the other workers are skipped from the index alone.
drop index inbox_event_status;
create index inbox_event_status on inbox_event (status, id, partition_key);
