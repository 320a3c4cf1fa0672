-- PostgreSQL keeps only the pending deliveries in the claim's index (see V2): it stays small however
-- long the inbox grows; it now carries the partition the claim filters on (V4).
drop index inbox_event_pending;
create index inbox_event_pending on inbox_event (id, partition_key) where status = 'pending';
