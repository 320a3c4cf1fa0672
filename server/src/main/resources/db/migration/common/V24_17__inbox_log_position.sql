-- With Kafka as the inbound log (issue #17), a node copies the records it consumes into the inbox.
-- The next offset to copy of each partition of the topic is kept here and moved in the transaction
-- that copies them, so a record consumed again (after a crash before the offsets were committed to
-- Kafka, or by a node that took the partition over) is not copied twice. The row is locked by the
-- copying transaction: two nodes that both believe they hold a partition take turns.
create table inbox_log_position (
  topic         varchar(249) not null,
  log_partition integer      not null,
  next_offset   bigint       not null,
  primary key (topic, log_partition)
);
